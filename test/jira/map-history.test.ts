import { planningHistoryOf } from '../../src/jira/map-history';
import type { RawHistory } from '../../src/jira/client';
import { SettingsSchema } from '../../src/shared/settings';

const item = (field: string, fieldId: string | undefined, fromString: string | null, toString: string | null) => ({
  field,
  ...(fieldId === undefined ? {} : { fieldId }),
  from: null,
  fromString,
  to: null,
  toString,
});

describe('planningHistoryOf', () => {
  const fixVersion = SettingsSchema.parse({}).pi;

  it('rebuilds full fixVersion lists from per-version items, oldest first', () => {
    const histories: RawHistory[] = [
      // newest first, as some Jira answers are
      { created: '2026-06-02T09:00:00.000+0000', items: [item('Fix Version', 'fixVersions', 'PI 26.2', null), item('Fix Version', 'fixVersions', null, 'PI 26.3')] },
      { created: '2026-01-10T09:00:00.000+0000', items: [item('Fix Version', 'fixVersions', null, 'PI 26.2')] },
      { created: '2026-01-11T09:00:00.000+0000', items: [item('status', 'status', 'To Do', 'In Progress')] },
    ];
    expect(planningHistoryOf(histories, fixVersion, ['PI 26.3', 'Maintenance'])).toEqual([
      { at: '2026-01-10T09:00:00.000+0000', from: ['Maintenance'], to: ['Maintenance', 'PI 26.2'] },
      { at: '2026-06-02T09:00:00.000+0000', from: ['Maintenance', 'PI 26.2'], to: ['Maintenance', 'PI 26.3'] },
    ]);
  });

  it('reads the sprint field as comma-separated full lists', () => {
    const sprint = SettingsSchema.parse({ pi: { source: 'sprint' } }).pi;
    const histories: RawHistory[] = [
      { created: '2026-03-01T10:00:00Z', items: [item('Sprint', 'customfield_10020', 'PI 26.1 - S5', 'PI 26.1 - S5, PI 26.2 - S1')] },
    ];
    expect(planningHistoryOf(histories, sprint, [])).toEqual([
      { at: '2026-03-01T10:00:00Z', from: ['PI 26.1 - S5'], to: ['PI 26.1 - S5', 'PI 26.2 - S1'] },
    ]);
  });

  it('reads labels as space-separated lists', () => {
    const labels = SettingsSchema.parse({ pi: { source: 'labelPrefix', calendar: [{ name: '26.1', startDate: '2026-01-01', endDate: '2026-03-31' }] } }).pi;
    const histories: RawHistory[] = [{ created: '2026-02-01T00:00:00Z', items: [item('labels', 'labels', 'ux PI-26.1', 'ux PI-26.2')] }];
    expect(planningHistoryOf(histories, labels, [])).toEqual([{ at: '2026-02-01T00:00:00Z', from: ['PI-26.1', 'ux'], to: ['PI-26.2', 'ux'] }]);
  });

  it('reads a custom field and ignores other fields', () => {
    const cf = SettingsSchema.parse({
      pi: { source: 'customField', fieldId: 'customfield_10050', calendar: [{ name: 'PI 1', startDate: '2026-01-01', endDate: '2026-03-31' }] },
    }).pi;
    const histories: RawHistory[] = [
      { created: '2026-02-01T00:00:00Z', items: [item('Program Increment', 'customfield_10050', null, 'PI 1'), item('Other', 'customfield_10051', 'a', 'b')] },
    ];
    expect(planningHistoryOf(histories, cf, ['PI 1'])).toEqual([{ at: '2026-02-01T00:00:00Z', from: [], to: ['PI 1'] }]);
  });
});
