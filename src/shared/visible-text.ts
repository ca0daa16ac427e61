import { z } from 'zod';

/**
 * Text that people type and other people read (evidence source, summary,
 * settings names) must hold at least one character a reader can see. A value
 * made only of control characters (Cc: NUL, tabs), format characters (Cf:
 * zero-width spaces and joiners, bidi overrides and isolates, the BOM) and
 * white space (White_Space, including the Unicode spaces) looks empty on the
 * screen, yet would count as text. Default_Ignorable_Code_Point adds what
 * renders as nothing although it is not Cf (Hangul fillers, variation
 * selectors, the combining grapheme joiner). Both are Unicode properties that
 * ECMAScript's \p{…} knows (ECMA-262, table "Binary Unicode property aliases").
 */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{White_Space}\p{Default_Ignorable_Code_Point}]*$/u;

/** True when `s` has at least one character a reader can see. */
export const hasVisibleText = (s: string): boolean => !INVISIBLE.test(s);

/** Empty (another check says "required") or holding a visible character: so an empty value gets one message, not two. */
export const isEmptyOrVisible = (s: string): boolean => s === '' || hasVisibleText(s);

/** The message a person reads when a field holds only invisible characters. */
export const invisibleTextMessage = (label: string): string =>
  `${label} has no visible characters (only spaces, control or zero-width characters): type the words`;

/** Required text: trimmed, 1..max characters, with something visible in it. */
export const visibleText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, `${label} is required`)
    .max(max, `At most ${max} characters`)
    .refine(isEmptyOrVisible, { error: invisibleTextMessage(label) });

/** Optional text: trimmed, at most max characters; empty is allowed, invisible-only is not. */
export const optionalVisibleText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .refine(isEmptyOrVisible, { error: invisibleTextMessage(label) })
    .optional();
