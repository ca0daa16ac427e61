import type { Verdict } from '../shared/assessment';

/** ANSI colour, used only when stdout is a terminal and NO_COLOR is unset (https://no-color.org). */
export type Paint = (text: string, verdict: Verdict | 'dim' | 'bold') => string;

export const useColour = (isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean =>
  isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');

const CODES: Record<Verdict | 'dim' | 'bold', string> = {
  gravity: '31', // red
  zombie: '35', // magenta
  ungrounded: '33', // yellow
  unanchored: '33',
  aligned: '32', // green
  delivered: '36', // cyan
  unplanned: '2', // dim
  dim: '2',
  bold: '1',
};

export const painter = (colour: boolean): Paint =>
  colour ? (text, style) => `\u001b[${CODES[style]}m${text}\u001b[0m` : (text) => text;
