import { piRemoval } from '../../src/services/record-decision';

describe('piRemoval: what a drop takes off the item in Jira', () => {
  it('fixVersion: removes the versions of this PI only, by name', () => {
    const fields = { fixVersions: [{ name: 'PI 26.4' }, { name: 'Release 3' }, { name: 'pi 26.4 ' }] };
    expect(piRemoval({ source: 'fixVersion', namePattern: '\\bPI\\b' }, fields, 'PI 26.4')).toEqual({
      edit: { update: { fixVersions: [{ remove: { name: 'PI 26.4' } }, { remove: { name: 'pi 26.4 ' } }] } },
      removed: ['PI 26.4', 'pi 26.4 '],
    });
  });

  it('labelPrefix: removes the labels naming this PI', () => {
    const removal = piRemoval({ source: 'labelPrefix', prefix: 'PI-', calendar: [{ name: '26.4', startDate: '2026-10-12', endDate: '2027-01-03' }] }, { labels: ['PI-26.4', 'PI-27.1', 'ward'] }, '26.4');
    expect(removal).toEqual({ edit: { update: { labels: [{ remove: 'PI-26.4' }] } }, removed: ['PI-26.4'] });
  });

  it('customField: clears the field', () => {
    const removal = piRemoval({ source: 'customField', fieldId: 'customfield_10300', calendar: [{ name: 'PI 26.4', startDate: '2026-10-12', endDate: '2027-01-03' }] }, { customfield_10300: { value: 'PI 26.4' } }, 'PI 26.4');
    expect(removal).toEqual({ edit: { fields: { customfield_10300: null } }, removed: ['PI 26.4'] });
  });

  it('sprint: clears the field when the open sprint belongs to this PI; closed sprints alone leave nothing to remove', () => {
    const source = { source: 'sprint', namePattern: '^(PI\\s*\\d+\\.\\d+)', sprintFieldId: 'customfield_10020' } as const;
    const sprint = (id: number, name: string, state: string) => ({ id, name, state, boardId: 1 });
    expect(piRemoval(source, { customfield_10020: [sprint(1, 'PI 26.3 - Sprint 4', 'closed'), sprint(2, 'PI 26.4 - Sprint 1', 'active')] }, 'PI 26.4')).toEqual({
      edit: { fields: { customfield_10020: null } },
      removed: ['PI 26.4 - Sprint 1'],
    });
    expect(piRemoval(source, { customfield_10020: [sprint(1, 'PI 26.4 - Sprint 1', 'closed')] }, 'PI 26.4').removed).toEqual([]);
  });
});
