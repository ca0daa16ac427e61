import Button from '@atlaskit/button/new';
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
const item = xcss({ paddingBlock: 'space.100', borderBlockEndWidth: 'border.width', borderBlockEndStyle: 'solid', borderBlockEndColor: 'color.border' });

/** Fix kinds the panel can act on itself; the rest are explained in words. */
export type PanelAction = 'add-evidence' | 'confirm-suggestion' | 'link-objective';

const actionOf = (kind: FixKind, canEdit: boolean, hasSuggestion: boolean): PanelAction | null => {
  if (kind === 'link-objective') return 'link-objective';
  if (!canEdit) return null;
  if (kind === 'add-evidence' || kind === 'refresh-evidence') return 'add-evidence';
  if (kind === 'confirm-suggestion') return hasSuggestion ? 'confirm-suggestion' : 'add-evidence';
  return null;
};

/** Each finding: what is wrong, the force it belongs to, the points it costs and the button that fixes it. */
export const FindingsList = ({
  findings,
  canEdit,
  hasSuggestion,
  onAction,
}: {
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
                  To fix: {f.fix.label}
                </Text>
              ) : (
                <Inline>
                  <Button spacing="compact" onClick={() => onAction(action)} testId={`fix-${f.code}`}>
                    {f.fix.label}
                  </Button>
                </Inline>
              )}
            </Stack>
          </Box>
        );
      })}
    </Box>
  );
