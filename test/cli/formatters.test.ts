import fc from 'fast-check';
import { painter } from '../../src/cli/colour';
import { CSV_COLUMNS, formatCsv } from '../../src/cli/format-csv';
import { csvCell } from '../../src/shared/csv-cell';
import { formatMarkdown } from '../../src/cli/format-markdown';
import { TABLE_WIDTH, formatTable } from '../../src/cli/format-table';
import { JsonReportSchema, toJsonReport } from '../../src/cli/json-report';
import { width } from '../../src/cli/text-cells';
import type { Assessment } from '../../src/shared/assessment';
import { parseCsv } from './csv-parse';
import { aCandidate, aReport, aSizedReport, anItem } from './report-fixture';

const plain = painter(false);

describe('table', () => {
  it('puts the headline and the counts per verdict first', () => {
    const lines = formatTable(aReport([anItem('CLIN-1', 'gravity'), anItem('CLIN-2', 'aligned')]), plain).split('\n');
    expect(lines[0]).toBe('1 of 2 items in PI 26.4 only fit the next PI');
    // Seven verdicts do not fit 80 columns: the counts wrap between segments.
    expect(lines.slice(2, 4)).toEqual(['gravity 1 · zombie 0 · ungrounded 0 · unanchored 0 · aligned 1 · delivered 0', 'unplanned 0']);
  });

  it('keeps every line within 80 columns and cuts long summaries with …', () => {
    const long = 'Bedside medication scanning for every ward with barcode readers and a very long tail of words';
    const text = formatTable(aReport([anItem('CLIN-1234', 'gravity', { summary: long })]), plain);
    for (const line of text.split('\n')) expect(width(line)).toBeLessThanOrEqual(TABLE_WIDTH);
    const row = text.split('\n').find((l) => l.startsWith('CLIN-1234'));
    expect(row).toMatch(/…$/);
    expect(row).toContain('●');
  });

  it('holds 80 columns for any summary, key and headline', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.stringMatching(/^[A-Z]{1,20}-[1-9]\d{0,9}$/), fc.string({ maxLength: 200 }), (summary, key, headline) => {
        const text = formatTable(aReport([anItem(key, 'zombie', { summary, carriedOver: 12 })], { headline }), plain);
        return text.split('\n').every((line) => width(line) <= TABLE_WIDTH);
      }),
    );
  });

  it('turns control characters from Jira into spaces (no terminal escapes)', () => {
    const text = formatTable(aReport([anItem('CLIN-1', 'gravity', { summary: 'evil\u001b[2Jclear' })]), plain);
    expect(text).not.toContain('\u001b');
  });

  it('says when the result is partial and lists what could not be read', () => {
    const text = formatTable(aReport([anItem('CLIN-1', 'gravity')], { unreadable: [{ key: 'CLIN-9', reason: 'history could not be read' }] }), plain);
    expect(text).toContain('Partial result: 1 item could not be read');
    expect(text).toContain('CLIN-9: history could not be read');
  });

  it('colours verdicts only when asked', () => {
    const report = aReport([anItem('CLIN-1', 'gravity')]);
    expect(formatTable(report, painter(true))).toContain('\u001b[31m');
    expect(formatTable(report, plain)).not.toContain('\u001b[');
  });

  it('says so when the scope has no work items', () => {
    expect(formatTable(aReport([]), plain)).toContain('No work items in this scope.');
  });
});

