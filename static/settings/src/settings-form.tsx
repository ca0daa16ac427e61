import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent } from 'react';
import type { SettingsData, SiteOptions } from '../../../src/shared/payloads';
import type { GateMode, Settings } from '../../../src/shared/settings';
import { toFieldIssues } from '../../../src/shared/result';
import { call, type UiError } from '../../common/client';
import { describeError } from '../../common/error-words';
import { describedBy, FormField } from '../../common/field';
import { NO_ISSUES, placeIssues, type PlacedIssues } from '../../common/field-issues';
import { NativeSelect } from '../../common/native-select';
import type { LoadState } from '../../common/use-load';
import { FormSettingsSchema } from './form-schema';
import { SettingsCheckPanel, useSettingsCheck } from './settings-check';
import { calendarFields, draftFromSettings, draftToCandidate, lines, SETTINGS_FIELDS, type CalendarRowDraft, type PiSourceKind, type SettingsDraft } from './settings-draft';
import { CandidatesSection, CapacitySection, TrendSection } from './capacity-sections';
import { OutcomeSection } from './outcome-section';
import { bareFieldset, fieldId, legendStyle, LinesSetting, radioRow, Section, TextSetting, withDefault, type SectionProps, type TextKey } from './settings-fields';
import { MultiPicker, SinglePicker } from './settings-pickers';
import { TransferSection } from './settings-transfer-section';
import { patternForVersions, versionsInPattern } from './site-choices';

const page = xcss({ maxWidth: '44rem', flexGrow: 1, flexShrink: 1, flexBasis: '30rem', minWidth: '0' });
const layout = xcss({ display: 'flex', flexWrap: 'wrap', gap: 'space.300', alignItems: 'flex-start' });
const side = xcss({ flexGrow: 0, flexShrink: 1, flexBasis: '22rem', minWidth: '0', position: 'sticky', top: 'space.200' });

const PI_SOURCES: readonly { value: PiSourceKind; label: string }[] = [
  { value: 'fixVersion', label: 'Fix versions named like a PI' },
  { value: 'sprint', label: 'Sprints named after their PI' },
  { value: 'customField', label: 'A custom field, with a PI calendar' },
  { value: 'labelPrefix', label: 'Labels with a prefix, with a PI calendar' },
];

const GATE_CHOICES: readonly { value: GateMode; label: string; help: string }[] = [
  { value: 'off', label: 'Off', help: 'Every transition passes; the validator checks nothing.' },
  { value: 'warn', label: 'Warn', help: 'The transition passes, and the app adds a comment to a gravity item that has no keep decision for its PI.' },
  {
    value: 'block',
    label: 'Block',
    help: 'The transition of a gravity item with no keep decision fails, with a message naming what is missing and the fix. When the app cannot check (Jira unreachable), the transition fails too.',
  },
];

/** The PI admission gate: the mode as a radio group, and the statuses it checks. */
const GateSection = ({ draft, set, err, readOnly, text, defaultMode }: SectionProps & { defaultMode: GateMode }) => {
  const error = err('gate.mode');
  return (
    <Section title="PI admission gate">
      <Text as="p" size="small" color="color.text.subtle">
        A workflow validator that stops gravity items (no live objective, no fresh field evidence) from moving on unless someone recorded a keep decision with a sponsor on the PI review page. A Jira admin attaches it to a transition of a company-managed workflow: Project settings → Workflows → edit the workflow → select the transition → Validators → Add validator → “Factory Gravity PI admission gate”.
      </Text>
      <fieldset id={fieldId('gate.mode')} data-testid={fieldId('gate.mode')} aria-describedby={error === undefined ? undefined : `${fieldId('gate.mode')}-error`} style={bareFieldset}>
        <legend style={legendStyle}>Mode</legend>
        <Stack space="space.075">
          {GATE_CHOICES.map((c) => (
            <label key={c.value} style={radioRow}>
              <input type="radio" name="gate.mode" value={c.value} checked={draft.gateMode === c.value} disabled={readOnly} onChange={() => set('gateMode', c.value)} data-testid={`gate-mode-${c.value}`} />
              <span>
                <strong>{c.label}</strong>
                {c.value === defaultMode ? ' (default)' : ''}: {c.help}
              </span>
            </label>
          ))}
        </Stack>
        {error === undefined ? null : (
          <Text as="p" color="color.text.danger" id={`${fieldId('gate.mode')}-error`}>
            {error}
          </Text>
        )}
      </fieldset>
      <LinesSetting
        {...text('gate.toStatuses', 'gateStatuses')}
        label="Check transitions into these statuses (one per line)"
        help={withDefault('Status names, any case. Empty: every transition the validator is attached to is checked.', [])}
      />
    </Section>
  );
};

