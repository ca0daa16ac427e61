import { ErrorMessage, HelperMessage, Label } from '@atlaskit/form';
import { Box, Stack } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

/**
 * A labelled form field with its help text and its validation message.
 * The message carries data-testid="field-error-<name>"; the control should
 * point at `${id}-error` / `${id}-help` with aria-describedby.
 */
export const FormField = ({
  id,
  name,
  label,
  required,
  help,
  error,
  children,
}: {
  id: string;
  name: string;
  label: string;
  required?: boolean;
  help?: ReactNode;
  error: string | undefined;
  children: ReactNode;
}) => (
  <Stack space="space.050">
    <Label htmlFor={id}>
      {label}
      {required === true ? <span aria-hidden="true"> *</span> : null}
    </Label>
    {children}
    <FieldMessages id={id} name={name} help={help} error={error} />
  </Stack>
);

/** A field's help text (`${id}-help`) and validation message (`${id}-error`, data-testid="field-error-<name>"), for controls that lay out their own label. */
export const FieldMessages = ({ id, name, help, error }: { id: string; name: string; help?: ReactNode; error: string | undefined }) => (
  <>
    {help === undefined ? null : (
      <Box id={`${id}-help`}>
        <HelperMessage>{help}</HelperMessage>
      </Box>
    )}
    {error === undefined ? null : (
      <Box id={`${id}-error`} testId={`field-error-${name}`} role="alert">
        <ErrorMessage>{error}</ErrorMessage>
      </Box>
    )}
  </>
);

/** The aria-describedby value for a control inside FormField. */
export const describedBy = (id: string, hasHelp: boolean, error: string | undefined): string | undefined => {
  const ids = [hasHelp ? `${id}-help` : null, error === undefined ? null : `${id}-error`].filter((x): x is string => x !== null);
  return ids.length === 0 ? undefined : ids.join(' ');
};
