import { itemActivity, shortRationale, type ActivitySources } from '../../src/domain/activity';
import type { AssessmentHistoryEntry } from '../../src/shared/activity';
import type { DecisionRecord } from '../../src/shared/decision';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { calendar, change, evidence, TODAY } from './builders';

const DANA = { accountId: 'acc-dana', displayName: 'Dana Whitfield' };
const PRIYA = { accountId: 'acc-priya', displayName: 'Priya Nair' };

const decision = (overrides: Partial<DecisionRecord>): DecisionRecord => ({
  id: 'd-1',
  version: 1,
  pi: 'PI 27.1',
  kind: 'keep',
  rationale: 'The referral workflow depends on it.',
  sponsor: DANA,
  verdictAtDecision: 'gravity',
  decidedBy: PRIYA,
  decidedAt: '2026-11-24T09:00:00.000Z',
  ...overrides,
});

const hist = (on: string, verdict: AssessmentHistoryEntry['verdict'], score: number): AssessmentHistoryEntry => ({ on, verdict, score, decision: 'none', outcome: 'not-delivered' });

const sources = (overrides: Partial<ActivitySources> = {}): ActivitySources => ({
  issueKey: 'CLIN-7',
  today: TODAY,
  evidence: [],
  untrustedEvidence: 0,
  decisions: [],
  planningHistory: [],
  currentPiValues: [],
  piSource: DEFAULT_SETTINGS.pi,
  calendar: calendar(),
  changeAuthors: new Map(),
  linkChanges: [],
  objectiveKeys: new Set(),
  objectives: [],
  history: [],
  names: new Map(),
  ...overrides,
});

const texts = (s: ActivitySources) => itemActivity(s).entries.map((e) => `${e.kind}: ${e.text}`);