/** Where the site's picker options stand: while loading or when they cannot be read, the fields are text inputs. */
export type SiteState = LoadState<SiteOptions>;

export const SettingsForm = ({
  projectKey,
  data,
  saved,
  onSaved,
  site,
}: {
  projectKey: string;
  data: SettingsData;
  saved: boolean;
  onSaved: (d: SettingsData) => void;
  site: SiteState;
}) => {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(data.settings));
  const [issues, setIssues] = useState<PlacedIssues>(NO_ISSUES);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<UiError | null>(null);
  const [notice, setNotice] = useState<string | null>(saved ? 'Settings saved. Items are re-scored with them from now on.' : null);
  const readOnly = !data.canEdit;
  const def = data.defaults;
  const check = useSettingsCheck(projectKey, draft, !readOnly);
  const options = site.status === 'ready' ? site.data : null;

  const set = <K extends keyof SettingsDraft>(k: K, v: SettingsDraft[K]) => {
    setNotice(null);
    setDraft((d) => ({ ...d, [k]: v }));
  };
  const fields = [...SETTINGS_FIELDS, ...calendarFields(draft.calendar.length)];
  const err = (path: string) => issues.byField[path];
  const text = (path: string, key: TextKey) => ({
    path,
    value: draft[key],
    onChange: (v: string) => set(key, v),
    error: err(path),
    readOnly,
  });
  const setRow = (i: number, patch: Partial<CalendarRowDraft>) => set('calendar', draft.calendar.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (readOnly || saving) return;
    setFailure(null);
    setNotice(null);
    const { candidate, local } = draftToCandidate(draft);
    const parsed = FormSettingsSchema.safeParse(candidate);
    const all = [...local, ...(parsed.success ? [] : toFieldIssues(parsed.error.issues))];
    if (all.length > 0 || !parsed.success) {
      setIssues(placeIssues(all, fields));
      setNotice('Nothing was saved: correct the marked fields.');
      return;
    }
    setIssues(NO_ISSUES);
    setSaving(true);
    const o = await call('saveSettings', { projectKey, settings: parsed.data });
    setSaving(false);
    if (o.ok) {
      onSaved(o.data);
      return;
    }
    if (o.error.issues !== undefined) setIssues(placeIssues(o.error.issues, fields, ['settings']));
    setFailure(o.error);
  };

  const reset = () => {
    setDraft(draftFromSettings(def));
    setIssues(NO_ISSUES);
    setFailure(null);
    setNotice('The defaults are in the form. Save to apply them, or reload the page to keep the current settings.');
  };

  const importSettings = (s: Settings, from: string) => {
    setDraft(draftFromSettings(s));
    setIssues(NO_ISSUES);
    setFailure(null);
    setNotice(`Imported ${from} into the form. Review it, then Save to apply it, or reload the page to keep the current settings.`);
  };
  const exportable = (() => {
    const { candidate, local } = draftToCandidate(draft);
    const parsed = FormSettingsSchema.safeParse(candidate);
    return local.length === 0 && parsed.success ? parsed.data : null;
  })();
  const picker = (path: string, key: 'workItemTypes' | 'objectiveTypes' | 'linkTypes', kind: 'workItemTypes' | 'objectiveTypes' | 'linkTypes') => ({
    path,
    kind,
    values: lines(draft[key]),
    onChange: (v: readonly string[]) => set(key, v.join('\n')),
    error: err(path),
    readOnly,
  });
  const fieldPicker = (path: string, key: 'objectivesFieldId' | 'targetDateField' | 'piFieldId' | 'sprintFieldId', kind: 'anyField' | 'dateField') => ({
    path,
    kind,
    value: draft[key],
    onChange: (v: string) => set(key, v),
    error: err(path),
    readOnly,
  });

  const failureWords = failure === null ? null : describeError(failure);
  const calendarSource = draft.piSource === 'customField' || draft.piSource === 'labelPrefix';

  return (
    <Box xcss={layout}>
      <Box xcss={page}>
        <form data-testid="settings-form" onSubmit={(e) => void save(e)} noValidate aria-label={`Factory Gravity settings for ${projectKey}`}>
          <Stack space="space.200">
            <Heading size="medium" as="h2">
              Factory Gravity settings for {projectKey}
            </Heading>
            {readOnly ? (
              <Text as="p" testId="read-only-note">
                Read only: only project admins can change these settings.
              </Text>
            ) : null}
            {data.warning === undefined ? null : (
              <div data-testid="settings-warning">
                <SectionMessage appearance="warning" title="The stored settings were not valid">
                  <Text as="p">{data.warning} The form shows the defaults in use; saving replaces the stored value.</Text>
                </SectionMessage>
              </div>
            )}
            {site.status === 'error' ? (
              <div data-testid="site-options-error">
                <SectionMessage appearance="warning" title="The site's issue types, link types and fields could not be read">
                  <Text as="p">{describeError(site.error).detail} Type the names and field ids instead; they are checked when you save.</Text>
                </SectionMessage>
              </div>
            ) : null}
            {failureWords === null ? null : (
              <SectionMessage appearance="error" title={failureWords.title}>
                <Text as="p">{failureWords.detail}</Text>
                <Text as="p">{failureWords.action}</Text>
              </SectionMessage>
            )}
            {issues.other.length === 0 ? null : (
              <SectionMessage appearance="error" title="Other problems">
                <ul>
                  {issues.other.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </SectionMessage>
            )}

            <Section title="Work items and objectives">
              {options === null ? (
                <>
                  <LinesSetting {...text('workItemTypes', 'workItemTypes')} label="Work item types (one per line)" help={withDefault('Issue types assessed as work items.', def.workItemTypes)} />
                  <LinesSetting
                    {...text('objectives.issueTypes', 'objectiveTypes')}
                    label="Objective issue types (one per line)"
                    help={withDefault('Issue types that are strategic objectives.', def.objectives.issueTypes)}
                  />
                  <LinesSetting
                    {...text('objectives.linkTypes', 'linkTypes')}
                    label="Link types (one per line)"
                    help={withDefault('Issue link types that connect an item to an objective; leave empty for any link type.', def.objectives.linkTypes)}
                  />
                </>
              ) : (
                <>
                  <MultiPicker {...picker('workItemTypes', 'workItemTypes', 'workItemTypes')} site={options} label="Work item types" help={withDefault('Issue types assessed as work items.', def.workItemTypes)} />
                  <MultiPicker
                    {...picker('objectives.issueTypes', 'objectiveTypes', 'objectiveTypes')}
                    site={options}
                    label="Objective issue types"
                    help={withDefault('Issue types that are strategic objectives.', def.objectives.issueTypes)}
                  />
                  <MultiPicker
                    {...picker('objectives.linkTypes', 'linkTypes', 'linkTypes')}
                    site={options}
                    label="Link types"
                    help={withDefault('Issue link types that connect an item to an objective; leave empty for any link type.', def.objectives.linkTypes)}
                  />
                </>
              )}
              <FormField id={fieldId('objectives.viaParent')} name="objectives.viaParent" label="Parent chain" error={err('objectives.viaParent')} help={withDefault('An objective up to three parents above the item counts.', def.objectives.viaParent)}>
                <label style={{ display: 'inline-flex', gap: token('space.075'), alignItems: 'center', color: token('color.text') }}>
                  <input
                    id={fieldId('objectives.viaParent')}
                    type="checkbox"
                    checked={draft.viaParent}
                    disabled={readOnly}
                    aria-describedby={describedBy(fieldId('objectives.viaParent'), true, err('objectives.viaParent'))}
                    onChange={(e) => set('viaParent', e.currentTarget.checked)}
                  />
                  Reach objectives through the parent chain
                </label>
              </FormField>
              {options === null ? (
                <>
                  <TextSetting
                    {...text('objectives.fieldId', 'objectivesFieldId')}
                    label="Objectives field id"
                    help={withDefault('A custom field holding objective issue keys (customfield_…); leave empty for none.', def.objectives.fieldId)}
                  />
                  <TextSetting
                    {...text('objectives.targetDateField', 'targetDateField')}
                    label="Objective target date field"
                    help={withDefault('duedate or a custom field id; an objective past this date is no longer live.', def.objectives.targetDateField)}
                  />
                </>
              ) : (
                <>
                  <SinglePicker
                    {...fieldPicker('objectives.fieldId', 'objectivesFieldId', 'anyField')}
                    site={options}
                    allowNone
                    label="Objectives field"
                    help={withDefault('A custom field holding objective issue keys; None for no field.', def.objectives.fieldId)}
                  />
                  <SinglePicker
                    {...fieldPicker('objectives.targetDateField', 'targetDateField', 'dateField')}
                    site={options}
                    allowNone={false}
                    label="Objective target date field"
                    help={withDefault('The due date or a date field; an objective past this date is no longer live.', def.objectives.targetDateField)}
                  />
                </>
              )}
            </Section>

            <Section title="Field evidence">
              <TextSetting
                {...text('evidence.freshnessMonths', 'freshnessMonths')}
                type="number"
                label="Freshness window (months)"
                help={withDefault('Evidence observed longer ago is stale (the Market Grounding horizon).', def.evidence.freshnessMonths)}
              />
              <LinesSetting
                {...text('evidence.researchPatterns', 'researchPatterns')}
                label="Research patterns (one regular expression per line)"
                help={withDefault('Web links whose URL or title match are suggested as evidence (case-insensitive).', def.evidence.researchPatterns)}
              />
              <FormField
                id={fieldId('evidence.phi.enabled')}
                name="evidence.phi.enabled"
                label="Patient data guard"
                error={err('evidence.phi.enabled')}
                help={withDefault('Evidence text that looks like a patient identifier (record numbers, dates of birth, NHS, social security and insurance numbers, phone numbers, e-mail addresses) is marked, and saving it needs a confirmation that it is not patient data.', def.evidence.phi.enabled)}
              >
                <label style={{ display: 'inline-flex', gap: token('space.075'), alignItems: 'center', color: token('color.text') }}>
                  <input
                    id={fieldId('evidence.phi.enabled')}
                    type="checkbox"
                    checked={draft.phiEnabled}
                    disabled={readOnly}
                    aria-describedby={describedBy(fieldId('evidence.phi.enabled'), true, err('evidence.phi.enabled'))}
                    onChange={(e) => set('phiEnabled', e.currentTarget.checked)}
                  />
                  Check evidence text for patient identifiers
                </label>
              </FormField>
              <LinesSetting
                {...text('evidence.phi.extraPatterns', 'phiPatterns')}
                label="Extra patient identifier patterns (one regular expression per line)"
                help={withDefault('Your own identifier shapes, such as a local record number (RE2 syntax, checked when saved). The built-in checks always run while the guard is on.', def.evidence.phi.extraPatterns)}
              />
            </Section>

            <Section title="Program Increments">
              <FormField id={fieldId('pi.source')} name="pi.source" label="Where PIs come from" error={err('pi.source')} help={`Default: ${def.pi.source}.`}>
                <NativeSelect
                  id={fieldId('pi.source')}
                  testId={fieldId('pi.source')}
                  value={draft.piSource}
                  options={PI_SOURCES}
                  onChange={(v) => set('piSource', v)}
                  isDisabled={readOnly}
                  isInvalid={err('pi.source') !== undefined}
                  describedBy={describedBy(fieldId('pi.source'), true, err('pi.source'))}
                />
              </FormField>
              {draft.piSource === 'fixVersion' ? (
                <>
                  <TextSetting {...text('pi.namePattern', 'fixVersionPattern')} label="Fix version pattern" help="A regular expression; matching fix versions are PIs, dated by their start and release dates. Default: \bPI\b." />
                  {options === null || readOnly || options.versions.length === 0 ? null : (
                    <MultiPicker
                      path="pi.versionPicker"
                      kind="versions"
                      site={options}
                      values={versionsInPattern(draft.fixVersionPattern)}
                      allowOther={false}
                      onChange={(names) => set('fixVersionPattern', patternForVersions(names))}
                      error={undefined}
                      readOnly={readOnly}
                      label={`Or pick the PI versions of ${projectKey}`}
                      help="Writes a pattern matching exactly these version names into the field above."
                    />
                  )}
                </>
              ) : null}
              {draft.piSource === 'sprint' ? (
                <>
                  <TextSetting
                    {...text('pi.namePattern', 'sprintPattern')}
                    label="Sprint name pattern"
                    help="The first capture group names the PI (“PI 26.3 - Sprint 2” → “PI 26.3”). Default: ^(PI\s*\d+\.\d+)."
                  />
                  {options === null ? (
                    <TextSetting {...text('pi.sprintFieldId', 'sprintFieldId')} label="Sprint field id" help="Default: customfield_10020." />
                  ) : (
                    <SinglePicker {...fieldPicker('pi.sprintFieldId', 'sprintFieldId', 'anyField')} site={options} allowNone={false} label="Sprint field" help="Default: customfield_10020 (Sprint)." />
                  )}
                </>
              ) : null}
              {draft.piSource === 'customField' ? (
                options === null ? (
                  <TextSetting {...text('pi.fieldId', 'piFieldId')} label="PI field id" help="A select or text field whose value names the PI, e.g. customfield_10050." />
                ) : (
                  <SinglePicker {...fieldPicker('pi.fieldId', 'piFieldId', 'anyField')} site={options} allowNone={false} label="PI field" help="A select or text field whose value names the PI." />
                )
              ) : null}
              {draft.piSource === 'labelPrefix' ? <TextSetting {...text('pi.prefix', 'labelPrefix')} label="Label prefix" help="Labels starting with this name the PI (PI-26.3). Default: PI-." /> : null}
              {calendarSource ? (
                <Stack space="space.100">
                  <Text weight="bold">PI calendar</Text>
                  <Text size="small" color="color.text.subtle">
                    Each PI's name as it appears in Jira, with its first and last day.
                  </Text>
                  {err('pi.calendar') === undefined ? null : (
                    <Box testId="field-error-pi.calendar" role="alert">
                      <Text color="color.text.danger">{err('pi.calendar')}</Text>
                    </Box>
                  )}
                  {draft.calendar.map((row, i) => (
                    <Inline key={i} space="space.100" alignBlock="end" shouldWrap testId="calendar-row">
                      {(['name', 'startDate', 'endDate'] as const).map((col) => {
                        const path = `pi.calendar.${i}.${col}`;
                        return (
                          <FormField key={col} id={fieldId(path)} name={path} label={col === 'name' ? `PI ${i + 1} name` : col === 'startDate' ? 'Starts' : 'Ends'} error={err(path)}>
                            <Textfield
                              id={fieldId(path)}
                              type={col === 'name' ? 'text' : 'date'}
                              value={row[col]}
                              isReadOnly={readOnly}
                              isInvalid={err(path) !== undefined}
                              aria-describedby={describedBy(fieldId(path), false, err(path))}
                              onChange={(e: FormEvent<HTMLInputElement>) => setRow(i, { [col]: e.currentTarget.value })}
                            />
                          </FormField>
                        );
                      })}
                      {readOnly ? null : (
                        <Button appearance="subtle" onClick={() => set('calendar', draft.calendar.filter((_, j) => j !== i))} aria-label={`Remove PI ${i + 1} from the calendar`}>
                          Remove
                        </Button>
                      )}
                    </Inline>
                  ))}
                  {readOnly ? null : (
                    <Box>
                      <Button onClick={() => set('calendar', [...draft.calendar, { name: '', startDate: '', endDate: '' }])} testId="add-calendar-row">
                        Add a PI
                      </Button>
                    </Box>
                  )}
                </Stack>
              ) : null}
            </Section>

            <Section title="Carry-over">
              <TextSetting {...text('carryOver.warnAt', 'warnAt')} type="number" label="Warn at (carry-overs)" help={withDefault('This many carry-overs raise a warning.', def.carryOver.warnAt)} />
              <TextSetting {...text('carryOver.zombieAt', 'zombieAt')} type="number" label="Zombie at (carry-overs)" help={withDefault('This many carry-overs make the item a zombie.', def.carryOver.zombieAt)} />
              <TextSetting
                {...text('carryOver.penaltyPerCarryOver', 'penaltyPerCarryOver')}
                type="number"
                label="Penalty per carry-over (points)"
                help={withDefault('Points taken off the alignment score for each carry-over.', def.carryOver.penaltyPerCarryOver)}
              />
            </Section>

            <Section title="Weights of the forces">
              <Text as="p" size="small" color="color.text.subtle">
                How much each force weighs in the alignment score (0–100 each; they need not add up to 100).
              </Text>
              <Inline space="space.150" shouldWrap>
                <TextSetting {...text('weights.strategy', 'weightStrategy')} type="number" label="Strategy" help={`Default: ${def.weights.strategy}.`} />
                <TextSetting {...text('weights.evidence', 'weightEvidence')} type="number" label="Evidence" help={`Default: ${def.weights.evidence}.`} />
                <TextSetting {...text('weights.delivery', 'weightDelivery')} type="number" label="Delivery" help={`Default: ${def.weights.delivery}.`} />
              </Inline>
            </Section>

            <CapacitySection draft={draft} set={set} err={err} readOnly={readOnly} text={text} options={options} defaults={def} />
            <TrendSection draft={draft} set={set} err={err} readOnly={readOnly} text={text} defaults={def} />
            <CandidatesSection draft={draft} set={set} err={err} readOnly={readOnly} text={text} defaults={def} />
            <OutcomeSection draft={draft} set={set} err={err} readOnly={readOnly} text={text} defaults={def} />

            <GateSection draft={draft} set={set} err={err} readOnly={readOnly} text={text} defaultMode={def.gate.mode} />

            {notice === null ? null : (
              <Text as="p" role="status" testId="settings-notice">
                {notice}
              </Text>
            )}
            {readOnly ? null : (
              <Inline space="space.100">
                <Button type="submit" appearance="primary" isLoading={saving} isDisabled={saving} testId="save-settings">
                  Save
                </Button>
                <Button onClick={reset} isDisabled={saving} testId="reset-settings">
                  Reset to defaults
                </Button>
              </Inline>
            )}
          </Stack>
        </form>
        <Box paddingBlockStart="space.300">
          <Section title="Export, import and copy">
            <TransferSection projectKey={projectKey} current={exportable} readOnly={readOnly} onImport={importSettings} />
          </Section>
        </Box>
      </Box>
      {readOnly ? null : (
        <Box xcss={side}>
          <SettingsCheckPanel state={check} />
        </Box>
      )}
    </Box>
  );
};
