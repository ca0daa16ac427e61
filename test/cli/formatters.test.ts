import fc from 'fast-check';
import { painter } from '../../src/cli/colour';
import { CSV_COLUMNS, formatCsv } from '../../src/cli/format-csv';
import { csvCell } from '../../src/shared/csv-cell';
import { formatMarkdown } from '../../src/cli/format-markdown';
import { TABLE_WIDTH, formatTable } from '../../src/cli/format-table';
import { JsonReportSchema, toJsonReport } from '../../src/cli/json-report';
import { width } from '../../src/cli/text-cells';
import { parseCsv } from './csv-parse';
import { aReport, anItem } from './report-fixture';

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
    expect(text).toMatch(/\| CLIN-1 \| gravity \| 12 \| 0 \| 0 \| 100 \| 0 \| ONLY_FITS \|/);
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
        return row?.[0] === (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
      }),
    );
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
