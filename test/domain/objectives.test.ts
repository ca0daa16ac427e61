import { isLive, objectiveViews } from '../../src/domain/objectives';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { TODAY, objective } from './builders';

const rules = DEFAULT_SETTINGS.objectives;

describe('objective liveness', () => {
  it('an open objective without a target date is live', () => {
    expect(isLive(objective({ targetDate: null }), TODAY)).toBe(true);
  });
  it('a done objective is not live', () => {
    expect(isLive(objective({ statusCategory: 'done' }), TODAY)).toBe(false);
  });
  it('an objective past its target date is not live', () => {
    expect(isLive(objective({ targetDate: '2026-11-25' }), TODAY)).toBe(false);
  });
  it('an objective whose target date is today is still live', () => {
    expect(isLive(objective({ targetDate: TODAY }), TODAY)).toBe(true);
  });
});

describe('objectiveViews', () => {
  it('counts only the configured issue types, case-insensitively', () => {
    const views = objectiveViews(
      [objective({ key: 'A-1', issueType: 'strategic theme' }), objective({ key: 'A-2', issueType: 'Story' })],
      rules,
      TODAY,
    );
    expect(views.map((v) => v.key)).toEqual(['A-1']);
  });

  it('counts any link type when none are configured, only the listed ones otherwise', () => {
    const candidates = [objective({ key: 'A-1', linkType: 'Relates' }), objective({ key: 'A-2', linkType: 'Implements' })];
    expect(objectiveViews(candidates, rules, TODAY)).toHaveLength(2);
    expect(objectiveViews(candidates, { ...rules, linkTypes: ['implements'] }, TODAY).map((v) => v.key)).toEqual(['A-2']);
  });

  it('counts parents only when viaParent is on, up to 3 levels', () => {
    const candidates = [
      objective({ key: 'A-1', via: 'parent', depth: 1 }),
      objective({ key: 'A-4', via: 'parent', depth: 4 }),
    ];
    expect(objectiveViews(candidates, rules, TODAY).map((v) => v.key)).toEqual(['A-1']);
    expect(objectiveViews(candidates, { ...rules, viaParent: false }, TODAY)).toEqual([]);
  });

  it('counts the field only when a field is configured', () => {
    const candidates = [objective({ key: 'A-1', via: 'field' })];
    expect(objectiveViews(candidates, rules, TODAY)).toEqual([]);
    expect(objectiveViews(candidates, { ...rules, fieldId: 'customfield_10060' }, TODAY)).toHaveLength(1);
  });

  it('lists an objective reached several ways once, by link first, whatever the order', () => {
    const byParent = objective({ key: 'A-1', via: 'parent', depth: 1 });
    const byLink = objective({ key: 'A-1', via: 'link', linkType: 'Relates' });
    const forward = objectiveViews([byParent, byLink], rules, TODAY);
    const backward = objectiveViews([byLink, byParent], rules, TODAY);
    expect(forward).toEqual(backward);
    expect(forward).toHaveLength(1);
    expect(forward[0]?.via).toBe('link');
  });

  it('marks each objective live or not and sorts by key', () => {
    const views = objectiveViews(
      [objective({ key: 'A-10', statusCategory: 'done' }), objective({ key: 'A-2', targetDate: '2027-01-01' })],
      rules,
      TODAY,
    );
    expect(views.map((v) => [v.key, v.live])).toEqual([
      ['A-2', true],
      ['A-10', false],
    ]);
  });
});
