import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { dataOf, errorOf, harness } from './support/resolver-harness';

/**
 * The settings page's reads from the site: picker options (getSiteOptions)
 * and the live check of a draft (checkSettings), as the person calling.
 */

describe('getSiteOptions', () => {
  it('lists the site issue types, link types, settable fields and the project versions', async () => {
    const options = dataOf(await harness('sam').call('getSiteOptions', { projectKey: 'CLIN' }));
    expect(options.issueTypes.map((t) => t.name)).toEqual(expect.arrayContaining(['Epic', 'Objective', 'Strategic Theme']));
    expect(options.linkTypes.map((t) => t.name)).toContain('Supports');
    expect(options.fields).toEqual(expect.arrayContaining([{ id: 'duedate', name: 'Due date', type: 'date' }, { id: 'customfield_10020', name: 'Sprint', type: 'array' }]));
    expect(options.fields.map((f) => f.id)).not.toContain('summary');
    expect(options.versions.map((v) => v.name)).toEqual(expect.arrayContaining(['Release 2026.1']));
  });

  it('answers a project the person cannot see as not found', async () => {
    const error = errorOf(await harness('alex').call('getSiteOptions', { projectKey: 'NOPE' }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Project NOPE does not exist or you cannot see it.' });
  });
});

describe('checkSettings', () => {
  it('shows the calendar, the counts and the objectives the draft finds, and saves nothing', async () => {
    const h = harness('alex');
    const check = dataOf(await h.call('checkSettings', { projectKey: 'CLIN', settings: DEFAULT_SETTINGS }));
    expect(check.current?.name).toMatch(/^PI /);
    expect(check.next?.name).toMatch(/^PI /);
    expect(check.workItems.current).toBeGreaterThan(0);
    expect(check.workItems.next).toBeGreaterThan(0);
    expect(check.objectives.found).toBeGreaterThan(0);
    expect(check.objectives.live).toBeLessThanOrEqual(check.objectives.found);
    expect(check.undatable).toEqual([]);
    expect(dataOf(await h.call('getSettings', { projectKey: 'CLIN' })).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('follows the draft pattern: release versions make another calendar', async () => {
    const check = dataOf(
      await harness('alex').call('checkSettings', { projectKey: 'CLIN', settings: { ...DEFAULT_SETTINGS, pi: { source: 'fixVersion', namePattern: '^Release' } } }),
    );
    expect(check.pis.map((p) => p.name)).toEqual(['Release 2025.2', 'Release 2026.1']);
    expect(check.current?.name).toBe('Release 2026.1');
    expect(check.next).toBeNull();
    expect(check.workItems.next).toBeNull();
  });

  it('refuses a viewer: only project admins check drafts', async () => {
    const error = errorOf(await harness('sam').call('checkSettings', { projectKey: 'CLIN', settings: DEFAULT_SETTINGS }));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/Only admins of project CLIN/);
  });

  it('answers a draft that is not valid with its field issues', async () => {
    const error = errorOf(await harness('alex').call('checkSettings', { projectKey: 'CLIN', settings: { evidence: { freshnessMonths: 0 } } }));
    expect(error.code).toBe('INVALID_SETTINGS');
    expect(error.issues).toEqual([{ path: ['evidence', 'freshnessMonths'], message: 'At least 1 month' }]);
  });
});

describe('checkSettings with sprint PIs', () => {
  it('builds the calendar from the sprints on the project’s work items', async () => {
    const settings = { ...DEFAULT_SETTINGS, pi: { source: 'sprint', namePattern: '^(PI\\s*\\d+\\.\\d+)', sprintFieldId: 'customfield_10020' } };
    const check = dataOf(await harness('alex').call('checkSettings', { projectKey: 'CLIN', settings }));
    expect(check.current?.name).toMatch(/^PI \d+\.\d+$/);
    expect(check.pis.length).toBeGreaterThan(0);
    expect(check.undatable).toEqual([]);
  });
});
