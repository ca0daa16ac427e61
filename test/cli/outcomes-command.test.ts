import fc from 'fast-check';
import { painter } from '../../src/cli/colour';
import type { CliIo } from '../../src/cli/io';
import { OUTCOME_CSV_COLUMNS, OUTCOMES_TABLE_WIDTH, formatOutcomes, outcomeDetail } from '../../src/cli/format-outcomes';
import { figureWords } from '../../src/shared/outcome-words';
import { JsonOutcomesSchema, toJsonOutcomes } from '../../src/cli/json-outcomes';
import { main } from '../../src/cli/main';
import { outcomesCommand, outcomesExitCode, parseOutcomesOptions, type ReadOutcomes } from '../../src/cli/outcomes-command';
import { width } from '../../src/cli/text-cells';
import { createSampleSite, generateLargeSite } from '../../src/jira/sample-site';
import type { OutcomeEvidence, OutcomeReport, OutcomeRow, OutcomeStatus, OutcomeView } from '../../src/shared/outcome';
import { parseCsv } from './csv-parse';
import { fakeIo, type FakeIo } from './fake-io';
import { fetchFromTransport } from './site-fetch';

const TODAY = '2026-11-26';
const plain = painter(false);
/** Wrapped text as one line, for words that may wrap anywhere. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');
const DANA = { accountId: 'acc-dana', displayName: 'Dana Whitfield' };

const usage: OutcomeEvidence = {
  id: 'ev-1',
  kind: 'adoption',
  summary: 'Pharmacy dashboard: weekly active users from the audit log',
  observedOn: '2026-10-02',
  figure: 212,
  unit: 'weekly active users',
  sourceName: 'Pharmacy informatics',
};

/** A delivered row in a given status, its dates consistent with TODAY and 12 weeks due. */
const aRow = (key: string, status: Exclude<OutcomeStatus, 'not-delivered'>, over: Partial<OutcomeView> = {}, row: Partial<OutcomeRow> = {}): OutcomeRow => {
  const byStatus: Record<typeof status, OutcomeView> = {
    overdue: { status, delivery: { on: '2026-03-03', from: 'resolution' }, dueOn: '2026-05-26', daysSinceDelivery: 268, evidence: [], retirement: null },
    pending: { status, delivery: { on: '2026-10-09', from: 'changelog' }, dueOn: '2027-01-01', daysSinceDelivery: 48, evidence: [], retirement: null },
    evidenced: { status, delivery: { on: '2026-06-01', from: 'resolution' }, dueOn: '2026-08-24', daysSinceDelivery: 178, evidence: [usage], retirement: null },
    retired: {
      status,
      delivery: { on: '2026-02-02', from: 'resolution' },
      dueOn: '2026-04-27',
      daysSinceDelivery: 297,
      evidence: [],
      retirement: { rationale: 'Superseded by the regional portal.', decidedBy: DANA, decidedAt: '2026-09-14T10:00:00.000Z', version: 2 },
    },
  };
  return {
    key,
    summary: `Summary of ${key}`,
    projectKey: key.split('-')[0] ?? 'CLIN',
    issueType: 'Epic',
    status: 'Done',
    statusCategory: 'done',
    pi: 'PI 26.1',
    outcome: { ...byStatus[status], ...over },
    ...row,
  };
};

const aReport = (items: readonly OutcomeRow[], over: Partial<OutcomeReport> = {}): OutcomeReport => {
  const counts = { overdue: 0, pending: 0, evidenced: 0, retired: 0 };
  for (const i of items) if (i.outcome.status !== 'not-delivered') counts[i.outcome.status] += 1;
  return {
    scopeLabel: 'project CLIN',
    jql: 'project = "CLIN" AND statusCategory = Done | x',
    today: TODAY,
    since: '2025-11-26',
    dueWeeks: 12,
    items,
    counts,
    headline: `${counts.overdue} of ${items.length} items delivered since 26 November 2025 show no sign of use: zombie product candidates`,
    unreadable: [],
    evidenceChecked: true,
    ...over,
  };
};

