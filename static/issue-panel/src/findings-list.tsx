import Button from '@atlaskit/button/new';
import LinkExternalIcon from '@atlaskit/icon/core/link-external';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Finding, FixKind, Severity } from '../../../src/shared/assessment';
import { FORCE_LABEL } from '../../common/forces';

const SEVERITY: Readonly<Record<Severity, { label: string; appearance: 'removed' | 'moved' | 'default' }>> = {
  error: { label: 'Problem', appearance: 'removed' },
  warning: { label: 'Warning', appearance: 'moved' },
  info: { label: 'Note', appearance: 'default' },
};

const list = xcss({ margin: 'space.0', padding: 'space.0', listStyle: 'none' });
const item = xcss({ margin: 'space.0', paddingBlock: 'space.100', borderBlockEndWidth: 'border.width', borderBlockEndStyle: 'solid', borderBlockEndColor: 'color.border' });

/** Fix kinds the panel can act on itself; opening the issue covers the ones done in Jira's own fields. */
export type PanelAction = 'add-evidence' | 'confirm-suggestion' | 'link-objective' | 'open-issue';

/** What opening the issue is for, per fix that is done in the issue itself. */
const OPEN_ISSUE_HELP: Partial<Readonly<Record<FixKind, (issueKey: string) => string>>> = {
  'review-planning': (k) => `Opens ${k} in a new tab: check why it is in this PI (its fix version or sprint), or link the objective and evidence that justify it.`,
  'review-carry-over': (k) => `Opens ${k} in a new tab: decide whether to re-plan it, split it or drop it.`,
  'plan-into-pi': (k) => `Opens ${k} in a new tab: set the fix version or sprint of the PI it belongs to.`,
};

const actionOf = (kind: FixKind, canEdit: boolean, hasSuggestion: boolean): PanelAction | null => {
  if (kind === 'link-objective') return 'link-objective';
  if (OPEN_ISSUE_HELP[kind] !== undefined) return 'open-issue';
  if (!canEdit) return null;
  if (kind === 'add-evidence' || kind === 'refresh-evidence') return 'add-evidence';
  if (kind === 'confirm-suggestion') return hasSuggestion ? 'confirm-suggestion' : 'add-evidence';
  return null;
};

/** Each finding: what is wrong, the force it belongs to, the points it costs and the button that fixes it. */
export const FindingsList = ({
  issueKey,
  findings,
  canEdit,
  hasSuggestion,
  onAction,
}: {
  issueKey: string;
  findings: readonly Finding[];
  canEdit: boolean;
  hasSuggestion: boolean;
  onAction: (a: PanelAction) => void;
}) =>
  findings.length === 0 ? (
    <Text as="p">No findings: all three forces hold this item.</Text>
  ) : (
    <Box as="ul" xcss={list}>
      {findings.map((f) => {
        const action = actionOf(f.fix.kind, canEdit, hasSuggestion);
        const help = action === 'open-issue' ? OPEN_ISSUE_HELP[f.fix.kind]?.(issueKey) : undefined;
        const helpId = `fix-help-${f.code}`;
        return (
          <Box as="li" xcss={item} key={f.code} testId={`finding-${f.code}`}>
            <Stack space="space.075">
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Lozenge appearance={SEVERITY[f.severity].appearance}>{SEVERITY[f.severity].label}</Lozenge>
                <Text size="small" color="color.text.subtle">
                  {FORCE_LABEL[f.force]}
                  {f.points > 0 ? ` · costs ${f.points} point${f.points === 1 ? '' : 's'}` : ''}
                </Text>
              </Inline>
              <Text as="p">{f.message}</Text>
              {action === null ? (
                <Text as="p" size="small" color="color.text.subtle">
                  To fix: {f.fix.label} (needs permission to edit this item)
                </Text>
              ) : (
                <Stack space="space.050">
                  <Inline>
                    <Button
                      spacing="compact"
                      onClick={() => onAction(action)}
                      testId={`fix-${f.code}`}
                      {...(help === undefined ? {} : { 'aria-describedby': helpId })}
                      {...(action === 'open-issue' || action === 'link-objective' ? { iconAfter: LinkExternalIcon } : {})}
                    >
                      {f.fix.label}
                    </Button>
                  </Inline>
                  {help === undefined ? null : (
                    <Text as="p" size="small" color="color.text.subtle" id={helpId}>
                      {help}
                    </Text>
                  )}
                </Stack>
              )}
            </Stack>
          </Box>
        );
      })}
    </Box>
  );
