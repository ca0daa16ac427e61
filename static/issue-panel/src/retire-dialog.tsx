import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Assessment } from '../../../src/shared/assessment';
import { call, type UiError } from '../../common/client';
import { describeError } from '../../common/error-words';
import { describedBy, FormField } from '../../common/field';
import { checkRetire, retireCounter, retireFailure, retireMeaning, retirePayload } from './retire-draft';

/**
 * The retire dialog: opened from the outcome section of a Done item, in the
 * panel where the person clicked (the issue panel's frame is as tall as its
 * content, so a centred modal could open out of sight). Focus moves into it;
 * Escape or Cancel closes it and gives focus back to the button that opened
 * it (the caller's job). On success the caller reloads the panel.
 */

const box = xcss({
  padding: 'space.200',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border.warning',
  borderRadius: 'radius.medium',
  backgroundColor: 'elevation.surface.raised',
});

const FIELD_ID = 'retire-rationale';

export const RetireDialog = ({ assessment, onCancel, onRetired }: { assessment: Assessment; onCancel: () => void; onRetired: () => void }) => {
  const [rationale, setRationale] = useState('');
  const [shown, setShown] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<UiError | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    field.current?.focus();
  }, []);

  const check = checkRetire(rationale);
  const problem = shown && !check.ok ? check.problem : undefined;
  const counter = retireCounter(rationale);

  const submit = async () => {
    setShown(true);
    if (!check.ok) {
      field.current?.focus();
      return;
    }
    setSaving(true);
    setFailure(null);
    const o = await call('recordDecisions', retirePayload(assessment, check.input));
    setSaving(false);
    const error = o.ok ? retireFailure(o.data.results, assessment.key) : o.error;
    if (error === null) onRetired();
    else setFailure(error);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && !saving) {
      e.stopPropagation();
      onCancel();
    }
  };

  const words = failure === null ? null : describeError(failure);
  return (
    <div role="dialog" aria-labelledby="retire-title" aria-describedby="retire-meaning" data-testid="retire-dialog" onKeyDown={onKeyDown}>
      <Box xcss={box}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
        >
          <Stack space="space.150">
            <Heading size="xsmall" as="h4" id="retire-title">
              Retire {assessment.key}
            </Heading>
            <Stack space="space.050" testId="retire-meaning">
              <div id="retire-meaning">
                {retireMeaning(assessment).map((line) => (
                  <Text as="p" key={line}>
                    {line}
                  </Text>
                ))}
              </div>
            </Stack>
            <FormField
              id={FIELD_ID}
              name="rationale"
              label="Why retire it"
              required
              error={problem}
              help={
                <span data-testid="retire-counter" data-ok={counter.ok}>
                  {counter.text} characters (at least 10): what people read later to know why it is no longer maintained.
                </span>
              }
            >
              <TextArea
                id={FIELD_ID}
                ref={field}
                testId="retire-rationale"
                value={rationale}
                minimumRows={3}
                resize="vertical"
                isInvalid={problem !== undefined}
                aria-describedby={describedBy(FIELD_ID, true, problem)}
                onChange={(e) => setRationale(e.currentTarget.value)}
              />
            </FormField>
            {words === null ? null : (
              <div data-testid="retire-error" data-code={failure?.code}>
                <SectionMessage appearance="error" title={`Not retired: ${words.title.toLowerCase()}`}>
                  <Stack space="space.050">
                    <Text as="p">{words.detail}</Text>
                    {/* The server's message says what to do about a refused retire (not done, another PI); the generic action is for the other codes. */}
                    {failure?.code === 'BAD_PAYLOAD' ? null : <Text as="p">{words.action}</Text>}
                  </Stack>
                </SectionMessage>
              </div>
            )}
            <Inline space="space.100" alignInline="end">
              <Button onClick={onCancel} isDisabled={saving} testId="retire-cancel">
                Cancel
              </Button>
              <Button appearance="warning" type="submit" isLoading={saving} testId="retire-submit">
                Retire {assessment.key}
              </Button>
            </Inline>
          </Stack>
        </form>
      </Box>
    </div>
  );
};