describe('markdown', () => {
  it('has a heading, the headline, a counts table and an items table with findings codes', () => {
    const text = formatMarkdown(aReport([anItem('CLIN-1', 'gravity'), anItem('CLIN-2', 'aligned')]));
    expect(text).toMatch(/^# Factory Gravity: project CLIN/);
    expect(text).toContain('**1 of 2 items in PI 26.4 only fit the next PI**');
    expect(text).toContain('| gravity | 1 |');
    expect(text).toMatch(/\| CLIN-1 \| gravity \| 12 \| - \| 0 \| 0 \| 100 \| 0 \| ONLY_FITS \|/);
  });

  it('escapes table pipes and Markdown in summaries', () => {
    const text = formatMarkdown(aReport([anItem('CLIN-1', 'gravity', { summary: 'a | b [x](javascript:alert(1))\nnext' })]));
    const row = text.split('\n').find((l) => l.startsWith('| CLIN'));
    expect(row).toBeDefined();
    expect(row).toContain('a \\| b \\[x\\](javascript:alert(1)) next');
  });
});

describe('csv', () => {
  it('parses back: header and one row per item', () => {
    const report = aReport([anItem('CLIN-1', 'gravity', { summary: 'Has "quotes", commas\nand a line break' }), anItem('CLIN-2', 'aligned')]);
    const rows = parseCsv(formatCsv(report));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[CSV_COLUMNS.indexOf('summary')]).toBe('Has "quotes", commas\nand a line break');
    expect(rows[2]?.[CSV_COLUMNS.indexOf('verdict')]).toBe('aligned');
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tTAB'])('guards %j against formula injection', (summary) => {
    const rows = parseCsv(formatCsv(aReport([anItem('CLIN-1', 'gravity', { summary })])));
    expect(rows[1]?.[CSV_COLUMNS.indexOf('summary')]).toBe(`'${summary}`);
  });

  it('round-trips any text (with the formula guard)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const [row] = parseCsv(`${csvCell(s)}\r\n`);
        return row?.[0] === (/^[=+\-@\t\r]/.test(s) && !/^-\d+(\.\d+)?$/.test(s) ? `'${s}` : s);
      }),
    );
  });

  it.each(['-35', '-0.5', '-18'])('leaves the plain negative number %j a number (a figure column), unguarded', (figure) => {
    expect(csvCell(figure)).toBe(figure);
  });

  it.each(['-35+1', '-1e3', '- 3', '-3.', '-.5', '-3)'])('still guards %j, which is not a plain negative number', (text) => {
    expect(csvCell(text)).toBe(`'${text}`);
  });
});

