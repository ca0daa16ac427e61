import { events, router } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EvidenceView, SuggestedEvidence } from '../../../src/shared/assessment';
import type { EvidenceKind } from '../../../src/shared/evidence';
import type { PanelData } from '../../../src/shared/payloads';
import { call, type Outcome, type UiError } from '../../common/client';
import { ErrorMessage } from '../../common/error-message';
import { issueContextOf } from '../../common/forge-context';
import { Loading } from '../../common/loading';
import { useExtension } from '../../common/use-extension';
import { useLoad } from '../../common/use-load';
import { DecisionSection } from './decision-section';
import { draftFromRecord, emptyDraft } from './evidence-draft';
import { EvidenceForm } from './evidence-form';
import { EvidenceList, UntrustedEvidenceList } from './evidence-list';
import { FindingsList, type PanelAction } from './findings-list';
import { ObjectivesList } from './objectives-list';
import { OutcomeSection } from './outcome-section';
import { outcomeWordsOf } from './outcome-view';
import { PanelHeader } from './panel-header';
import { RetireDialog } from './retire-dialog';
import { SuggestionsList } from './suggestions-list';
import { suggestionDraft } from './suggestion-draft';
import { openPiReview } from '../../common/report/pi-review-link';

type Editing =
  | { readonly kind: 'none' }
  /** initialKind: the kind the form opens with (adoption, from the outcome check); the form's own default otherwise. */
  | { readonly kind: 'add'; readonly initialKind?: EvidenceKind }
  | { readonly kind: 'edit'; readonly record: EvidenceView }
  | { readonly kind: 'confirm'; readonly suggestion: SuggestedEvidence };

export const PanelApp = () => {
  const { ext, failed } = useExtension();
  const issue = ext === null ? null : issueContextOf(ext);
  if (failed || (ext !== null && issue === null)) return <Text as="p">Open a work item to see its alignment.</Text>;
  if (issue === null) return <Loading label="Loading alignment" />;
  return <IssuePanel issueKey={issue.issueKey} />;
};

