import Button from '@atlaskit/button/new';
import { ErrorMessage, HelperMessage } from '@atlaskit/form';
import StatusWarningIcon from '@atlaskit/icon/core/status-warning';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, EvidenceInputSchema, LIMITS, type EvidenceInput, type EvidenceKind } from '../../../src/shared/evidence';
import { toFieldIssues } from '../../../src/shared/result';
import type { UiError } from '../../common/client';
import { describeError } from '../../common/error-words';
import { describedBy, FormField } from '../../common/field';
import { NO_ISSUES, placeIssues, type PlacedIssues } from '../../common/field-issues';
import { NativeSelect } from '../../common/native-select';
import type { PhiField } from '../../../src/shared/phi-guard';
import {
  asksPatientDataConfirmation,
  draftHasFigure,
  draftIssues,
  draftPhiWarnings,
  draftToInput,
  EVIDENCE_FIELDS,
  patientDataBlock,
  patientDataConfirmation,
  withKind,
  type EvidenceDraft,
} from './evidence-draft';

const ConfirmInputSchema = EvidenceInputSchema.omit({ url: true });
export type ConfirmInput = Omit<EvidenceInput, 'url'>;
/** Sent beside the evidence: the person's word that flagged text is not patient data (src/shared/payloads.ts). */
export type PatientDataConfirmation = { readonly notPatientData?: true };

const KIND_OPTIONS = EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }));

/** Shared by every mode. */
interface FormBase {
  readonly initial: EvidenceDraft;
  /**
   * Opens the form on this kind instead of the initial draft's (the panel's
   * outcome section opens it on 'adoption'); Figure and Unit show for adoption
   * and outcome evidence.
   */
  readonly initialKind?: EvidenceKind;
}

export type EvidenceFormProps =
  | (FormBase & {
      readonly mode: 'add' | 'edit';
      /** The project's patient-data guard is on (PanelData.phiGuard). */
      readonly phiGuard: boolean;
      readonly onSubmit: (input: EvidenceInput, confirmation: PatientDataConfirmation) => Promise<UiError | null>;
      readonly onCancel: () => void;
    })
  | (FormBase & {
      readonly mode: 'confirm';
      /** The suggested web link's URL; fixed, not editable. */
      readonly fixedUrl: string;
      readonly phiGuard: boolean;
      readonly onSubmit: (input: ConfirmInput, confirmation: PatientDataConfirmation) => Promise<UiError | null>;
      readonly onCancel: () => void;
    });

/** The open form sits in a bordered box, apart from the evidence list under it. */
const panel = xcss({
  padding: 'space.200',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  borderRadius: 'radius.medium',
});

const TITLES = { add: 'Add field evidence', edit: 'Edit evidence', confirm: 'Confirm a web link as evidence' } as const;
const SUBMIT = { add: 'Add evidence', edit: 'Save changes', confirm: 'Confirm as evidence' } as const;

/** The patient-data warning under a field: what the text looks like, never the text. */
const PhiWarning = ({ id, name, message }: { id: string; name: string; message: string }) => (
  <Box id={id} testId={`phi-warning-${name}`}>
    <Inline space="space.050" alignBlock="start">
      <StatusWarningIcon label="Warning" color={token('color.icon.warning')} size="small" />
      <Text as="p" size="small" color="color.text.warning">
        {message}
      </Text>
    </Inline>
  </Box>
);

/** The Kind field's help: what the chosen kind counts as. */
const kindHelp = (kind: EvidenceKind): string =>
  kind === 'adoption'
    ? 'After delivery: is it used? Usage, active users, uptake. Counts as field evidence too.'
    : kind === 'outcome'
      ? 'After delivery: did it move the measure it was meant to move? Counts as field evidence too.'
      : 'A stakeholder request alone is not field evidence.';

