import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { UiError } from './client';
import { describeError } from './error-words';

/** An error as a section message: what happened, the server's detail, what to do, and a retry when it makes sense. */
export const ErrorMessage = ({ error, onRetry }: { error: UiError; onRetry?: () => void }) => {
  const words = describeError(error);
  return (
    <div data-testid="error-message" data-code={error.code}>
      <SectionMessage
        appearance="error"
        title={words.title}
        actions={onRetry === undefined ? [] : [<SectionMessageAction key="retry" onClick={onRetry}>Try again</SectionMessageAction>]}
      >
        <Stack space="space.050">
          <Text as="p">{words.detail}</Text>
          <Text as="p">{words.action}</Text>
        </Stack>
      </SectionMessage>
    </div>
  );
};
