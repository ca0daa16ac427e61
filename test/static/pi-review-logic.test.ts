import type { RegisterEntry } from '../../src/shared/decision';
import { checkDraft, EMPTY_DRAFT, kindHelp, rationaleCounter } from '../../static/pi-review/src/decision-draft';
import { baselineFileName, countWords, filterRegister, registerCsv, registerFileName, registerMarkdown } from '../../static/pi-review/src/review-logic';
import { driftLine, sinceCommitWords } from '../../static/common/report/drift-words';

const PI = { name: 'PI 26.4', startDate: '2026-11-02', endDate: '2027-01-22' };
const DANA = { accountId: 'acc-dana', displayName: 'Dana Whitfield' };
const WHY = 'The ward pilot depends on it next month.';

describe('the decide dialog draft', () => {
  it('turns a complete keep into the payload the resolver parses', () => {
    expect(checkDraft({ ...EMPTY_DRAFT, rationale: WHY, sponsor: DANA }, PI)).toEqual({
      ok: true,
      input: { kind: 'keep', rationale: WHY, sponsorAccountId: 'acc-dana' },
    });
  });

  it('refuses a keep without a sponsor, naming the sponsor field', () => {
    const check = checkDraft({ ...EMPTY_DRAFT, rationale: WHY }, PI);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(Object.keys(check.problems)).toEqual(['sponsorAccountId']);
  });

  it('refuses a rationale under 10 characters (the shared schema)', () => {
    const check = checkDraft({ kind: 'drop', rationale: 'too short', sponsor: null, dueDate: '' }, PI);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems['rationale']).toMatch(/at least 10/);
    expect(checkDraft({ kind: 'drop', rationale: WHY, sponsor: null, dueDate: '' }, PI).ok).toBe(true);
  });

  it('refuses a re-justify date outside the PI and accepts one inside', () => {
    const outside = checkDraft({ kind: 'rejustify', rationale: WHY, sponsor: null, dueDate: '2027-02-01' }, PI);
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.problems['dueDate']).toMatch(/inside PI 26.4/);
    expect(checkDraft({ kind: 'rejustify', rationale: WHY, sponsor: null, dueDate: '2026-12-10' }, PI)).toEqual({
      ok: true,
      input: { kind: 'rejustify', rationale: WHY, dueDate: '2026-12-10' },
    });
    expect(checkDraft({ kind: 'rejustify', rationale: WHY, sponsor: null, dueDate: '' }, PI).ok).toBe(false);
  });

  it('counts the rationale live against 10 to 1,000', () => {
    expect(rationaleCounter('short')).toEqual({ text: '5 / 1,000', ok: false });
    expect(rationaleCounter(WHY).ok).toBe(true);
    expect(rationaleCounter('x'.repeat(1001)).ok).toBe(false);
  });

  it('says what each kind does', () => {
    expect(kindHelp('drop', 'PI 26.4')).toMatch(/^Drop takes it out of PI 26.4 in Jira/);
  });
});

const entry = (over: Partial<RegisterEntry>): RegisterEntry => ({
  issueKey: 'CLIN-7',
  summary: 'Bedside barcode printing',
  projectKey: 'CLIN',
  pi: 'PI 26.3',
  rationale: 'No ward asked for it; printers are being retired.',
  decidedBy: { accountId: 'acc-priya', displayName: 'Priya Natarajan' },
  decidedAt: '2026-11-03T10:00:00.000Z',
  version: 1,
  verdictAtDecision: 'gravity',
  removedFromPi: ['PI 26.3'],
  ...over,
});

describe('the not-doing register', () => {
  const entries = [entry({}), entry({ issueKey: 'CLIN-9', summary: 'Night shift dashboard', rationale: 'Superseded by the rota app.', decidedBy: { accountId: 'a', displayName: 'Alex Rivera' } })];

  it('filters by every word over key, summary, rationale and who', () => {
    expect(filterRegister(entries, '').length).toBe(2);
    expect(filterRegister(entries, 'clin-9').map((e) => e.issueKey)).toEqual(['CLIN-9']);
    expect(filterRegister(entries, 'PRINTERS retired').map((e) => e.issueKey)).toEqual(['CLIN-7']);
    expect(filterRegister(entries, 'alex').map((e) => e.issueKey)).toEqual(['CLIN-9']);
    expect(filterRegister(entries, 'alex printers')).toEqual([]);
    expect(countWords(1, 2)).toBe('1 of 2 entries');
    expect(countWords(2, 2)).toBe('2 entries');
  });

  it('exports CSV with quoting and formula cells neutralised', () => {
    const csv = registerCsv([entry({ summary: '=HYPERLINK("x")', rationale: 'a, b and "c" reasons' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('issueKey,summary,pi,rationale,decidedBy,decidedAt,version,verdictAtDecision,removedFromPi');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain('"a, b and ""c"" reasons"');
  });

  it('exports Markdown with pipes escaped', () => {
    const md = registerMarkdown([entry({ rationale: 'a | b' })], 'Not-doing register of CLIN');
    expect(md).toContain('# Not-doing register of CLIN');
    expect(md).toContain('a \\| b');
  });

  it('names export files after project, PI and version', () => {
    expect(baselineFileName('CLIN', 'PI 26.4', 2, 'markdown')).toBe('CLIN-PI-26.4-baseline-v2.md');
    expect(baselineFileName('CLIN', 'PI 26.4', 1, 'json')).toBe('CLIN-PI-26.4-baseline-v1.json');
    expect(registerFileName(['CLIN'], 'csv')).toBe('CLIN-not-doing-register.csv');
  });
});

describe('drift words', () => {
  it('says since when and what drifted', () => {
    expect(sinceCommitWords({ committedAt: '2026-11-02T09:00:00Z', committedBy: { accountId: 'a', displayName: 'Alex Rivera' }, version: 2 })).toBe(
      'Since commit on 2026-11-02 by Alex Rivera (v2)',
    );
    const item = { key: 'CLIN-1', summary: 's' };
    expect(driftLine({ added: [{ ...item, verdict: 'gravity' }, { ...item, key: 'CLIN-2', verdict: 'aligned' }], removed: [], worsened: [{ ...item, from: 'aligned', to: 'gravity' }], evidenceExpired: [] })).toBe(
      '2 added, 1 worsened',
    );
    expect(driftLine({ added: [], removed: [], worsened: [], evidenceExpired: [] })).toMatch(/^No drift/);
  });
});