/** aria-describedby of a control, with its patient-data warning when one is shown. */
const withWarning = (ids: string | undefined, warningId: string | undefined): string | undefined =>
  warningId === undefined ? ids : ids === undefined ? warningId : `${ids} ${warningId}`;

/**
 * The add / edit / confirm form. Checks the input with EvidenceInputSchema
 * before sending, shows each problem next to its field, and shows the
 * server's field issues (BAD_PAYLOAD, PHI_SUSPECTED) the same way. Text that
 * looks like a patient identifier is marked under its field as the person
 * types, and saving waits for "This is not patient data" to be ticked.
 */
export const EvidenceForm = (props: EvidenceFormProps) => {
  const { mode } = props;
  const [draft, setDraft] = useState<EvidenceDraft>(() => (props.initialKind === undefined ? props.initial : withKind(props.initial, props.initialKind)));
  const [issues, setIssues] = useState<PlacedIssues>(NO_ISSUES);
  const [failure, setFailure] = useState<UiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [serverFlagged, setServerFlagged] = useState(false);
  const [notPatientData, setNotPatientData] = useState(false);
  const [phiBlock, setPhiBlock] = useState<string | null>(null);
  const warnings = useMemo(() => draftPhiWarnings(draft, props.phiGuard), [draft, props.phiGuard]);
  const gate = { warnings, serverFlagged, confirmed: notPatientData };
  const id = (f: string) => `evidence-${mode}-${f}`;
  const warningOf = (f: PhiField, control: string) => {
    const message = warnings[f];
    return message === undefined ? null : <PhiWarning id={`${id(control)}-phi`} name={f} message={message} />;
  };
  const warningId = (f: PhiField, control: string) => (warnings[f] === undefined ? undefined : `${id(control)}-phi`);
  const err = (f: (typeof EVIDENCE_FIELDS)[number]) => {
    const m = issues.byField[f];
    // The date input shows the browser's own date format (mm/dd/yyyy, dd.mm.yyyy...), so the
    // schema's ISO wording ("Use a date like 2026-03-31") would not match what the person sees.
    return f === 'observedOn' && m !== undefined && /date like/i.test(m) ? 'Enter the date it was observed' : m;
  };

  // Keyboard users land in the form they just opened.
  useEffect(() => {
    document.getElementById(`evidence-${mode}-kind`)?.focus();
  }, [mode]);

  const set = <K extends keyof EvidenceDraft>(k: K, v: EvidenceDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const text = (k: keyof Omit<EvidenceDraft, 'kind'>) => (e: FormEvent<HTMLInputElement | HTMLTextAreaElement>) => set(k, e.currentTarget.value);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (saving) return;
    setFailure(null);
    const candidate = draftToInput(draft, mode !== 'confirm');
    /** The confirmation to send, or null (and the checkbox focused) while flagged text is not confirmed. */
    const cleared = (): PatientDataConfirmation | null => {
      const block = patientDataBlock(gate);
      setPhiBlock(block);
      if (block === null) return patientDataConfirmation(gate);
      document.getElementById(id('not-patient-data'))?.focus();
      return null;
    };
    // The form's own checks first (a Figure that is not a number), so their words win at the field.
    const own = draftIssues(draft);
    const refuse = (schemaIssues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
      setIssues(placeIssues([...own, ...toFieldIssues(schemaIssues)], EVIDENCE_FIELDS));
    let outcome: UiError | null;
    if (props.mode === 'confirm') {
      const parsed = ConfirmInputSchema.safeParse(candidate);
      if (!parsed.success || own.length > 0) return refuse(parsed.success ? [] : parsed.error.issues);
      setIssues(NO_ISSUES);
      const confirmation = cleared();
      if (confirmation === null) return;
      setSaving(true);
      outcome = await props.onSubmit(parsed.data, confirmation);
    } else {
      const parsed = EvidenceInputSchema.safeParse(candidate);
      if (!parsed.success || own.length > 0) return refuse(parsed.success ? [] : parsed.error.issues);
      setIssues(NO_ISSUES);
      const confirmation = cleared();
      if (confirmation === null) return;
      setSaving(true);
      outcome = await props.onSubmit(parsed.data, confirmation);
    }
    setSaving(false);
    if (outcome === null) return;
    if (outcome.code === 'PHI_SUSPECTED') setServerFlagged(true);
    if (outcome.issues !== undefined && outcome.issues.length > 0) setIssues(placeIssues(outcome.issues, EVIDENCE_FIELDS, ['evidence']));
    setFailure(outcome);
  };

  const failureWords = failure === null ? null : describeError(failure);
  return (
    <form data-testid="evidence-form" data-mode={mode} onSubmit={(e) => void submit(e)} noValidate aria-label={TITLES[mode]}>
      <Stack space="space.150" xcss={panel}>
        <Text as="p" weight="bold">
          {TITLES[mode]}
        </Text>
        {failureWords === null ? null : (
          <SectionMessage appearance="error" title={failureWords.title}>
            <Text as="p">{failureWords.detail}</Text>
            <Text as="p">{failureWords.action}</Text>
            {issues.other.length === 0 ? null : (
              <ul>
                {issues.other.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </SectionMessage>
        )}
        <FormField id={id('kind')} name="kind" label="Kind" required error={err('kind')} help={kindHelp(draft.kind)}>
          <NativeSelect
            id={id('kind')}
            testId="evidence-kind"
            value={draft.kind}
            options={KIND_OPTIONS}
            onChange={(v) => setDraft((d) => withKind(d, v))}
            isInvalid={err('kind') !== undefined}
            describedBy={describedBy(id('kind'), true, err('kind'))}
          />
        </FormField>
        {draftHasFigure(draft.kind) ? (
          <Inline space="space.150" shouldWrap testId="evidence-measure">
            <FormField id={id('figure')} name="figure" label="Figure (optional)" error={err('figure')} help="A number: 212, -18 or 3.5.">
              <Textfield
                id={id('figure')}
                testId="evidence-figure"
                inputMode="decimal"
                autoComplete="off"
                value={draft.figure}
                onChange={text('figure')}
                isInvalid={err('figure') !== undefined}
                aria-describedby={describedBy(id('figure'), true, err('figure'))}
              />
            </FormField>
            <FormField id={id('unit')} name="unit" label="Unit (optional)" error={err('unit')} help="What it counts: weekly active users, % readmissions.">
              <Textfield
                id={id('unit')}
                testId="evidence-unit"
                value={draft.unit}
                onChange={text('unit')}
                isInvalid={err('unit') !== undefined}
                aria-describedby={withWarning(describedBy(id('unit'), true, err('unit')), warningId('unit', 'unit'))}
              />
              {warningOf('unit', 'unit')}
            </FormField>
          </Inline>
        ) : null}
        {props.mode === 'confirm' ? (
          <FormField id={id('url')} name="url" label="Link" error={undefined} help="Taken from the web link on this issue.">
            <Textfield id={id('url')} value={props.fixedUrl} isReadOnly aria-describedby={`${id('url')}-help`} testId="evidence-url" />
          </FormField>
        ) : (
          <FormField id={id('url')} name="url" label="Link (optional)" error={err('url')} help="An https:// link to the notes, recording or data.">
            <Textfield
              id={id('url')}
              testId="evidence-url"
              type="url"
              value={draft.url}
              onChange={text('url')}
              isInvalid={err('url') !== undefined}
              aria-describedby={describedBy(id('url'), true, err('url'))}
            />
          </FormField>
        )}
        <FormField id={id('source-name')} name="source.name" label="Source" required error={err('source.name')} help="Who showed the problem: a person, team or data set.">
          <Textfield
            id={id('source-name')}
            testId="evidence-source-name"
            value={draft.sourceName}
            onChange={text('sourceName')}
            isInvalid={err('source.name') !== undefined}
            aria-describedby={withWarning(describedBy(id('source-name'), true, err('source.name')), warningId('source.name', 'source-name'))}
          />
          {warningOf('source.name', 'source-name')}
        </FormField>
        <Inline space="space.150" shouldWrap>
          <FormField id={id('source-role')} name="source.role" label="Role" error={err('source.role')}>
            <Textfield
              id={id('source-role')}
              testId="evidence-source-role"
              value={draft.sourceRole}
              onChange={text('sourceRole')}
              isInvalid={err('source.role') !== undefined}
              aria-describedby={withWarning(describedBy(id('source-role'), false, err('source.role')), warningId('source.role', 'source-role'))}
            />
            {warningOf('source.role', 'source-role')}
          </FormField>
          <FormField id={id('source-site')} name="source.site" label="Site" error={err('source.site')}>
            <Textfield
              id={id('source-site')}
              testId="evidence-source-site"
              value={draft.sourceSite}
              onChange={text('sourceSite')}
              isInvalid={err('source.site') !== undefined}
              aria-describedby={withWarning(describedBy(id('source-site'), false, err('source.site')), warningId('source.site', 'source-site'))}
            />
            {warningOf('source.site', 'source-site')}
          </FormField>
        </Inline>
        <FormField id={id('observed-on')} name="observedOn" label="Observed on" required error={err('observedOn')}>
          <Textfield
            id={id('observed-on')}
            testId="evidence-observed-on"
            type="date"
            value={draft.observedOn}
            onChange={text('observedOn')}
            isInvalid={err('observedOn') !== undefined}
            aria-describedby={describedBy(id('observed-on'), false, err('observedOn'))}
          />
        </FormField>
        <FormField
          id={id('summary')}
          name="summary"
          label="Summary"
          required
          error={err('summary')}
          help={`What was seen, in a sentence or two (${draft.summary.length} of ${LIMITS.summary} characters).`}
        >
          <TextArea
            id={id('summary')}
            testId="evidence-summary"
            value={draft.summary}
            onChange={text('summary')}
            isInvalid={err('summary') !== undefined}
            aria-describedby={withWarning(describedBy(id('summary'), true, err('summary')), warningId('summary', 'summary'))}
            minimumRows={3}
          />
          {warningOf('summary', 'summary')}
        </FormField>
        {asksPatientDataConfirmation(gate) ? (
          <Stack space="space.050" testId="phi-confirm">
            <label style={{ display: 'inline-flex', gap: token('space.075'), alignItems: 'center', color: token('color.text') }}>
              <input
                id={id('not-patient-data')}
                type="checkbox"
                data-testid="evidence-not-patient-data"
                checked={notPatientData}
                aria-describedby={`${id('not-patient-data')}-help${phiBlock === null ? '' : ` ${id('not-patient-data')}-error`}`}
                onChange={(e) => {
                  setNotPatientData(e.currentTarget.checked);
                  if (e.currentTarget.checked) setPhiBlock(null);
                }}
              />
              This is not patient data
            </label>
            <Box id={`${id('not-patient-data')}-help`}>
              <HelperMessage>
                The marked text only looks like a patient identifier (a ticket number, a team's phone line). Never paste patient identifiers into evidence.
              </HelperMessage>
            </Box>
            {phiBlock === null ? null : (
              <Box id={`${id('not-patient-data')}-error`} testId="field-error-notPatientData" role="alert">
                <ErrorMessage>{phiBlock}</ErrorMessage>
              </Box>
            )}
          </Stack>
        ) : null}
        <Inline space="space.100">
          <Button type="submit" appearance="primary" isDisabled={saving} isLoading={saving} testId="evidence-submit">
            {SUBMIT[mode]}
          </Button>
          <Button appearance="subtle" onClick={props.onCancel} isDisabled={saving} testId="evidence-cancel">
            Cancel
          </Button>
        </Inline>
      </Stack>
    </form>
  );
};