describe('the alignment timeline', () => {
  it('reads PI plans, moves, takings out and carry-overs from the PI field changes, naming the author where the changelog has one', () => {
    const activity = itemActivity(
      sources({
        planningHistory: [
          change('2026-06-10T10:00:00.000+0000', [], ['PI 26.2']),
          // PI 26.2 started on 2026-07-01: leaving it unfinished for a later PI is a carry-over.
          change('2026-09-20T10:00:00.000+0000', ['PI 26.2'], ['PI 26.3']),
          // PI 26.3 had not started: a re-plan, not a carry-over.
          change('2026-09-25T10:00:00.000+0000', ['PI 26.3'], ['PI 27.1']),
          change('2026-11-20T10:00:00.000+0000', ['PI 27.1'], []),
          change('2026-11-21T10:00:00.000+0000', [], ['PI 27.1', 'Release 5']),
          // A value that names no PI: nothing to show.
          change('2026-11-22T10:00:00.000+0000', ['PI 27.1', 'Release 5'], ['PI 27.1']),
        ],
        currentPiValues: ['PI 27.1'],
        changeAuthors: new Map([['2026-09-20T10:00:00.000+0000', 'Alex Rivera']]),
      }),
    );
    expect(activity.entries.map((e) => [e.at.slice(0, 10), e.kind, e.text, e.by])).toEqual([
      ['2026-11-21', 'pi-moved', 'Planned into PI 27.1', null],
      ['2026-11-20', 'pi-moved', 'Taken out of PI 27.1', null],
      ['2026-09-25', 'pi-moved', 'Moved from PI 26.3 to PI 27.1', null],
      ['2026-09-20', 'carried-over', 'Carried over from PI 26.2 unfinished, into PI 26.3', 'Alex Rivera'],
      ['2026-06-10', 'pi-moved', 'Planned into PI 26.2', null],
    ]);
  });

  it('shows counted evidence added and removed with its kind and source, by name where the item’s records name the person', () => {
    const activity = itemActivity(
      sources({
        evidence: [
          evidence({ kind: 'interview', source: { name: 'Ward 7 nurses' }, addedBy: PRIYA.accountId, addedAt: '2026-10-01T09:00:00.000Z', url: 'https://research.example.org/w7' }),
          evidence({ kind: 'support', source: { name: 'Service desk' }, addedBy: 'acc-unknown', addedAt: '2026-10-02T09:00:00.000Z', removedAt: '2026-11-02T09:00:00.000Z', removedBy: PRIYA.accountId }),
        ],
        names: new Map([[PRIYA.accountId, PRIYA.displayName]]),
        untrustedEvidence: 2,
      }),
    );
    expect(activity.entries.map((e) => [e.kind, e.text, e.by, e.ref])).toEqual([
      ['evidence-removed', 'Removed support tickets evidence from Service desk', 'Priya Nair', null],
      ['evidence-added', 'Added support tickets evidence from Service desk', null, null],
      ['evidence-added', 'Added interview evidence from Ward 7 nurses', 'Priya Nair', { url: 'https://research.example.org/w7' }],
    ]);
    expect(activity.notes).toEqual(
      expect.arrayContaining([
        '2 evidence records the app did not sign are left out: they do not count.',
        'Who added evidence is named only where the item’s own records name the person.',
      ]),
    );
  });

  it('shows decisions with their kind, PI, sponsor or due date and a short rationale, by the person who decided', () => {
    const long = 'Keep it: '.padEnd(200, 'x');
    const entries = itemActivity(
      sources({
        decisions: [
          decision({ id: 'a', kind: 'rejustify', sponsor: undefined, dueDate: '2026-12-10', decidedAt: '2026-11-01T09:00:00.000Z' }),
          decision({ id: 'b', kind: 'keep', rationale: long, decidedAt: '2026-11-10T09:00:00.000Z' }),
          decision({ id: 'c', kind: 'drop', sponsor: undefined, decidedAt: '2026-11-12T09:00:00.000Z' }),
          decision({ id: 'd', kind: 'retire', sponsor: undefined, pi: 'No PI', decidedAt: '2026-11-13T09:00:00.000Z' }),
        ],
      }),
    ).entries;
    expect(entries.map((e) => [e.text, e.by])).toEqual([
      ['Retired: The referral workflow depends on it.', 'Priya Nair'],
      ['Dropped from PI 27.1: The referral workflow depends on it.', 'Priya Nair'],
      [`Kept in PI 27.1, sponsor Dana Whitfield: ${shortRationale(long)}`, 'Priya Nair'],
      ['To re-justify in PI 27.1 by 2026-12-10: The referral workflow depends on it.', 'Priya Nair'],
    ]);
    expect(shortRationale(long)).toHaveLength(80);
    expect(shortRationale(long).endsWith('…')).toBe(true);
  });

  it('shows links to and from objectives only, and objectives done on their resolution day (a note when the day is unknown)', () => {
    const activity = itemActivity(
      sources({
        linkChanges: [
          { at: '2026-10-05T09:00:00.000+0000', by: 'Alex Rivera', key: 'STRAT-2', added: true, text: 'This issue supports STRAT-2' },
          { at: '2026-10-06T09:00:00.000+0000', by: null, key: 'CLIN-9', added: true, text: 'This issue blocks CLIN-9' },
          { at: '2026-10-07T09:00:00.000+0000', by: null, key: 'STRAT-3', added: false, text: 'This issue supports STRAT-3' },
        ],
        objectiveKeys: new Set(['STRAT-2', 'STRAT-3', 'STRAT-4']),
        objectives: [
          { key: 'STRAT-2', summary: 'Faster referrals', statusCategory: 'done', doneOn: '2026-11-15' },
          { key: 'STRAT-4', summary: 'Safer wards', statusCategory: 'done', doneOn: null },
          { key: 'STRAT-5', summary: 'Live', statusCategory: 'indeterminate', doneOn: null },
        ],
      }),
    );
    expect(activity.entries.map((e) => [e.kind, e.text, e.by, e.ref])).toEqual([
      ['objective-done', 'Objective STRAT-2 (Faster referrals) was done', null, { issueKey: 'STRAT-2' }],
      ['objective-unlinked', 'Unlinked from objective STRAT-3', null, { issueKey: 'STRAT-3' }],
      ['objective-linked', 'Linked to objective STRAT-2', 'Alex Rivera', { issueKey: 'STRAT-2' }],
    ]);
    expect(activity.notes).toContain('STRAT-4 is done, but Jira has no resolution date for it: when is not shown.');
  });

  it('shows a verdict change for each history entry whose verdict differs from the one before, and says when the history began', () => {
    const history = [hist('2026-11-02', 'gravity', 34), hist('2026-11-05', 'gravity', 38), hist('2026-11-09', 'ungrounded', 52), hist('2026-11-20', 'aligned', 80)];
    const activity = itemActivity(sources({ history }));
    expect(texts(sources({ history }))).toEqual([
      'verdict-changed: Verdict changed from ungrounded to aligned (score 52 → 80)',
      'verdict-changed: Verdict changed from gravity to ungrounded (score 38 → 52)',
    ]);
    expect(activity.entries[0]?.at).toBe('2026-11-20');
    expect(activity.notes[0]).toBe('Verdict changes are kept from 2026-11-02, when the history began.');
    expect(itemActivity(sources()).notes[0]).toBe('Verdict changes are not kept yet: the history begins the next time the app re-scores this item.');
    const full = Array.from({ length: 50 }, (_, i) => hist('2026-01-01', i % 2 === 0 ? 'gravity' : 'aligned', i));
    expect(itemActivity(sources({ history: full })).notes[0]).toBe('Verdict changes are kept from 2026-01-01, when the history began (the newest 50 assessments are kept).');
  });

  it('puts every source in one list, newest first, a day-only entry at the start of its day and an unreadable stamp last', () => {
    const entries = itemActivity(
      sources({
        history: [hist('2026-11-01', 'gravity', 30), hist('2026-11-10', 'aligned', 70)],
        decisions: [decision({ decidedAt: '2026-11-10T08:00:00.000Z' })],
        evidence: [evidence({ addedAt: '2026-11-09T23:00:00.000Z' }), evidence({ addedAt: 'sometime' })],
        planningHistory: [change('2026-11-11T10:00:00.000+0000', [], ['PI 27.1'])],
        currentPiValues: ['PI 27.1'],
      }),
    ).entries;
    expect(entries.map((e) => e.kind)).toEqual(['pi-moved', 'decision', 'verdict-changed', 'evidence-added', 'evidence-added']);
    expect(entries[4]?.at).toBe('sometime');
  });
});
