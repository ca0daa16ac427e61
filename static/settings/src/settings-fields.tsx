import Heading from '@atlaskit/heading';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import type { FormEvent, ReactNode } from 'react';
import { describedBy, FormField } from '../../common/field';
import type { SettingsDraft } from './settings-draft';

/** Field id from its settings path ("carryOver.warnAt" → "setting-carryOver-warnAt"). */
export const fieldId = (path: string): string => `setting-${path.replace(/\./g, '-')}`;

interface Common {
  readonly path: string;
  readonly label: string;
  readonly help: ReactNode;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly error: string | undefined;
  readonly readOnly: boolean;
}

/** `step`: the number field's arrow-key step (default 1; the form validates with noValidate, so other values stay typable). */
export const TextSetting = ({ path, label, help, value, onChange, error, readOnly, type, step }: Common & { type?: 'text' | 'number'; step?: number }) => (
  <FormField id={fieldId(path)} name={path} label={label} help={help} error={error}>
    <Textfield
      id={fieldId(path)}
      testId={fieldId(path)}
      type={type ?? 'text'}
      {...(step === undefined ? {} : { step })}
      value={value}
      isReadOnly={readOnly}
      isInvalid={error !== undefined}
      aria-describedby={describedBy(fieldId(path), true, error)}
      onChange={(e: FormEvent<HTMLInputElement>) => onChange(e.currentTarget.value)}
    />
  </FormField>
);

export const LinesSetting = ({ path, label, help, value, onChange, error, readOnly }: Common) => (
  <FormField id={fieldId(path)} name={path} label={label} help={help} error={error}>
    <TextArea
      id={fieldId(path)}
      testId={fieldId(path)}
      value={value}
      isReadOnly={readOnly}
      isInvalid={error !== undefined}
      aria-describedby={describedBy(fieldId(path), true, error)}
      // One row per line, so every entry shows; 'smart' keeps growing while typing.
      minimumRows={Math.max(3, value.split('\n').length)}
      resize="smart"
      onChange={(e: FormEvent<HTMLTextAreaElement>) => onChange(e.currentTarget.value)}
    />
  </FormField>
);

/** "Default: a, b, c" under each field. */
export const withDefault = (help: string, def: string | number | boolean | readonly string[] | null): string => {
  const shown = def === null ? 'none' : Array.isArray(def) ? (def.length === 0 ? 'none (any)' : def.join(', ')) : String(def);
  return `${help} Default: ${shown}.`;
};

const section = xcss({ paddingBlockStart: 'space.200', borderBlockStartWidth: 'border.width', borderBlockStartStyle: 'solid', borderBlockStartColor: 'color.border' });

/** One titled section of the settings form, ruled off from the one above. */
export const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => (
  <Box xcss={section} {...(testId === undefined ? {} : { testId })}>
    <Stack space="space.150">
      <Heading size="xsmall" as="h3">
        {title}
      </Heading>
      {children}
    </Stack>
  </Box>
);

/** A radio button with its label and explanation, as the gate and capacity choices lay them out. */
export const radioRow = { display: 'flex', gap: token('space.075'), alignItems: 'flex-start', color: token('color.text') } as const;

/** A radio group's fieldset (no frame) and its legend, styled like a field label. */
export const bareFieldset = { border: 'none', margin: 0, padding: 0, minWidth: 0 } as const;
export const legendStyle = { padding: 0, marginBlockEnd: token('space.075'), font: token('font.heading.xxsmall'), color: token('color.text') } as const;

/** The draft's plain text fields (the rest are choices, flags and rows). */
export type TextKey = Exclude<keyof SettingsDraft, 'viaParent' | 'phiEnabled' | 'piSource' | 'calendar' | 'evidenceKept' | 'gateMode' | 'capacityChoice'>;

/** What a section needs to show and edit its part of the draft. */
export interface SectionProps {
  readonly draft: SettingsDraft;
  readonly set: <K extends keyof SettingsDraft>(k: K, v: SettingsDraft[K]) => void;
  readonly err: (path: string) => string | undefined;
  readonly readOnly: boolean;
  readonly text: (path: string, key: TextKey) => { path: string; value: string; onChange: (v: string) => void; error: string | undefined; readOnly: boolean };
}

