import { token } from '@atlaskit/tokens';
import type { ChangeEvent } from 'react';

/**
 * A plain <select> drawn with design tokens: fully keyboard accessible,
 * labelled by its <label htmlFor>, and cheap in bundle size.
 */
export const NativeSelect = <V extends string>({
  id,
  value,
  options,
  onChange,
  isInvalid,
  isDisabled,
  describedBy,
  testId,
}: {
  id: string;
  value: V;
  options: readonly { readonly value: V; readonly label: string }[];
  onChange: (v: V) => void;
  isInvalid?: boolean;
  isDisabled?: boolean;
  describedBy?: string | undefined;
  testId?: string;
}) => (
  <select
    id={id}
    value={value}
    disabled={isDisabled}
    aria-invalid={isInvalid === true ? true : undefined}
    aria-describedby={describedBy}
    data-testid={testId}
    onChange={(e: ChangeEvent<HTMLSelectElement>) => {
      const picked = options.find((o) => o.value === e.currentTarget.value);
      if (picked !== undefined) onChange(picked.value);
    }}
    style={{
      font: token('font.body'),
      color: token('color.text'),
      backgroundColor: token('color.background.input'),
      border: `${token('border.width')} solid ${isInvalid === true ? token('color.border.danger') : token('color.border.input')}`,
      borderRadius: token('radius.small'),
      padding: `${token('space.075')} ${token('space.100')}`,
      minHeight: '2.25rem',
      maxWidth: '100%',
    }}
  >
    {options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ))}
  </select>
);