const four = aReport([aRow('CLIN-31', 'overdue'), aRow('CLIN-37', 'pending'), aRow('CLIN-12', 'evidenced'), aRow('CLIN-9', 'retired')]);

describe('the outcomes table', () => {
  const lines = formatOutcomes(four, 'table', plain).split('\n');

  it('leads with the headline, the scope and period, and the count per status', () => {
    expect(lines[0]).toBe('1 of 4 items delivered since 26 November 2025 show no sign of use: zombie');
    expect(lines).toContain('overdue 1 · pending 1 · evidenced 1 · retired 1');
    expect(lines.join(' ')).toContain('project CLIN · delivered since 2025-11-26 · today 2026-11-26 · evidence due 12');
  });

  it('one row per item in the report’s order: status, key, delivered on, time since delivery, summary; the due day, evidence or rationale under it', () => {
    const header = lines.findIndex((l) => l.startsWith('STATUS'));
    expect(lines[header]).toBe('STATUS     KEY      DELIVERED   AGO       SUMMARY');
    expect(lines.slice(header + 1, header + 10)).toEqual([
      'overdue    CLIN-31  2026-03-03  8 months  Summary of CLIN-31',
      '           No sign of use: evidence was due by 26 May (6 months ago).',
      'pending    CLIN-37  2026-10-09  6 weeks   Summary of CLIN-37',
      '           Adoption or outcome evidence due by 1 January 2027 (in 5 weeks).',
      'evidenced  CLIN-12  2026-06-01  5 months  Summary of CLIN-12',
      '           212 weekly active users (adoption, 2 October, Pharmacy informatics)',
      'retired    CLIN-9   2026-02-02  9 months  Summary of CLIN-9',
      '           Retired by Dana Whitfield on 14 September: Superseded by the regional',
      '           portal.',
    ]);
  });

  it('a delivery day Jira does not tell: unknown, no dates, and what to do', () => {
    const row = aRow('CLIN-40', 'pending', { delivery: null, dueOn: null, daysSinceDelivery: null });
    const text = formatOutcomes(aReport([row]), 'table', plain);
    expect(text).toMatch(/^pending +CLIN-40 +unknown +- +Summary of CLIN-40$/m);
    expect(oneLine(text)).toContain('Done on a day Jira does not tell: add adoption or outcome evidence once it is in use.');
  });

  it('a long rationale takes at most 3 lines and ends with …', () => {
    const rationale = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const row = aRow('CLIN-9', 'retired', { retirement: { rationale, decidedBy: DANA, decidedAt: '2026-09-14T10:00:00.000Z', version: 1 } });
    const lines = formatOutcomes(aReport([row]), 'table', plain).trimEnd().split('\n');
    const detail = lines.slice(lines.findIndex((l) => l.startsWith('retired')) + 1);
    expect(detail).toHaveLength(3);
    // The status column is as wide as its widest cell ("retired"): the detail sits under KEY.
    expect(detail.every((l) => /^ {9}(Retired|word)/.test(l))).toBe(true);
    expect(detail[2]).toMatch(/…$/);
  });

  it('holds 80 columns for any key, summary, unit and rationale, and strips terminal escapes', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{1,20}-[1-9]\d{0,9}$/),
        fc.string({ maxLength: 200 }),
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 200 }),
        (key, summary, unit, rationale, headline) => {
          const rows = [
            aRow(key, 'evidenced', { evidence: [{ ...usage, unit, figure: 123456789.25 }] }, { summary }),
            aRow(key, 'retired', { retirement: { rationale, decidedBy: { accountId: 'a', displayName: summary }, decidedAt: '2026-09-14T10:00:00.000Z', version: 1 } }, { summary }),
            aRow(key, 'overdue', { daysSinceDelivery: 5000 }, { summary }),
          ];
          const text = formatOutcomes(aReport(rows, { headline, settingsWarning: summary, unreadable: [{ key, reason: rationale }] }), 'table', plain);
          return text.split('\n').every((l) => width(l) <= OUTCOMES_TABLE_WIDTH) && !text.includes('\u001b');
        },
      ),
    );
  });

  it('turns control characters from Jira into spaces in every cell and detail line (no terminal escapes)', () => {
    const evil = 'evil\u001b[2Jclear\u0007';
    const rows = [
      aRow('CLIN-1', 'evidenced', { evidence: [{ ...usage, unit: evil, sourceName: evil }] }, { summary: evil }),
      aRow('CLIN-2', 'retired', { retirement: { rationale: evil, decidedBy: { accountId: 'a', displayName: evil }, decidedAt: '2026-09-14T10:00:00.000Z', version: 1 } }),
    ];
    const text = formatOutcomes(aReport(rows, { headline: evil, unreadable: [{ key: 'CLIN-3', reason: evil }] }), 'table', plain);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).toContain('212 evil [2Jclear');
  });

  it('says what to do when nothing is listed, and names a partial read, unchecked evidence and unreadable items', () => {
    const text = formatOutcomes(
      aReport([], {
        headline: 'No work item of this scope was delivered since 26 November 2025.',
        partial: { code: 'DEADLINE', message: 'Read 200 items before the time limit.', itemsRead: 200 },
        evidenceChecked: false,
        unreadable: [{ key: 'CLIN-9', reason: 'history could not be read' }],
      }),
      'table',
      plain,
    );
    expect(text).toContain('No delivered work item to list.');
    expect(oneLine(text)).toContain('Partial list: Read 200 items before the time limit. Or allow more time with --timeout SECONDS.');
    expect(text).toContain('Evidence not checked');
    expect(text).toContain('Partial result: 1 item could not be read');
    expect(text).toContain('  CLIN-9: history could not be read');
  });

  it('colours the status only when asked: overdue red', () => {
    expect(formatOutcomes(four, 'table', painter(true))).toContain('\u001b[31moverdue');
    expect(formatOutcomes(four, 'table', plain)).not.toContain('\u001b[');
  });
});

