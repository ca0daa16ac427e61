import { Inline, Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { ChangeEvent } from 'react';

/** Native radio buttons in a fieldset with a legend: arrow keys move between them. */
export const RadioGroup = <V extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  testId,
}: {
  name: string;
  legend: string;
  value: V;
  options: readonly { readonly value: V; readonly label: string }[];
  onChange: (v: V) => void;
  testId?: string;
}) => (
  <fieldset data-testid={testId} style={{ border: 'none', margin: 0, padding: 0 }}>
    <Stack space="space.050">
      <legend style={{ font: token('font.body.small'), fontWeight: token('font.weight.bold'), color: token('color.text.subtle'), padding: 0 }}>{legend}</legend>
      <Inline space="space.200" shouldWrap>
        {options.map((o) => (
          <label key={o.value} style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.050'), color: token('color.text'), font: token('font.body') }}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              data-testid={`${name}-${o.value}`}
              onChange={(e: ChangeEvent<HTMLInputElement>) => {
                if (e.currentTarget.checked) onChange(o.value);
              }}
            />
            {o.label}
          </label>
        ))}
      </Inline>
    </Stack>
  </fieldset>
);
