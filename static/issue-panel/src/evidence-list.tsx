import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { EvidenceView } from '../../../src/shared/assessment';
import { EVIDENCE_KIND_LABELS } from '../../../src/shared/evidence';

const list = xcss({ margin: 'space.0', padding: 'space.0', listStyle: 'none' });
const row = xcss({ margin: 'space.0', paddingBlock: 'space.100', borderBlockEndWidth: 'border.width', borderBlockEndStyle: 'solid', borderBlockEndColor: 'color.border' });

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
                <a href={e.url} target="_blank" rel="noopener noreferrer" data-testid="evidence-link">
                  Open source (new tab)
                </a>
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
