import type { RawIssue } from '../../src/jira/client';
import { fieldsForSettings, groupByProject, workItemTypesOf } from '../../src/services/assess-raw-items';
import { settingsOfProjects } from '../../src/services/project-settings';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../src/shared/settings';

const raw = (key: string, fields: Record<string, unknown>): RawIssue => ({ id: key.replace(/\D/g, ''), key, fields, properties: {} });
const item = (key: string, type: string) => raw(key, { project: { key: key.split('-')[0] }, issuetype: { name: type } });

const features = SettingsSchema.parse({ workItemTypes: ['Feature'] });
const settingsOf = settingsOfProjects(new Map([['PAT', { settings: features }], ['BAD', { settings: DEFAULT_SETTINGS, warning: 'BAD is broken' }]]));

describe('grouping searched items by project', () => {
  it('keeps an item only when its type is a work item of its own project', () => {
    const { groups, unreadable } = groupByProject([item('CLIN-1', 'Epic'), item('CLIN-2', 'Feature'), item('PAT-1', 'Feature'), item('PAT-2', 'Epic')], settingsOf);
    expect(groups.map((g) => [g.projectKey, g.items.map((i) => i.key), g.settings.workItemTypes])).toEqual([
      ['CLIN', ['CLIN-1'], ['Epic']],
      ['PAT', ['PAT-1'], ['Feature']],
    ]);
    expect(unreadable).toEqual([]);
  });

  it('reports an item without a project or type as unreadable, and the warnings of the projects it holds', () => {
    const { groups, unreadable, warnings } = groupByProject([raw('X-1', { summary: 'no project' }), item('BAD-1', 'Epic')], settingsOf);
    expect(unreadable).toEqual([{ key: 'X-1', reason: expect.stringMatching(/project or issue type/) }]);
    expect(groups.map((g) => g.projectKey)).toEqual(['BAD']);
    expect(warnings).toEqual(['BAD is broken']);
  });

  it('searches for the union of every involved project’s types and fields', () => {
    expect(workItemTypesOf(settingsOf.all)).toEqual(['Epic', 'Feature']);
    const withField = SettingsSchema.parse({ objectives: { fieldId: 'customfield_10500' } });
    expect(fieldsForSettings([DEFAULT_SETTINGS, withField])).toContain('customfield_10500');
  });
});