describe('json', () => {
  it('matches the documented contract', () => {
    const json = toJsonReport(aReport([anItem('CLIN-1', 'gravity')], { unreadable: [{ key: 'CLIN-9', reason: 'x' }] }));
    expect(JsonReportSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
    expect(json.schemaVersion).toBe(1);
    expect(json.items[0]?.findings[0]).toEqual({
      code: 'ONLY_FITS',
      severity: 'error',
      force: 'delivery',
      message: 'Planned only because it fits',
      fix: { kind: 'link-objective', label: 'Link an objective' },
      points: 88,
    });
  });

  it('leaves out what the contract does not name', () => {
    const json = toJsonReport(aReport([anItem('CLIN-1', 'gravity')])) as unknown as { items: Record<string, unknown>[] };
    expect(json.items[0]).not.toHaveProperty('objectives');
    expect(json.items[0]).not.toHaveProperty('evidence');
  });
});

describe('sizes, capacity and the candidates waiting (every format)', () => {
  const items = [
    anItem('CLIN-1', 'gravity', { size: 13 }),
    anItem('CLIN-2', 'gravity', { size: null }),
    anItem('CLIN-4', 'gravity', { size: 5 }),
    anItem('CLIN-3', 'aligned', { size: 8 }),
  ];
  const candidates = [aCandidate('CLIN-40', { size: 8, score: 86 }), aCandidate('CLIN-41', { size: 20, plannedIn: 'PI 27.2', objectives: ['STRAT-1', 'STRAT-2'] })];
  const swaps = [
    { key: 'CLIN-1', candidates: ['CLIN-40', 'CLIN-41'] },
    { key: 'CLIN-2', candidates: [] },
    { key: 'CLIN-4', candidates: [] },
  ];
  const report = aSizedReport(items, { candidates, swaps });

  it('table: a SIZE column (? when unsized), the capacity line naming the unsized, the waiting list and a swap hint per gravity item', () => {
    const text = formatTable(report, plain);
    const lines = text.split('\n');
    expect(lines).toContain('Capacity: 26 points; gravity 18 (69%), aligned 8 (31%); 1 unsized: CLIN-2');
    expect(lines).toContain('KEY     VERDICT     SCORE  SIZE  S E D  CARRIED  SUMMARY');
    expect(lines.find((l) => l.startsWith('CLIN-1 '))).toBe('CLIN-1  gravity        12    13  ○ ○ ●        -  Summary of CLIN-1');
    expect(lines.find((l) => l.startsWith('CLIN-2 '))).toMatch(/^CLIN-2 +gravity +12 +\? +○/);
    const waiting = lines.indexOf('Waiting outside the PI');
    expect(waiting).toBeGreaterThan(lines.indexOf('KEY     VERDICT     SCORE  SIZE  S E D  CARRIED  SUMMARY'));
    expect(lines).toContain('KEY      IF PLANNED  SIZE  OBJECTIVES        FRESH  SUMMARY');
    expect(lines).toContain('CLIN-40          86     8  STRAT-1               2  Summary of CLIN-40');
    expect(lines).toContain('CLIN-41          83    20  STRAT-1,STRAT-2       2  [PI 27.2] Summary of CLIN-41');
    expect(lines).toContain('  CLIN-1 (13 points): swap for CLIN-40, CLIN-41');
    expect(lines).toContain('  CLIN-2 (unsized): no swap suggested for an unsized item');
    expect(lines).toContain('  CLIN-4 (5 points): no candidate of similar size');
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(TABLE_WIDTH);
  });

  it('table: no SIZE column when items are counted, and no waiting section without the candidates field', () => {
    const text = formatTable(aReport([anItem('CLIN-1', 'gravity')]), plain);
    expect(text).toContain('KEY     VERDICT     SCORE  S E D  CARRIED  SUMMARY');
    expect(text).toContain('Capacity: 1 item (counted: no size field); gravity 1 (100%)');
    expect(text).not.toContain('Waiting outside the PI');
  });

  it('table: says so when nothing outside the PI would be aligned', () => {
    const text = formatTable(aSizedReport(items, { candidates: [], swaps: swaps.map((s) => ({ ...s, candidates: [] })) }), plain);
    expect(text).toContain('No work item outside PI 26.4 would be aligned if planned into it.');
    expect(text).not.toContain('Swaps for the gravity items');
  });

  it('table: the waiting rows hold 80 columns for any summary, key and objectives', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.stringMatching(/^[A-Z]{1,20}-[1-9]\d{0,9}$/), fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), (summary, key, objectives) => {
        const text = formatTable(aSizedReport(items, { candidates: [aCandidate(key, { summary, objectives, size: 1234.5, plannedIn: summary })], swaps }), plain);
        return text.split('\n').every((line) => width(line) <= TABLE_WIDTH);
      }),
    );
  });

  it('markdown: a Size column, the capacity line, the waiting table and the swaps', () => {
    const text = formatMarkdown(report);
    expect(text).toContain('| Issue | Verdict | Score | Size | Strategy |');
    expect(text).toMatch(/\| CLIN-1 \| gravity \| 12 \| 13 \| 0 \| 0 \| 100 \|/);
    expect(text).toMatch(/\| CLIN-2 \| gravity \| 12 \| \? \|/);
    expect(text).toContain('Capacity: 26 points; gravity 18 (69%), aligned 8 (31%); 1 unsized: CLIN-2');
    expect(text).toContain('## Waiting outside the PI');
    expect(text).toContain('| CLIN-40 | 86 | 8 | STRAT-1 | 2 | – | Summary of CLIN-40 |');
    expect(text).toContain('| CLIN-41 | 83 | 20 | STRAT-1, STRAT-2 | 2 | PI 27.2 | Summary of CLIN-41 |');
    expect(text).toContain('- CLIN-1 (13 points): swap for CLIN-40, CLIN-41');
  });

  it('csv: size is the last column, a number or empty (never a guessed 0)', () => {
    // Added at the end after decision_by; the outcome columns came after it (issue 12).
    expect(CSV_COLUMNS.indexOf('size')).toBe(CSV_COLUMNS.indexOf('decision_by') + 1);
    const rows = parseCsv(formatCsv(report));
    expect(rows.slice(1).map((r) => [r[0], r[CSV_COLUMNS.indexOf('size')]])).toEqual([
      ['CLIN-1', '13'],
      ['CLIN-2', ''],
      ['CLIN-4', '5'],
      ['CLIN-3', '8'],
    ]);
    expect(parseCsv(formatCsv(aReport([anItem('CLIN-1', 'gravity', { size: 3 })])))[1]?.[CSV_COLUMNS.indexOf('size')]).toBe('');
  });

  it('json: items gain size, the report gains capacity, candidates and swaps, and the contract holds', () => {
    const json = toJsonReport(report);
    expect(JsonReportSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
    expect(json.items.map((i) => i.size)).toEqual([13, null, 5, 8]);
    expect(json.capacity).toEqual({
      unit: 'points',
      field: { id: 'customfield_10016', name: 'Story Points', unit: 'points' },
      total: 26,
      byVerdict: { gravity: 18, zombie: 0, ungrounded: 0, unanchored: 0, aligned: 8, delivered: 0, unplanned: 0 },
      unsized: [{ key: 'CLIN-2', summary: 'Summary of CLIN-2' }],
    });
    expect(json.candidates?.[1]).toEqual({ key: 'CLIN-41', summary: 'Summary of CLIN-41', score: 83, size: 20, objectives: ['STRAT-1', 'STRAT-2'], freshEvidence: 2, plannedIn: 'PI 27.2' });
    expect(json.swaps).toEqual(swaps);
  });

  it('json: candidates and swaps are null when the report has none (a PI that has ended, no PI, a partial read)', () => {
    const json = toJsonReport(aReport([anItem('CLIN-1', 'gravity')]));
    expect(json.candidates).toBeNull();
    expect(json.swaps).toBeNull();
    expect(json.capacity.unit).toBe('items');
  });
});

