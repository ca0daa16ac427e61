import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { EvidenceView } from '../../../src/shared/assessment';
import { EVIDENCE_KIND_LABELS, type UntrustedEvidence } from '../../../src/shared/evidence';
import { OutsideLink } from '../../common/safe-link';
import { figureOfRecord } from './evidence-draft';

const list = xcss({ margin: 'space.0', padding: 'space.0', listStyle: 'none' });
const row = xcss({ margin: 'space.0', paddingBlock: 'space.100', borderBlockEndWidth: 'border.width', borderBlockEndStyle: 'solid', borderBlockEndColor: 'color.border' });

/** The figure after the kind label ("212 weekly active users"); nothing without one. */
const Figure = ({ figure, unit }: { figure: number | undefined; unit: string | undefined }) => {
  const words = figureOfRecord(figure, unit);
  return words === null ? null : <Text testId="evidence-figure-words">{words}</Text>;
};

const sourceWords = (e: EvidenceView): string => [e.source.name, e.source.role, e.source.site].filter((s): s is string => s !== undefined && s !== '').join(', ');

/** The item's field evidence; edit and remove only for people who may change the issue. */
export const EvidenceList = ({
  evidence,
  canEdit,
  busyId,
  onEdit,
  onRemove,
}: {
  evidence: readonly EvidenceView[];
  canEdit: boolean;
  busyId: string | null;
  onEdit: (e: EvidenceView) => void;
  onRemove: (e: EvidenceView) => void;
}) =>
  evidence.length === 0 ? (
    <Text as="p">No field evidence recorded yet.</Text>
  ) : (
    <Box as="ul" xcss={list}>
      {evidence.map((e) => (
        <Box as="li" xcss={row} key={e.id} testId="evidence-row">
          <Stack space="space.050">
            <Inline space="space.100" alignBlock="center" shouldWrap>
              <Text weight="bold">{EVIDENCE_KIND_LABELS[e.kind]}</Text>
              <Figure figure={e.figure} unit={e.unit} />
              <span data-testid="evidence-freshness" data-fresh={e.fresh}>
                <Lozenge appearance={e.fresh ? 'success' : 'moved'}>{e.fresh ? 'fresh' : 'stale'}</Lozenge>
              </span>
              {e.isFieldEvidence ? null : <Lozenge appearance="default">not field evidence</Lozenge>}
              <Text size="small" color="color.text.subtle">
                observed {e.observedOn}
              </Text>
            </Inline>
            <Text as="p">{e.summary}</Text>
            <Text as="p" size="small" color="color.text.subtle">
              Source: {sourceWords(e)}
            </Text>
            <Inline space="space.100" alignBlock="center" shouldWrap>
              {e.url === undefined ? null : (
                <OutsideLink url={e.url} policy="evidence" testId="evidence-link">
                  Open source (new tab)
                </OutsideLink>
              )}
              {canEdit ? (
                <>
                  <Button spacing="compact" appearance="subtle" onClick={() => onEdit(e)} isDisabled={busyId !== null} testId="evidence-edit" aria-label={`Edit evidence: ${e.summary}`}>
                    Edit
                  </Button>
                  <Button
                    spacing="compact"
                    appearance="subtle"
                    onClick={() => onRemove(e)}
                    isDisabled={busyId !== null}
                    isLoading={busyId === e.id}
                    testId="evidence-remove"
                    aria-label={`Remove evidence: ${e.summary}`}
                  >
                    Remove
                  </Button>
                </>
              ) : null}
            </Inline>
          </Stack>
        </Box>
      ))}
    </Box>
  );

const TRUST_WORDS: Record<UntrustedEvidence['trust'], { readonly lozenge: string; readonly why: string }> = {
  changed: {
    lozenge: 'changed outside Factory Gravity',
    why: 'This record was added or changed directly in Jira, not through this app, so it does not count.',
  },
  unsigned: {
    lozenge: 'not confirmed',
    why: 'This record was not written by this app as it is (older evidence, or added directly in Jira), so it does not count until someone who may edit the item confirms it.',
  },
};

/**
 * Live evidence that does not count toward the score or the verdict: records
 * the app did not sign as they are. Each shows what it claims (who added it
 * and when included); people who may edit the item can confirm it, which
 * records them as the one who added it.
 */
export const UntrustedEvidenceList = ({
  untrusted,
  canEdit,
  busyId,
  onConfirm,
}: {
  untrusted: readonly UntrustedEvidence[];
  canEdit: boolean;
  busyId: string | null;
  onConfirm: (u: UntrustedEvidence) => void;
}) =>
  untrusted.length === 0 ? null : (
    <Stack space="space.050" testId="untrusted-evidence">
      <Text size="small" weight="bold">
        Not counted ({untrusted.length})
      </Text>
      <Box as="ul" xcss={list}>
        {untrusted.map(({ record, trust }) => (
          <Box as="li" xcss={row} key={record.id} testId="untrusted-row">
            <Stack space="space.050">
              <Inline space="space.100" alignBlock="center" shouldWrap>
                <Text weight="bold">{EVIDENCE_KIND_LABELS[record.kind]}</Text>
                <Figure figure={record.figure} unit={record.unit} />
                <span data-testid="evidence-trust" data-trust={trust}>
                  <Lozenge appearance={trust === 'changed' ? 'removed' : 'moved'}>{TRUST_WORDS[trust].lozenge}</Lozenge>
                </span>
                <Text size="small" color="color.text.subtle">
                  observed {record.observedOn}
                </Text>
              </Inline>
              <Text as="p">{record.summary}</Text>
              <Text as="p" size="small" color="color.text.subtle">
                Source: {[record.source.name, record.source.role, record.source.site].filter((s): s is string => s !== undefined && s !== '').join(', ')}. Claims to be added by{' '}
                {record.addedBy === '' ? 'nobody named' : record.addedBy} at {record.addedAt === '' ? 'no time given' : record.addedAt}.
              </Text>
              <Text as="p" size="small">
                {TRUST_WORDS[trust].why}
              </Text>
              {canEdit ? (
                <Inline space="space.100">
                  <Button
                    spacing="compact"
                    appearance="subtle"
                    onClick={() => onConfirm({ record, trust })}
                    isDisabled={busyId !== null}
                    isLoading={busyId === record.id}
                    testId="evidence-confirm"
                    // The visible words lead the name, so voice control ("click Confirm") finds it (WCAG 2.5.3, axe label-content-name-mismatch).
                    aria-label={`Confirm: I vouch for it, evidence: ${record.summary}`}
                  >
                    Confirm: I vouch for it
                  </Button>
                </Inline>
              ) : null}
            </Stack>
          </Box>
        ))}
      </Box>
    </Stack>
  );
