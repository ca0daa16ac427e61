import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { SiteOptions } from '../../../src/shared/payloads';
import { describedBy, FieldMessages, FormField } from '../../common/field';
import { NativeSelect } from '../../common/native-select';
import { fieldId } from './settings-fields';
import { missingNote, pickerOptions, selectedChoices, type ChoiceKind } from './site-choices';

/**
 * Settings pickers filled from the site. A multi picker is a group of
 * native checkboxes (a fieldset with a legend: every option visible, Space
 * toggles, Tab moves on) with a box to add a name the site does not list
 * (a type this person cannot see); a single picker is a native select.
 * A stored value the site lacks stays selected and is named under the field.
 *
 * Not @atlaskit/select: it adds about 38 KB gzipped, which takes this page
 * over its 250 KB budget (static/build.mjs measured 260 KB with it).
 */

interface PickerCommon {
  readonly path: string;
  readonly label: string;
  readonly help: ReactNode;
  readonly site: SiteOptions;
  readonly kind: ChoiceKind;
  readonly error: string | undefined;
  readonly readOnly: boolean;
}

/** The note's id, added to the control's aria-describedby so a screen reader reads it with the field. */
const missingId = (path: string): string => `${fieldId(path)}-missing`;

/** The control's aria-describedby: help, error, and the missing-value note when there is one. */
const describedWithNote = (path: string, error: string | undefined, note: string | undefined): string | undefined =>
  [describedBy(fieldId(path), true, error), note === undefined ? undefined : missingId(path)].filter((x): x is string => x !== undefined).join(' ') || undefined;

const MissingNote = ({ path, note }: { path: string; note: string | undefined }) =>
  note === undefined ? null : (
    <Box testId={`missing-${path}`} id={missingId(path)}>
      <Text size="small" color="color.text.warning">
        {note}
      </Text>
    </Box>
  );

const box = {
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.small'),
  padding: `${token('space.075')} ${token('space.100')}`,
  margin: 0,
  maxHeight: '12rem',
  overflowY: 'auto',
} as const;

export const MultiPicker = ({
  path,
  label,
  help,
  site,
  kind,
  error,
  readOnly,
  values,
  onChange,
  allowOther = true,
}: PickerCommon & { values: readonly string[]; onChange: (v: string[]) => void; allowOther?: boolean }) => {
  const id = fieldId(path);
  const [other, setOther] = useState('');
  const note = missingNote(site, kind, values);
  const chosen = new Set(values.map((v) => v.trim().toLowerCase()));
  const toggle = (value: string, on: boolean) => onChange(on ? [...values, value] : values.filter((v) => v.trim().toLowerCase() !== value.toLowerCase()));
  const add = () => {
    const name = other.trim();
    if (name === '') return;
    if (!chosen.has(name.toLowerCase())) onChange([...values, name]);
    setOther('');
  };
  return (
    <fieldset id={id} data-testid={id} aria-describedby={describedWithNote(path, error, note)} aria-invalid={error === undefined ? undefined : true} style={{ border: 'none', margin: 0, padding: 0, minWidth: 0 }}>
      <Stack space="space.050">
        <legend style={{ font: token('font.body.small'), fontWeight: token('font.weight.bold'), color: token('color.text.subtle'), padding: 0 }}>{label}</legend>
        <div style={{ ...box, borderColor: error === undefined ? token('color.border') : token('color.border.danger') }}>
          <Inline space="space.200" shouldWrap>
            {pickerOptions(site, kind, values).map((o) => (
              <label key={o.value} style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050'), color: o.missing ? token('color.text.warning') : token('color.text'), font: token('font.body') }}>
                <input type="checkbox" value={o.value} checked={chosen.has(o.value.toLowerCase())} disabled={readOnly} onChange={(e) => toggle(o.value, e.currentTarget.checked)} />
                {o.label}
              </label>
            ))}
          </Inline>
        </div>
        {readOnly || !allowOther ? null : (
          <Inline space="space.100" alignBlock="center">
            <Box>
              <Textfield
                aria-label={`Add to ${label}: a name the site does not list`}
                testId={`${id}-other`}
                placeholder="Another name"
                value={other}
                onChange={(e: FormEvent<HTMLInputElement>) => setOther(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add();
                  }
                }}
              />
            </Box>
            <Button onClick={add} isDisabled={other.trim() === ''} testId={`${id}-add`}>
              Add
            </Button>
          </Inline>
        )}
        <MissingNote path={path} note={note} />
        <FieldMessages id={id} name={path} help={help} error={error} />
      </Stack>
    </fieldset>
  );
};

export const SinglePicker = ({
  path,
  label,
  help,
  site,
  kind,
  error,
  readOnly,
  value,
  onChange,
  allowNone,
}: PickerCommon & { value: string; onChange: (v: string) => void; allowNone: boolean }) => {
  const id = fieldId(path);
  const values = value.trim() === '' ? [] : [value.trim()];
  const note = missingNote(site, kind, values);
  const options = [
    ...(allowNone || values.length === 0 ? [{ value: '', label: allowNone ? 'None' : 'Choose a field' }] : []),
    ...pickerOptions(site, kind, values).map((o) => ({ value: o.value, label: o.label })),
  ];
  return (
    <FormField id={id} name={path} label={label} help={help} error={error}>
      <NativeSelect
        id={id}
        testId={id}
        value={selectedChoices(site, kind, values)[0]?.value ?? ''}
        options={options}
        onChange={onChange}
        isDisabled={readOnly}
        isInvalid={error !== undefined}
        describedBy={describedWithNote(path, error, note)}
      />
      <MissingNote path={path} note={note} />
    </FormField>
  );
};