describe('the detail words', () => {
  it('evidence without a figure shows its summary; more records are counted; figures read as people write them', () => {
    const older = { ...usage, id: 'ev-0', observedOn: '2026-07-01' };
    const row = aRow('CLIN-12', 'evidenced', { evidence: [{ ...usage, figure: null, unit: null, kind: 'outcome', summary: 'Readmissions down' }, older] });
    expect(outcomeDetail(row, TODAY)).toBe('Readmissions down (outcome, 2 October, Pharmacy informatics; 1 more record)');
    expect(outcomeDetail(aRow('CLIN-13', 'evidenced', { evidence: [{ ...usage, figure: 90, unit: '% of beds' }] }), TODAY)).toMatch(/^90% of beds \(/);
    expect(outcomeDetail(aRow('CLIN-13', 'evidenced', { evidence: [{ ...usage, figure: 7, unit: ' ' }] }), TODAY)).toMatch(/^7 \(adoption/);
    expect([figureWords(1250), figureWords(0.45), figureWords(1e12), figureWords(-3)]).toEqual(['1,250', '0.45', '1,000,000,000,000', '-3']);
  });

  it('a due day of today, and a year that is not today’s', () => {
    expect(outcomeDetail(aRow('CLIN-1', 'pending', { dueOn: TODAY }), TODAY)).toBe('Adoption or outcome evidence due by 26 November (today).');
    expect(outcomeDetail(aRow('CLIN-1', 'overdue', { dueOn: '2025-12-01' }), TODAY)).toBe('No sign of use: evidence was due by 1 December 2025 (11 months ago).');
  });
});

describe('the outcomes Markdown', () => {
  it('a heading, the headline, counts and one escaped row per item', () => {
    const text = formatOutcomes(aReport([aRow('CLIN-31', 'overdue', {}, { summary: 'a | b *c*\nd' }), aRow('CLIN-12', 'evidenced')]), 'markdown', plain);
    expect(text).toMatch(/^# Outcomes after delivery: project CLIN\n\n\*\*1 of 2 items/);
    expect(text).toContain('Delivered since 2025-11-26 · today 2026-11-26 · evidence due 12 weeks after delivery · JQL: project = "CLIN" AND statusCategory = Done \\| x');
    expect(text).toContain('| overdue | 1 |');
    expect(text).toContain('| overdue | CLIN-31 | a \\| b \\*c\\* d | 2026-03-03 | 8 months | 2026-05-26 | No sign of use: evidence was due by 26 May (6 months ago). |');
    expect(text).toContain('| evidenced | CLIN-12 | Summary of CLIN-12 | 2026-06-01 | 5 months | 2026-08-24 | 212 weekly active users (adoption, 2 October, Pharmacy informatics) |');
  });

  it('the partial line and the empty list', () => {
    const text = formatOutcomes(aReport([], { partial: { code: 'DEADLINE', message: 'Read 3 items.', itemsRead: 3 } }), 'markdown', plain);
    expect(text).toContain('> Partial list: Read 3 items. Or allow more time with --timeout SECONDS.');
    expect(text).toContain('No delivered work item to list.');
  });
});

describe('the outcomes CSV', () => {
  it('parses back: the documented columns, one row per item in list order, empty cells where there is nothing', () => {
    const rows = parseCsv(formatOutcomes(four, 'csv', plain));
    expect(rows[0]).toEqual([...OUTCOME_CSV_COLUMNS]);
    const col = (row: number, name: (typeof OUTCOME_CSV_COLUMNS)[number]) => rows[row]?.[OUTCOME_CSV_COLUMNS.indexOf(name)];
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['CLIN-31', 'overdue'],
      ['CLIN-37', 'pending'],
      ['CLIN-12', 'evidenced'],
      ['CLIN-9', 'retired'],
    ]);
    expect([col(1, 'delivered_on'), col(1, 'delivered_from'), col(1, 'due_on'), col(1, 'days_since_delivery'), col(1, 'evidence_count')]).toEqual(['2026-03-03', 'resolution', '2026-05-26', '268', '0']);
    expect(col(2, 'delivered_from')).toBe('changelog');
    expect([col(3, 'evidence_kind'), col(3, 'evidence_figure'), col(3, 'evidence_unit'), col(3, 'evidence_observed_on'), col(3, 'evidence_source')]).toEqual([
      'adoption',
      '212',
      'weekly active users',
      '2026-10-02',
      'Pharmacy informatics',
    ]);
    expect([col(4, 'retired_rationale'), col(4, 'retired_by'), col(4, 'retired_at'), col(4, 'evidence_figure')]).toEqual([
      'Superseded by the regional portal.',
      'Dana Whitfield',
      '2026-09-14T10:00:00.000Z',
      '',
    ]);
    const unknown = parseCsv(formatOutcomes(aReport([aRow('CLIN-40', 'pending', { delivery: null, dueOn: null, daysSinceDelivery: null })]), 'csv', plain));
    expect(unknown[1]?.slice(7, 11)).toEqual(['', '', '', '']);
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)'])('guards %j against formula injection, and keeps quotes, commas and line breaks', (summary) => {
    const rows = parseCsv(formatOutcomes(aReport([aRow('CLIN-1', 'overdue', {}, { summary: `${summary}, "q"\nx` })]), 'csv', plain));
    expect(rows[1]?.[OUTCOME_CSV_COLUMNS.indexOf('summary')]).toBe(`'${summary}, "q"\nx`);
  });

  it('an empty list is the header only', () => {
    expect(parseCsv(formatOutcomes(aReport([]), 'csv', plain))).toEqual([[...OUTCOME_CSV_COLUMNS]]);
  });
});

