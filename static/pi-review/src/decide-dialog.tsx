import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { Pi } from '../../../src/shared/assessment';
import { DECISION_KIND_LABELS } from '../../../src/shared/decision';
import type { DecisionResult } from '../../../src/shared/payloads';
import { call, type UiError } from '../../common/client';
import { RadioGroup } from '../../common/radio-group';
import { checkDraft, EMPTY_DRAFT, kindHelp, PI_DECISION_KINDS, rationaleCounter, type DecisionDraft } from './decision-draft';
import { fieldStyle } from './field-style';
import { SponsorPicker } from './sponsor-picker';

const labelStyle = { font: token('font.body.small'), fontWeight: token('font.weight.bold'), color: token('color.text.subtle') };
const errorStyle = { color: token('color.text.danger'), font: token('font.body.small') };

/**
 * The decide dialog: a native <dialog> (focus trap, Escape, backdrop from the
 * browser; no modal library in the bundle) styled with tokens.
 */
export const DecideDialog = ({ issueKeys, pi, onClose }: { issueKeys: readonly string[]; pi: Pi; onClose: (changed: boolean) => void }) => {
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<DecisionDraft>(EMPTY_DRAFT);
  const [shown, setShown] = useState(false);
  const [saving, setSaving] = useState(false);
  const [results, setResults] = useState<readonly DecisionResult[] | null>(null);
  const [failure, setFailure] = useState<UiError | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d !== null && !d.open) d.showModal();
  }, []);

  const check = checkDraft(draft, pi);
  const problem = (field: string): string | undefined => (shown && !check.ok ? check.problems[field] : undefined);
  const counter = rationaleCounter(draft.rationale);
  const set = (patch: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async () => {
    setShown(true);
    if (!check.ok) return;
    setSaving(true);
    setFailure(null);
    const o = await call('recordDecisions', { issueKeys: [...issueKeys], pi: pi.name, decision: check.input });
    setSaving(false);
    if (o.ok) setResults(o.data.results);
    else setFailure(o.error);
  };
  const close = () => onClose(results !== null && results.some((r) => r.ok));
  const what = issueKeys.length === 1 ? (issueKeys[0] ?? '') : `${issueKeys.length} items`;

  return (
    <dialog
      ref={ref}
      data-testid="decide-dialog"
      aria-labelledby="decide-title"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      style={{ width: 'min(560px, 92vw)', padding: token('space.300'), border: 'none', borderRadius: token('radius.large'), background: token('elevation.surface.overlay'), color: token('color.text'), boxShadow: token('elevation.shadow.overlay') }}
    >
      <Stack space="space.200">
        <Heading size="medium" as="h2" id="decide-title">
          Decide on {what} for {pi.name}
        </Heading>
        {results !== null ? (
          <Stack space="space.100">
            <ul data-testid="decide-results" style={{ margin: 0, paddingLeft: token('space.200') }}>
              {results.map((r) => (
                <li key={r.issueKey} data-ok={r.ok}>
                  <Text weight="bold">{r.issueKey}</Text>: {r.ok ? `${DECISION_KIND_LABELS[r.decision.kind]} recorded (version ${r.decision.version})` : r.error.message}
                </li>
              ))}
            </ul>
            <div>
              <Button appearance="primary" onClick={close} testId="decide-done" autoFocus>
                Done
              </Button>
            </div>
          </Stack>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack space="space.200">
              <Stack space="space.050">
                <RadioGroup
                  name="kind"
                  legend="Decision"
                  value={draft.kind}
                  options={PI_DECISION_KINDS.map((k) => ({ value: k, label: DECISION_KIND_LABELS[k] }))}
                  onChange={(kind) => set({ kind })}
                  testId="decision-kind"
                />
                <Text as="p" color="color.text.subtle" testId="kind-help">
                  {kindHelp(draft.kind, pi.name)}
                </Text>
              </Stack>
              <div>
                <label htmlFor="rationale" style={labelStyle}>
                  Rationale *
                </label>
                <textarea
                  id="rationale"
                  data-testid="rationale"
                  rows={4}
                  value={draft.rationale}
                  aria-describedby="rationale-counter rationale-error"
                  onChange={(e) => set({ rationale: e.currentTarget.value })}
                  style={fieldStyle}
                />
                <div id="rationale-counter" data-testid="rationale-counter" style={{ font: token('font.body.small'), color: counter.ok ? token('color.text.subtle') : token('color.text.warning') }}>
                  {counter.text} characters (at least 10)
                </div>
                {problem('rationale') === undefined ? null : (
                  <div id="rationale-error" data-testid="field-error-rationale" style={errorStyle}>
                    {problem('rationale')}
                  </div>
                )}
              </div>
              {draft.kind === 'keep' ? <SponsorPicker value={draft.sponsor} onChange={(sponsor) => set({ sponsor })} error={problem('sponsorAccountId')} /> : null}
              {draft.kind === 'rejustify' ? (
                <div>
                  <label htmlFor="due-date" style={labelStyle}>
                    Due date *
                  </label>
                  <input
                    id="due-date"
                    type="date"
                    data-testid="due-date"
                    min={pi.startDate}
                    max={pi.endDate}
                    value={draft.dueDate}
                    aria-describedby="due-date-error"
                    onChange={(e) => set({ dueDate: e.currentTarget.value })}
                    style={fieldStyle}
                  />
                  {problem('dueDate') === undefined ? null : (
                    <div id="due-date-error" data-testid="field-error-dueDate" style={errorStyle}>
                      {problem('dueDate')}
                    </div>
                  )}
                </div>
              ) : null}
              {failure === null ? null : (
                <SectionMessage appearance="error" title="Nothing was recorded">
                  <Text as="p">{failure.message}</Text>
                </SectionMessage>
              )}
              <div style={{ display: 'flex', gap: token('space.100'), justifyContent: 'flex-end' }}>
                <Button onClick={() => onClose(false)} testId="decide-cancel">
                  Cancel
                </Button>
                <Button appearance={draft.kind === 'drop' ? 'danger' : 'primary'} type="submit" isLoading={saving} testId="decide-submit">
                  {draft.kind === 'drop' ? `Drop from ${pi.name}` : `Record ${DECISION_KIND_LABELS[draft.kind].toLowerCase()}`}
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </dialog>
  );
};
