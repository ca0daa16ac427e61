import { actionOf } from '../../static/issue-panel/src/fix-actions';

/** Which button a finding's fix gets in the issue panel (static/issue-panel/src/findings-list.tsx). */
describe('the panel action of a fix', () => {
  it('sends decision fixes to the PI review page, for people who may edit and for those who may not (the page checks)', () => {
    for (const canEdit of [true, false]) {
      expect(actionOf('review-decision', canEdit, false)).toBe('open-pi-review');
      expect(actionOf('rejustify', canEdit, false)).toBe('open-pi-review');
    }
  });

  it('keeps evidence fixes to people who may edit the item', () => {
    expect(actionOf('add-evidence', true, false)).toBe('add-evidence');
    expect(actionOf('add-evidence', false, false)).toBeNull();
    expect(actionOf('confirm-suggestion', true, true)).toBe('confirm-suggestion');
    expect(actionOf('confirm-suggestion', true, false)).toBe('add-evidence');
  });

  it('opens the issue for fixes done in Jira\'s own fields, and links objectives from it', () => {
    expect(actionOf('review-planning', false, false)).toBe('open-issue');
    expect(actionOf('link-objective', false, false)).toBe('link-objective');
  });
});