describe('the outcomes JSON', () => {
  it('matches its schema (schemaVersion 1) and parses back to the contract’s fields', () => {
    const report = aReport(four.items, { partial: { code: 'DEADLINE', message: 'm', itemsRead: 4 }, settingsWarning: 'CLIN: defaults used' });
    const json = JsonOutcomesSchema.parse(JSON.parse(formatOutcomes(report, 'json', plain)));
    expect(json).toEqual(toJsonOutcomes(report));
    expect(json).toMatchObject({ schemaVersion: 1, since: '2025-11-26', dueWeeks: 12, partial: { itemsRead: 4 }, settingsWarning: 'CLIN: defaults used' });
    expect(json.items.map((i) => i.outcome.status)).toEqual(['overdue', 'pending', 'evidenced', 'retired']);
    expect(json.items[0]?.outcome).toEqual({ status: 'overdue', deliveredOn: '2026-03-03', deliveredFrom: 'resolution', dueOn: '2026-05-26', daysSinceDelivery: 268, evidence: [], retirement: null });
    expect(json.items[2]?.outcome.evidence).toEqual([usage]);
    expect(json.items[3]?.outcome.retirement).toMatchObject({ rationale: 'Superseded by the regional portal.', decidedBy: DANA, version: 2 });
  });

  it('leaves out what the contract does not name, and null stands for what is absent', () => {
    const leaky = { ...four, extra: 'x', items: [{ ...aRow('CLIN-1', 'overdue'), assessment: {} }] } as unknown as OutcomeReport;
    const json = JSON.parse(formatOutcomes(leaky, 'json', plain)) as Record<string, unknown>;
    expect(JsonOutcomesSchema.safeParse(json).success).toBe(true);
    expect(json).not.toHaveProperty('extra');
    expect(JSON.parse(formatOutcomes(aReport([]), 'json', plain))).toMatchObject({ partial: null, settingsWarning: null, items: [] });
  });

  it('the schema refuses a status the contract does not know', () => {
    const json = toJsonOutcomes(four);
    const bad = { ...json, items: [{ ...json.items[0], outcome: { ...json.items[0]?.outcome, status: 'zombie' } }] };
    expect(JsonOutcomesSchema.safeParse(bad).success).toBe(false);
  });
});

