import { actionOf } from '../../static/issue-panel/src/fix-actions';

/** The fix of OUTCOME_DUE and OUTCOME_OVERDUE (`check-outcome`) in the issue panel (static/issue-panel/src/fix-actions.ts). */
describe('the panel action of the outcome check', () => {
  it('opens the evidence form with adoption preset, for a person who may edit the item', () => {
    expect(actionOf('check-outcome', true, false)).toBe('add-outcome-evidence');
    expect(actionOf('check-outcome', true, true)).toBe('add-outcome-evidence');
  });

  it('is only named for a person who may not edit (the finding says it needs permission)', () => {
    expect(actionOf('check-outcome', false, false)).toBeNull();
  });

  it('leaves the other evidence fixes as they were', () => {
    expect(actionOf('add-evidence', true, false)).toBe('add-evidence');
    expect(actionOf('refresh-evidence', true, false)).toBe('add-evidence');
  });
});
