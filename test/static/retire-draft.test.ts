import { RETIRE_NO_PI } from '../../src/shared/decision';
import { PayloadSchemas, type DecisionResult } from '../../src/shared/payloads';
import { PI_DECISION_KINDS, checkDraft, EMPTY_DRAFT } from '../../static/pi-review/src/decision-draft';
import { checkRetire, retireCounter, retireFailure, retireMeaning, retirePayload, retirePiOf } from '../../static/issue-panel/src/retire-draft';

/** The retire dialog's logic (static/issue-panel/src/retire-draft.ts), and retire kept out of the PI review page's decide form. */

const RATIONALE = 'Nobody opens the dashboard; the ward went back to paper.';

describe('the retire rationale', () => {
  it('is 10 to 1,000 characters with visible text, checked by the resolver’s own schema', () => {
    expect(checkRetire(RATIONALE)).toEqual({ ok: true, input: { kind: 'retire', rationale: RATIONALE } });
    for (const bad of ['', 'too short', '          x', 'x'.repeat(1001)]) {
      const check = checkRetire(bad);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.problem).not.toBe('');
    }
    expect(checkRetire('x'.repeat(1000)).ok).toBe(true);
  });

  it('counts what is typed against the limits', () => {
    expect(retireCounter('')).toEqual({ text: '0 / 1,000', ok: false });
    expect(retireCounter('  123456789  ')).toEqual({ text: '9 / 1,000', ok: false });
    expect(retireCounter('1234567890')).toEqual({ text: '10 / 1,000', ok: true });
    expect(retireCounter('x'.repeat(1001)).ok).toBe(false);
  });
});

describe('the retire payload', () => {
  it('is for the item’s own PI, whichever it is, or RETIRE_NO_PI, and parses as the resolver reads it', () => {
    const input = { kind: 'retire' as const, rationale: RATIONALE };
    expect(retirePayload({ key: 'CLIN-21', pi: 'PI 26.2' }, input)).toEqual({ issueKeys: ['CLIN-21'], pi: 'PI 26.2', decision: input });
    expect(retirePiOf({ pi: null })).toBe(RETIRE_NO_PI);
    const none = retirePayload({ key: 'STRAT-6', pi: null }, input);
    expect(none.pi).toBe(RETIRE_NO_PI);
    expect(PayloadSchemas.recordDecisions.safeParse(none).success).toBe(true);
  });

  it('says what retiring means before it is confirmed: no more maintenance, the outcome, nothing changed in Jira', () => {
    const words = retireMeaning({ key: 'CLIN-21', pi: 'PI 26.2' }).join(' ');
    expect(words).toContain('stop maintaining it');
    expect(words).toContain('gravityOutcome = retired');
    expect(words).toContain('Nothing changes in Jira');
    expect(words).toContain('decision log of PI 26.2');
    expect(retireMeaning({ key: 'STRAT-6', pi: null }).join(' ')).toContain('kept in the decision log;');
  });
});

describe('the result of a retire', () => {
  const ok: DecisionResult = {
    issueKey: 'CLIN-21',
    ok: true,
    decision: {
      kind: 'retire', pi: 'PI 26.2', version: 1, rationale: RATIONALE, sponsor: null, dueDate: null,
      decidedBy: { accountId: 'a', displayName: 'Priya Nair' }, decidedAt: '2026-11-26T10:00:00.000Z', verdictAtDecision: 'delivered', overdue: false,
    },
  };
  const refused: DecisionResult = { issueKey: 'CLIN-11', ok: false, error: { code: 'BAD_PAYLOAD', message: 'CLIN-11 is not done: only a delivered item can be retired. Drop it from its PI instead.' } };

  it('null when recorded, the server’s error when refused, and a clear error when the answer names another item', () => {
    expect(retireFailure([ok], 'CLIN-21')).toBeNull();
    expect(retireFailure([refused], 'CLIN-11')).toEqual(refused.error);
    expect(retireFailure([ok], 'CLIN-22')).toMatchObject({ code: 'UNEXPECTED', message: expect.stringContaining('CLIN-22') });
  });
});

describe('the PI review page decides for PIs, it does not retire', () => {
  it('offers keep, re-justify and drop only', () => {
    expect(PI_DECISION_KINDS).toEqual(['keep', 'rejustify', 'drop']);
  });

  it('a draft of each offered kind becomes that kind, never another', () => {
    for (const kind of PI_DECISION_KINDS) {
      const check = checkDraft({ ...EMPTY_DRAFT, kind, rationale: RATIONALE, sponsor: { accountId: 'a', displayName: 'Dana' }, dueDate: '2026-12-15' }, { name: 'PI 26.4', startDate: '2026-11-01', endDate: '2027-01-22' });
      expect(check.ok && check.input.kind).toBe(kind);
    }
  });
});