describe('options and exit codes', () => {
  it('--fail-on takes overdue only', () => {
    expect(parseOutcomesOptions({ failOn: 'overdue' }).failOn).toEqual(['overdue']);
    expect(parseOutcomesOptions({ failOn: 'OVERDUE,overdue' }).failOn).toEqual(['overdue']);
    expect(parseOutcomesOptions({}).failOn).toEqual([]);
    expect(() => parseOutcomesOptions({ failOn: 'pending' })).toThrow('--fail-on: "pending" is not accepted; the outcomes list fails only on overdue (use --fail-on overdue)');
    expect(() => parseOutcomesOptions({ failOn: ',' })).toThrow('--fail-on: name the outcome status to fail on: overdue');
  });

  it('--since is a real day; --pi is refused', () => {
    expect(parseOutcomesOptions({ since: '2028-02-29' }).since).toBe('2028-02-29');
    expect(parseOutcomesOptions({}).since).toBeUndefined();
    expect(() => parseOutcomesOptions({ since: '2026-02-30' })).toThrow('--since: Not a real date');
    expect(() => parseOutcomesOptions({ since: '1 March' })).toThrow('--since: Use a date like 2026-03-31');
    expect(() => parseOutcomesOptions({ pi: 'next' })).toThrow('--pi: the outcomes list is by delivery day');
  });

  it('1 with --fail-on overdue when an item is overdue, winning over a partial read; else 4 when partial; else 0', () => {
    const partial = { code: 'DEADLINE' as const, message: 'm', itemsRead: 1 };
    const none = { overdue: 0, pending: 1, evidenced: 0, retired: 0 };
    const some = { ...none, overdue: 1 };
    expect(outcomesExitCode({ counts: some }, ['overdue'])).toBe(1);
    expect(outcomesExitCode({ counts: some, partial }, ['overdue'])).toBe(1);
    expect(outcomesExitCode({ counts: some }, [])).toBe(0);
    expect(outcomesExitCode({ counts: none }, ['overdue'])).toBe(0);
    expect(outcomesExitCode({ counts: none, partial }, ['overdue'])).toBe(4);
    expect(outcomesExitCode({ counts: some, partial }, [])).toBe(4);
  });
});

