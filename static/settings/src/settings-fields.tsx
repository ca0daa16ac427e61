import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import type { FormEvent, ReactNode } from 'react';
import { describedBy, FormField } from '../../common/field';

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

export const TextSetting = ({ path, label, help, value, onChange, error, readOnly, type }: Common & { type?: 'text' | 'number' }) => (
  <FormField id={fieldId(path)} name={path} label={label} help={help} error={error}>
    <Textfield
      id={fieldId(path)}
      testId={fieldId(path)}
      type={type ?? 'text'}
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
