import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { SettingsData } from '../../../src/shared/payloads';
import { toFieldIssues } from '../../../src/shared/result';
import { call, type UiError } from '../../common/client';
import { describeError } from '../../common/error-words';
import { describedBy, FormField } from '../../common/field';
import { NO_ISSUES, placeIssues, type PlacedIssues } from '../../common/field-issues';
import { NativeSelect } from '../../common/native-select';
import { FormSettingsSchema } from './form-schema';
import { calendarFields, draftFromSettings, draftToCandidate, SETTINGS_FIELDS, type CalendarRowDraft, type PiSourceKind, type SettingsDraft } from './settings-draft';
import { fieldId, LinesSetting, TextSetting, withDefault } from './settings-fields';

const page = xcss({ maxWidth: '44rem' });
const section = xcss({ paddingBlockStart: 'space.200', borderBlockStartWidth: 'border.width', borderBlockStartStyle: 'solid', borderBlockStartColor: 'color.border' });

const PI_SOURCES: readonly { value: PiSourceKind; label: string }[] = [
  { value: 'fixVersion', label: 'Fix versions named like a PI' },
  { value: 'sprint', label: 'Sprints named after their PI' },
  { value: 'customField', label: 'A custom field, with a PI calendar' },
  { value: 'labelPrefix', label: 'Labels with a prefix, with a PI calendar' },
];

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box xcss={section}>
    <Stack space="space.150">
      <Heading size="xsmall" as="h3">
        {title}
      </Heading>
      {children}
    </Stack>
  </Box>
);

export const SettingsForm = ({ projectKey, data, saved, onSaved }: { projectKey: string; data: SettingsData; saved: boolean; onSaved: (d: SettingsData) => void }) => {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(data.settings));
  const [issues, setIssues] = useState<PlacedIssues>(NO_ISSUES);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<UiError | null>(null);
  const [notice, setNotice] = useState<string | null>(saved ? 'Settings saved. Items are re-scored with them from now on.' : null);
  const readOnly = !data.canEdit;
  const def = data.defaults;

  const set = <K extends keyof SettingsDraft>(k: K, v: SettingsDraft[K]) => {
    setNotice(null);
    setDraft((d) => ({ ...d, [k]: v }));
  };
  const fields = [...SETTINGS_FIELDS, ...calendarFields(draft.calendar.length)];
  const err = (path: string) => issues.byField[path];
  const text = (path: string, key: Exclude<keyof SettingsDraft, 'viaParent' | 'piSource' | 'calendar'>) => ({
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

  const failureWords = failure === null ? null : describeError(failure);
  const calendarSource = draft.piSource === 'customField' || draft.piSource === 'labelPrefix';

  return (
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
              <TextSetting {...text('pi.namePattern', 'fixVersionPattern')} label="Fix version pattern" help="A regular expression; matching fix versions are PIs, dated by their start and release dates. Default: \bPI\b." />
            ) : null}
            {draft.piSource === 'sprint' ? (
              <>
                <TextSetting
                  {...text('pi.namePattern', 'sprintPattern')}
                  label="Sprint name pattern"
                  help="The first capture group names the PI (“PI 26.3 - Sprint 2” → “PI 26.3”). Default: ^(PI\s*\d+\.\d+)."
                />
                <TextSetting {...text('pi.sprintFieldId', 'sprintFieldId')} label="Sprint field id" help="Default: customfield_10020." />
              </>
            ) : null}
            {draft.piSource === 'customField' ? (
              <TextSetting {...text('pi.fieldId', 'piFieldId')} label="PI field id" help="A select or text field whose value names the PI, e.g. customfield_10050." />
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
    </Box>
  );
};