/** The command over the sample site with a reader that answers a built report (and records what it was asked). */
const withReport = async (report: OutcomeReport, raw: Record<string, unknown>, io: FakeIo = fakeIo()) => {
  const calls: Parameters<ReadOutcomes>[] = [];
  const read: ReadOutcomes = async (...args) => {
    calls.push(args);
    return report;
  };
  const code = await outcomesCommand({ today: TODAY, ...raw }, io, read);
  return { code, out: io.out(), err: io.err(), calls };
};

describe('outcomesCommand with a built report', () => {
  it('hands the reader the scope, today, --since and the sample’s evidence check; prints the chosen format', async () => {
    const { code, out, calls } = await withReport(four, { project: 'CLIN', since: '2026-01-01', format: 'csv' });
    expect(code).toBe(0);
    expect(parseCsv(out)).toHaveLength(5);
    const [, , scope, today, options] = calls[0] ?? [];
    expect([scope, today, options?.since]).toEqual([{ kind: 'project', projectKey: 'CLIN' }, TODAY, '2026-01-01']);
    expect(options?.evidenceCheck).toBeDefined();
    const { calls: defaults } = await withReport(four, {});
    expect(defaults[0]?.[4]).not.toHaveProperty('since');
  });

  it('exit 1 with --fail-on overdue; the list still printed', async () => {
    const { code, out, err } = await withReport(four, { failOn: 'overdue' });
    expect([code, err]).toEqual([1, '']);
    expect(out).toContain('CLIN-31');
  });

  it('exit 4 on a partial list, with a stderr line; 1 still wins when an overdue item was read', async () => {
    const partial = aReport([aRow('CLIN-37', 'pending')], { partial: { code: 'DEADLINE', message: 'Read 100 items before the time limit.', itemsRead: 100 } });
    const cut = await withReport(partial, { failOn: 'overdue', format: 'json' });
    expect(cut.code).toBe(4);
    expect(cut.err).toBe('factory-gravity: partial outcomes list (exit 4): Read 100 items before the time limit. Or allow more time with --timeout SECONDS.\n');
    expect(JsonOutcomesSchema.parse(JSON.parse(cut.out)).partial).toMatchObject({ itemsRead: 100 });
    const overdue = await withReport({ ...four, partial: { code: 'DEADLINE', message: 'Read 4 items.', itemsRead: 4 } }, { failOn: 'overdue' });
    expect(overdue.code).toBe(1);
    expect(overdue.err).toContain('partial outcomes list (exit 1)');
  });

  it('a --since after today is refused before anything is read', async () => {
    const calls: unknown[] = [];
    const read: ReadOutcomes = async (...args) => {
      calls.push(args);
      return four;
    };
    await expect(outcomesCommand({ today: TODAY, since: '2026-11-27' }, fakeIo(), read)).rejects.toThrow(
      '--since: 2026-11-27 is after today (2026-11-26); give a day on or before today',
    );
    expect(calls).toHaveLength(0);
    expect(await outcomesCommand({ today: TODAY, since: TODAY }, fakeIo(), read)).toBe(0);
  });
});

const run = async (args: string[], io: FakeIo = fakeIo()) => {
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
};