const IssuePanel = ({ issueKey }: { issueKey: string }) => {
  const { state, reload, replace } = useLoad(() => call('getPanel', { issueKey }), [issueKey]);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [undo, setUndo] = useState<{ id: string; summary: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<UiError | null>(null);
  const [linkHelp, setLinkHelp] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const retireButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const sub = events.on('JIRA_ISSUE_CHANGED', reload);
    return () => void sub.then((s) => s.unsubscribe()).catch(() => undefined);
  }, [reload]);

  /** Applies a mutation's answer: fresh panel data, or the error for the caller to show. */
  const settle = useCallback(
    (o: Outcome<PanelData>): UiError | null => {
      if (!o.ok) return o.error;
      replace(o.data);
      setEditing({ kind: 'none' });
      return null;
    },
    [replace],
  );

  if (state.status === 'loading') return <Loading label="Loading alignment" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />;
  const data = state.data;
  const a = data.assessment;
  const canEdit = data.canEdit;

  const remove = async (e: EvidenceView) => {
    setBusyId(e.id);
    setActionError(null);
    const o = await call('removeEvidence', { issueKey, id: e.id });
    setBusyId(null);
    const err = settle(o);
    if (err === null) setUndo({ id: e.id, summary: e.summary });
    else setActionError(err);
  };

  const confirm = async (id: string) => {
    setBusyId(id);
    setActionError(null);
    const o = await call('confirmEvidence', { issueKey, id });
    setBusyId(null);
    const err = settle(o);
    if (err !== null) setActionError(err);
  };

  const restore = async (id: string) => {
    setBusyId(id);
    setActionError(null);
    const o = await call('restoreEvidence', { issueKey, id });
    setBusyId(null);
    const err = settle(o);
    if (err === null) setUndo(null);
    else setActionError(err);
  };

  const onAction = (action: PanelAction) => {
    if (action === 'link-objective') {
      setLinkHelp(true);
      void router.open({ target: 'issue', issueKey }).catch(() => undefined);
    } else if (action === 'open-issue') void router.open({ target: 'issue', issueKey }).catch(() => undefined);
    else if (action === 'open-pi-review') openPiReview(a.projectKey);
    else if (action === 'confirm-suggestion' && a.suggestions[0] !== undefined) setEditing({ kind: 'confirm', suggestion: a.suggestions[0] });
    else if (action === 'add-outcome-evidence') setEditing({ kind: 'add', initialKind: 'adoption' });
    else setEditing({ kind: 'add' });
  };

  /** Closes the retire dialog and gives focus back to the button that opened it. */
  const closeRetire = () => {
    setRetiring(false);
    requestAnimationFrame(() => retireButton.current?.focus());
  };

  // On a Done item the outcome leads; the words are computed from the server's today (see outcome-view.ts).
  const outcome = outcomeWordsOf(a, canEdit, new Date().toISOString().slice(0, 10));

  const form =
    editing.kind === 'add' ? (
      <EvidenceForm
        mode="add"
        key={editing.initialKind ?? 'add'}
        initial={emptyDraft()}
        {...(editing.initialKind === undefined ? {} : { initialKind: editing.initialKind })}
        phiGuard={data.phiGuard}
        onCancel={() => setEditing({ kind: 'none' })}
        onSubmit={async (evidence, confirmation) => settle(await call('addEvidence', { issueKey, evidence, ...confirmation }))}
      />
    ) : editing.kind === 'edit' ? (
      <EvidenceForm
        key={editing.record.id}
        mode="edit"
        initial={draftFromRecord(editing.record)}
        phiGuard={data.phiGuard}
        onCancel={() => setEditing({ kind: 'none' })}
        onSubmit={async (evidence, confirmation) => settle(await call('editEvidence', { issueKey, id: editing.record.id, evidence, ...confirmation }))}
      />
    ) : editing.kind === 'confirm' ? (
      <EvidenceForm
        key={editing.suggestion.linkId}
        mode="confirm"
        initial={suggestionDraft(editing.suggestion)}
        fixedUrl={editing.suggestion.url}
        phiGuard={data.phiGuard}
        onCancel={() => setEditing({ kind: 'none' })}
        onSubmit={async (evidence, confirmation) => settle(await call('confirmSuggestion', { issueKey, linkId: editing.suggestion.linkId, evidence, ...confirmation }))}
      />
    ) : null;

  return (
    <Stack space="space.250">
      {outcome === null ? null : (
        <OutcomeSection
          ref={retireButton}
          words={outcome}
          canEdit={canEdit}
          retiring={retiring}
          onAddEvidence={() => setEditing({ kind: 'add', initialKind: 'adoption' })}
          onRetire={() => setRetiring(true)}
        >
          {retiring ? (
            <RetireDialog
              assessment={a}
              onCancel={closeRetire}
              onRetired={() => {
                closeRetire();
                reload();
              }}
            />
          ) : null}
        </OutcomeSection>
      )}
      <PanelHeader data={data} secondary={outcome !== null} />
      {data.settingsWarning === undefined ? null : (
        <div data-testid="settings-warning">
          <SectionMessage appearance="warning" title="Default settings in use">
            <Text as="p">{data.settingsWarning}</Text>
          </SectionMessage>
        </div>
      )}
      {canEdit ? null : (
        <Text as="p" color="color.text.subtle" testId="read-only-note">
          Read only: you can see this item but not change it, so evidence cannot be added, edited or removed here.
        </Text>
      )}
      {actionError === null ? null : <ErrorMessage error={actionError} onRetry={reload} />}
      {undo === null ? null : (
        <div data-testid="undo-message">
          <SectionMessage
            appearance="information"
            title="Evidence removed"
            actions={[
              <SectionMessageAction key="undo" onClick={() => void restore(undo.id)}>
                Undo
              </SectionMessageAction>,
            ]}
          >
            <Text as="p">“{undo.summary}” no longer counts. Undo brings it back.</Text>
          </SectionMessage>
        </div>
      )}

      <Stack space="space.100">
        <Heading size="xsmall" as="h3">
          Findings
        </Heading>
        {linkHelp ? (
          <SectionMessage appearance="information" title="Link a strategic objective">
            <Text as="p">
              The issue opens in a new tab. Use “Link issue” there and link {issueKey} to a live strategic objective (a Strategic Theme, Objective or Initiative, as set in
              the project settings). This panel updates when the link is saved.
            </Text>
          </SectionMessage>
        ) : null}
        <FindingsList issueKey={issueKey} projectKey={a.projectKey} findings={a.findings} canEdit={canEdit} hasSuggestion={a.suggestions.length > 0} onAction={onAction} />
      </Stack>

      <DecisionSection assessment={a} />

      <Stack space="space.100">
        <Heading size="xsmall" as="h3">
          Strategic objectives ({a.counts.liveObjectives} live)
        </Heading>
        <ObjectivesList objectives={a.objectives} />
      </Stack>

      <Stack space="space.100">
        <Inline spread="space-between" alignBlock="center">
          <Heading size="xsmall" as="h3">
            Field evidence ({a.counts.freshEvidence} fresh, {a.counts.distinctSources} source{a.counts.distinctSources === 1 ? '' : 's'})
          </Heading>
          {canEdit && editing.kind === 'none' ? (
            <Button spacing="compact" appearance="primary" onClick={() => setEditing({ kind: 'add' })} testId="add-evidence">
              Add evidence
            </Button>
          ) : null}
        </Inline>
        {form}
        <EvidenceList evidence={a.evidence} canEdit={canEdit} busyId={busyId} onEdit={(record) => setEditing({ kind: 'edit', record })} onRemove={(e) => void remove(e)} />
        <UntrustedEvidenceList untrusted={data.untrusted} canEdit={canEdit} busyId={busyId} onConfirm={(u) => void confirm(u.record.id)} />
        {canEdit && data.removed.length > 0 ? (
          <Stack space="space.050">
            <Text size="small" weight="bold">
              Recently removed
            </Text>
            {data.removed.map((r) => (
              <Inline key={r.id} space="space.100" alignBlock="center" testId="removed-row">
                <Text size="small" color="color.text.subtle">
                  {r.summary}
                </Text>
                <Button spacing="compact" appearance="subtle" onClick={() => void restore(r.id)} isDisabled={busyId !== null} aria-label={`Restore evidence: ${r.summary}`}>
                  Restore
                </Button>
              </Inline>
            ))}
          </Stack>
        ) : null}
      </Stack>

      {a.suggestions.length === 0 ? null : (
        <Stack space="space.100">
          <Heading size="xsmall" as="h3">
            Suggested evidence ({a.suggestions.length})
          </Heading>
          <Text as="p" size="small" color="color.text.subtle">
            Web links on this issue that look like research. Confirm one with who, when and what was seen to count it as field evidence.
          </Text>
          <SuggestionsList suggestions={a.suggestions} canEdit={canEdit} onConfirm={(suggestion) => setEditing({ kind: 'confirm', suggestion })} />
        </Stack>
      )}
    </Stack>
  );
};