describe('the outcome of Done items in the scan (every format)', () => {
  const overdue: Assessment['outcome'] = {
    status: 'overdue',
    delivery: { on: '2026-03-03', from: 'changelog' },
    dueOn: '2026-05-26',
    daysSinceDelivery: 268,
    evidence: [],
    retirement: null,
  };
  const retired: Assessment['outcome'] = {
    ...overdue,
    status: 'retired',
    delivery: { on: '2026-03-03', from: 'resolution' },
    retirement: { rationale: 'Superseded.', decidedBy: { accountId: 'a', displayName: 'Dana Whitfield' }, decidedAt: '2026-09-14T10:00:00.000Z', version: 1 },
  };
  const retire = { kind: 'retire' as const, pi: 'PI 26.4', version: 1, sponsor: null, rationale: 'Superseded.', dueDate: null, decidedBy: { accountId: 'a', displayName: 'Dana Whitfield' }, decidedAt: '2026-09-14T10:00:00.000Z', overdue: false, verdictAtDecision: 'delivered' as const };
  const report = aReport([
    anItem('CLIN-1', 'delivered', { status: 'Done', statusCategory: 'done', outcome: overdue }),
    anItem('CLIN-2', 'delivered', { status: 'Done', statusCategory: 'done', outcome: retired, decision: retire }),
    anItem('CLIN-3', 'gravity'),
  ]);

  it('table: the outcome in brackets before the summary; a retire decision says "retired" once; nothing for an item not delivered', () => {
    const lines = formatTable(report, plain).split('\n');
    expect(lines.find((l) => l.startsWith('CLIN-1 '))).toMatch(/ \[outcome overdue\] Summary of CLIN-1$/);
    expect(lines.find((l) => l.startsWith('CLIN-2 '))).toMatch(/ \[retired\] Summary of CLIN-2$/);
    expect(lines.find((l) => l.startsWith('CLIN-3 '))).toMatch(/ Summary of CLIN-3$/);
  });

  it('markdown: the outcome after the verdict', () => {
    const text = formatMarkdown(report);
    expect(text).toContain('| CLIN-1 | delivered (outcome overdue) |');
    expect(text).toContain('| CLIN-2 | delivered (retired) |');
    expect(text).toContain('| CLIN-3 | gravity |');
  });

  it('csv: outcome, delivered_on and outcome_due_on added last, existing columns in place', () => {
    expect(CSV_COLUMNS.slice(-3)).toEqual(['outcome', 'delivered_on', 'outcome_due_on']);
    expect(CSV_COLUMNS.slice(0, 15)).toEqual(['key', 'verdict', 'score', 'strategy', 'evidence', 'delivery', 'carriedOver', 'pi', 'planning', 'headline', 'findings', 'summary', 'decision', 'decision_by', 'size']);
    const rows = parseCsv(formatCsv(report));
    expect(rows.slice(1).map((r) => r.slice(-3))).toEqual([
      ['overdue', '2026-03-03', '2026-05-26'],
      ['retired', '2026-03-03', '2026-05-26'],
      ['not-delivered', '', ''],
    ]);
  });

  it('json: each item has an outcome object (added fields only) and the contract holds', () => {
    const json = toJsonReport(report);
    expect(JsonReportSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
    expect(json.items.map((i) => i.outcome)).toEqual([
      { status: 'overdue', deliveredOn: '2026-03-03', deliveredFrom: 'changelog', dueOn: '2026-05-26', daysSinceDelivery: 268 },
      { status: 'retired', deliveredOn: '2026-03-03', deliveredFrom: 'resolution', dueOn: '2026-05-26', daysSinceDelivery: 268 },
      { status: 'not-delivered', deliveredOn: null, deliveredFrom: null, dueOn: null, daysSinceDelivery: null },
    ]);
    expect(json.items[0]?.outcome).not.toHaveProperty('evidence');
  });
});
