import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import type { ObjectiveView } from '../../../src/shared/assessment';
import { IssueLink } from '../../common/issue-link';
import { PlainList } from '../../common/plain-list';
import { STATUS_APPEARANCE } from '../../common/verdict';

/** "live", "done" or "past target date": why an objective does or does not count. */
export const objectiveState = (o: ObjectiveView): { label: string; appearance: 'success' | 'default' | 'removed' } => {
  if (o.live) return { label: 'live', appearance: 'success' };
  if (o.statusCategory === 'done') return { label: 'done', appearance: 'default' };
  return { label: 'past target date', appearance: 'removed' };
};

const viaWords = (o: ObjectiveView): string =>
  o.via === 'link'
    ? `linked${o.linkType === undefined ? '' : ` (${o.linkType})`}`
    : o.via === 'parent'
      ? o.depth === undefined || o.depth === 1
        ? 'parent'
        : `ancestor, ${o.depth} levels up`
      : 'named in the objectives field';

export const ObjectivesList = ({ objectives }: { objectives: readonly ObjectiveView[] }) =>
  objectives.length === 0 ? (
    <Text as="p">No strategic objective is linked to this item.</Text>
  ) : (
    <PlainList>
      {objectives.map((o) => {
          const state = objectiveState(o);
          return (
            <li key={o.key} data-testid="objective-row" data-live={o.live} style={{ margin: 0 }}>
              <Stack space="space.050">
                <Inline space="space.100" alignBlock="center" shouldWrap>
                  <IssueLink issueKey={o.key} />
                  <Text>{o.summary}</Text>
                </Inline>
                <Inline space="space.100" alignBlock="center" shouldWrap>
                  <Lozenge appearance={STATUS_APPEARANCE[o.statusCategory]}>{o.status}</Lozenge>
                  <Lozenge appearance={state.appearance} isBold>
                    {state.label}
                  </Lozenge>
                  <Text size="small" color="color.text.subtle">
                    {o.issueType} · {viaWords(o)}
                    {o.targetDate === null ? '' : ` · target ${o.targetDate}`}
                  </Text>
                </Inline>
              </Stack>
            </li>
          );
        })}
    </PlainList>
  );
