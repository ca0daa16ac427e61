import { inList, itemAndLinkedJql, piClause, quote, stripOrderBy, workItemJql } from '../../src/jira/jql';
import { SettingsSchema } from '../../src/shared/settings';

describe('JQL building', () => {
  it('quotes values and escapes quotes and backslashes', () => {
    expect(quote('PI "26.3"')).toBe('"PI \\"26.3\\""');
    expect(quote('a\\b')).toBe('"a\\\\b"');
  });

  it('builds the work-item search from a base JQL, types and the PI', () => {
    const settings = SettingsSchema.parse({ workItemTypes: ['Epic', 'Feature'] });
    const pi = { name: 'PI 26.4', startDate: '2026-10-05', endDate: '2026-12-27' };
    expect(workItemJql('project = "CLIN" ORDER BY rank', settings, piClause(settings, pi, null))).toBe(
      '(project = "CLIN") AND issuetype in ("Epic", "Feature") AND fixVersion = "PI 26.4" ORDER BY key ASC',
    );
  });

  it('names the PI per source', () => {
    const pi = { name: '26.4', startDate: '2026-10-05', endDate: '2026-12-27' };
    const cal = [{ name: '26.4', startDate: '2026-10-05', endDate: '2026-12-27' }];
    expect(piClause(SettingsSchema.parse({ pi: { source: 'labelPrefix', calendar: cal } }), pi, null)).toBe('labels = "PI-26.4"');
    expect(piClause(SettingsSchema.parse({ pi: { source: 'customField', fieldId: 'customfield_10050', calendar: cal } }), pi, null)).toBe('cf[10050] = "26.4"');
    const sprint = SettingsSchema.parse({ pi: { source: 'sprint' } });
    expect(piClause(sprint, pi, ['PI 26.4 - S1', 'PI 26.4 - S2'])).toBe('sprint in ("PI 26.4 - S1", "PI 26.4 - S2")');
    expect(piClause(sprint, pi, null)).toBeNull();
  });

  it('drops ORDER BY outside quotes only', () => {
    expect(stripOrderBy('summary ~ "order by x" ORDER BY created DESC')).toBe('summary ~ "order by x"');
    expect(stripOrderBy('project = A')).toBe('project = A');
    expect(stripOrderBy("summary ~ \"it's order by\" order by key")).toBe("summary ~ \"it's order by\"");
  });

  it('finds an item and its linked issues', () => {
    expect(itemAndLinkedJql('CLIN-7')).toBe('issue = "CLIN-7" OR issue in linkedIssues("CLIN-7")');
    expect(inList('key', ['A-1', 'B-2'])).toBe('key in ("A-1", "B-2")');
  });
});
