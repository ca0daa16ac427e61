import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { SuggestedEvidence } from '../../../src/shared/assessment';
import { PlainList } from '../../common/plain-list';
import { OutsideLink } from '../../common/safe-link';

/** Web links on the issue that look like research: confirm one to turn it into evidence. */
export const SuggestionsList = ({
  suggestions,
  canEdit,
  onConfirm,
}: {
  suggestions: readonly SuggestedEvidence[];
  canEdit: boolean;
  onConfirm: (s: SuggestedEvidence) => void;
}) => (
  <PlainList>
    {suggestions.map((s) => (
        <li key={s.linkId} data-testid="suggestion-row" style={{ margin: 0 }}>
          <Stack space="space.050">
            <OutsideLink url={s.url} policy="jira-link" testId="suggestion-link">
              {s.title === '' ? s.url : s.title}
            </OutsideLink>
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <Text size="small" color="color.text.subtle">
                matched “{s.pattern}”
              </Text>
              {canEdit ? (
                <Button spacing="compact" onClick={() => onConfirm(s)} testId="confirm-suggestion">
                  Confirm as evidence
                </Button>
              ) : null}
            </Inline>
          </Stack>
        </li>
    ))}
  </PlainList>
);