/** One line on stderr, prefixed, no stack trace. */
const expectOneLine = (err: string, text: string) => {
  expect(err.trimEnd().split('\n')).toHaveLength(1);
  expect(err).toMatch(/^factory-gravity: /);
  expect(err).toContain(text);
};

describe('factory-gravity outcomes: bad input exits 2 with one line', () => {
  it.each([
    ['an impossible --since', ['--since', '2026-02-30'], '--since: Not a real date'],
    ['a --since after today', ['--since', '2026-11-27'], '--since: 2026-11-27 is after today (2026-11-26)'],
    ['an unknown --fail-on value', ['--fail-on', 'pending'], '"pending" is not accepted; the outcomes list fails only on overdue'],
    ['--pi', ['--pi', 'next'], '--pi: the outcomes list is by delivery day'],
    ['an unknown format', ['--format', 'xml'], '--format: Use one of table, markdown, csv, json'],
    ['two scopes', ['--project', 'CLIN', '--board', '1'], 'Choose one scope: --project or --board'],
    ['--snapshot (a snapshot holds a scan’s requests only)', ['--snapshot', 'x.json'], "unknown option '--snapshot'"],
    ['a missing settings file', ['--settings', 'nope.json'], 'Cannot read the settings file nope.json'],
  ])('%s', async (_name, args, text) => {
    const { code, out, err } = await run(['outcomes', '--today', TODAY, ...args]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expectOneLine(err, text);
  });
});

describe('factory-gravity outcomes over the sample site', () => {
  it('JSON that matches its schema, overdue first, every item delivered since --since', async () => {
    const { code, out, err } = await run(['outcomes', '--today', TODAY, '--project', 'CLIN', '--since', '2026-01-01', '--format', 'json']);
    expect([code, err]).toEqual([0, '']);
    const json = JsonOutcomesSchema.parse(JSON.parse(out));
    expect(json).toMatchObject({ scope: 'project CLIN', since: '2026-01-01', today: TODAY, evidenceChecked: true });
    expect(json.items.length).toBeGreaterThan(0);
    const order = ['overdue', 'pending', 'evidenced', 'retired'];
    const ranks = json.items.map((i) => order.indexOf(i.outcome.status));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const i of json.items) if (i.outcome.deliveredOn !== null) expect(i.outcome.deliveredOn >= '2026-01-01').toBe(true);
    for (const s of ['overdue', 'pending', 'evidenced', 'retired'] as const) expect(json.items.filter((i) => i.outcome.status === s)).toHaveLength(json.counts[s]);
  });

  it('a table within 80 columns; --fail-on overdue exits 1 when an overdue item is listed, 0 without the flag', async () => {
    const json = JsonOutcomesSchema.parse(JSON.parse((await run(['outcomes', '--today', TODAY, '--format', 'json'])).out));
    const table = await run(['outcomes', '--today', TODAY]);
    expect([table.code, table.err]).toEqual([0, '']);
    for (const line of table.out.split('\n')) expect(width(line)).toBeLessThanOrEqual(OUTCOMES_TABLE_WIDTH);
    expect(table.out.startsWith(json.headline.slice(0, 40))).toBe(true);
    const gate = await run(['outcomes', '--today', TODAY, '--fail-on', 'overdue', '--format', 'csv']);
    expect(gate.code).toBe(json.counts.overdue > 0 ? 1 : 0);
    expect(json.counts.overdue).toBeGreaterThan(0);
    expect(parseCsv(gate.out)).toHaveLength(json.items.length + 1);
  });

  it('a --since of today lists only what was delivered today (or on a day Jira does not tell)', async () => {
    const { code, out } = await run(['outcomes', '--today', TODAY, '--since', TODAY, '--format', 'json']);
    expect(code).toBe(0);
    for (const i of JsonOutcomesSchema.parse(JSON.parse(out)).items) expect([TODAY, null]).toContain(i.outcome.deliveredOn);
  });

  it('a real site: evidence counted unchecked, and the table says so', async () => {
    const io = fakeIo({ env: { JIRA_API_TOKEN: 'token' }, fetch: fetchFromTransport(createSampleSite({ today: TODAY }).transport()) });
    const { code, out } = await run(['outcomes', '--site', 'https://example.atlassian.net', '--email', 'a@example.org', '--project', 'CLIN', '--today', TODAY], io);
    expect(code).toBe(0);
    expect(out).toContain('Evidence not checked');
  });

  it('exit 3 with one line asking to report an internal error', async () => {
    let err = '';
    const io: CliIo = {
      ...fakeIo(),
      stdout: () => {
        throw new RangeError('boom');
      },
      stderr: (t) => {
        err += t;
      },
    };
    expect(await main(['outcomes', '--today', TODAY], io)).toBe(3);
    expectOneLine(err, 'internal error (RangeError: boom); please report this');
  });
});

