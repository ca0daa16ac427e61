import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';

/**
 * The items a scope read could not read, each with Jira's reason: named,
 * never guessed. `leftOutOf` says what they are missing from ("the counts
 * below", "every PI below").
 */
export const UnreadableItems = ({
  unreadable,
  leftOutOf,
  testId,
}: {
  readonly unreadable: readonly { readonly key: string; readonly reason: string }[];
  readonly leftOutOf: string;
  readonly testId: string;
}) =>
  unreadable.length === 0 ? null : (
    <div data-testid={testId}>
      <SectionMessage appearance="warning" title={`${unreadable.length} item${unreadable.length === 1 ? '' : 's'} could not be read`}>
        <Stack space="space.050">
          <Text as="p">These are left out of {leftOutOf}, not guessed. Check your access to them and reload.</Text>
          <ul>
            {unreadable.map((u) => (
              <li key={u.key}>
                <Text weight="bold">{u.key}</Text>: {u.reason}
              </li>
            ))}
          </ul>
        </Stack>
      </SectionMessage>
    </div>
  );

/**
 * A read the invocation's time budget cut short (`partial` of a report, a trend or an outcomes list):
 * what was `read` ("report", "trend", "list") and what the rest of the page therefore `covers`.
 */
export const PartialReadWarning = ({
  partial,
  read,
  covers,
  testId,
}: {
  readonly partial: { readonly message: string; readonly itemsRead: number } | undefined;
  readonly read: string;
  readonly covers: string;
  readonly testId: string;
}) =>
  partial === undefined ? null : (
    <div data-testid={testId}>
      <SectionMessage appearance="warning" title={`Partial ${read}: only the first ${partial.itemsRead.toLocaleString('en-US')} items were read in time`}>
        <Text as="p">{`${partial.message} ${covers}`}</Text>
      </SectionMessage>
    </div>
  );
