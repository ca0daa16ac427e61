import Button from '@atlaskit/button/new';
import LinkExternalIcon from '@atlaskit/icon/core/link-external';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { Finding, Severity } from '../../../src/shared/assessment';
import { actionOf, OPEN_ISSUE_HELP, PI_REVIEW_HELP, type PanelAction } from './fix-actions';
import { FORCE_LABEL } from '../../common/forces';

export type { PanelAction } from './fix-actions';

const SEVERITY: Readonly<Record<Severity, { label: string; appearance: 'removed' | 'moved' | 'default' }>> = {
  error: { label: 'Problem', appearance: 'removed' },
  warning: { label: 'Warning', appearance: 'moved' },
  info: { label: 'Note', appearance: 'default' },
};

const list = xcss({ margin: 'space.0', padding: 'space.0', listStyle: 'none' });
const item = xcss({ margin: 'space.0', paddingBlock: 'space.100', borderBlockEndWidth: 'border.width', borderBlockEndStyle: 'solid', borderBlockEndColor: 'color.border' });

/** Each finding: what is wrong, the force it belongs to, the points it costs and the button that fixes it. */
export const FindingsList = ({
  issueKey,
  projectKey,
  findings,
  canEdit,
  hasSuggestion,
  onAction,
}: {
  issueKey: string;
  projectKey: string;
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
        const help =
          action === 'open-issue' ? OPEN_ISSUE_HELP[f.fix.kind]?.(issueKey) : action === 'open-pi-review' ? PI_REVIEW_HELP[f.fix.kind]?.(projectKey) : undefined;
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