describe('factory-gravity outcomes against the time budget (a generated site over HTTP, 0.5 s per answer)', () => {
  const site = generateLargeSite({ today: TODAY, epics: 1_500, seed: 5 });
  const slowRun = async (...extra: string[]) => {
    let now = Date.parse('2026-11-26T09:30:00Z');
    const fetchFromSite = fetchFromTransport(site.transport(), () => {
      now += 500;
    });
    const io: FakeIo = { ...fakeIo({ env: { JIRA_API_TOKEN: 'token' }, fetch: fetchFromSite }), now: () => new Date(now) };
    const args = ['outcomes', '--site', 'https://riverside.atlassian.net', '--email', 'rte@riverside.org', '--jql', 'issuetype = "Epic"', '--today', TODAY, '--format', 'json'];
    const code = await main([...args, ...extra], io);
    return { code, json: JsonOutcomesSchema.parse(JSON.parse(io.out())), err: io.err() };
  };

  it('--timeout 3: the items read, partial in the JSON, a line on stderr, exit 4; --fail-on overdue still exits 1 on an overdue item read', async () => {
    const cut = await slowRun('--timeout', '3');
    expect(cut.code).toBe(4);
    expect(cut.json.partial).toMatchObject({ code: 'DEADLINE' });
    expect(cut.err).toMatch(/^factory-gravity: partial outcomes list \(exit 4\): Read [\d,]+ items before the time limit.*--timeout SECONDS\.\n$/);
    const gate = await slowRun('--timeout', '3', '--fail-on', 'overdue');
    expect(gate.json.counts.overdue).toBeGreaterThan(0);
    expect(gate.code).toBe(1);
    expect(gate.err).toContain('partial outcomes list (exit 1)');
  }, 60_000);

  it('the default budget reads the whole list: exit 0', async () => {
    const whole = await slowRun();
    expect([whole.code, whole.err, whole.json.partial]).toEqual([0, '', null]);
  }, 60_000);
});

describe('help', () => {
  it('the program lists the outcomes command and the exit code it adds', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}outcomes \[options\] +delivered work items by outcome status/m);
    expect(out).toContain('1 an item has a --fail-on verdict (outcomes: an overdue\noutcome)');
  });

  it('outcomes --help names every option, the one --fail-on value and the --since default', async () => {
    const { code, out, err } = await run(['outcomes', '--help']);
    expect([code, err]).toEqual([0, '']);
    for (const flag of ['--sample', '--site', '--email', '--project', '--board', '--jql', '--settings', '--today', '--timeout', '--since <date>', '--format <format>', '--fail-on <status>'])
      expect(out).toContain(flag);
    expect(oneLine(out)).toContain('(only overdue is accepted)');
    expect(oneLine(out)).toContain('(default: settings outcome.lookbackMonths months before today)');
    expect(out).toContain('table, markdown, csv, json');
    expect(out).not.toContain('--snapshot');
  });
});
