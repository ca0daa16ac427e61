import { painter } from '../../src/cli/colour';
import { CSV_COLUMNS, formatCsv } from '../../src/cli/format-csv';
import { formatMarkdown } from '../../src/cli/format-markdown';
import { formatTable } from '../../src/cli/format-table';
import { JsonReportSchema, toJsonReport } from '../../src/cli/json-report';
import type { DecisionView } from '../../src/shared/decision';
import { parseCsv } from './csv-parse';
import { aReport, anItem } from './report-fixture';

const DANA = { accountId: 'acc-dana', displayName: 'Dana Whitfield' };
const PRIYA = { accountId: 'acc-priya', displayName: 'Priya Raman' };
const base = { pi: 'PI 26.4', version: 3, rationale: 'Needed for the January audit.', decidedBy: PRIYA, decidedAt: '2026-11-20T09:30:00.000Z', verdictAtDecision: 'gravity' as const };
const keep: DecisionView = { ...base, kind: 'keep', sponsor: DANA, dueDate: null, overdue: false };
const rejustify: DecisionView = { ...base, kind: 'rejustify', sponsor: null, dueDate: '2026-12-15', overdue: true };
const drop: DecisionView = { ...base, kind: 'drop', sponsor: null, dueDate: null, overdue: false };

const report = aReport([
  anItem('CLIN-1', 'gravity', { decision: keep }),
  anItem('CLIN-2', 'gravity', { decision: rejustify }),
  anItem('CLIN-3', 'gravity', { decision: drop }),
  anItem('CLIN-4', 'aligned'),
]);

describe('the PI decision in every CLI format', () => {
  it('table: the decision after the verdict, in the summary cell', () => {
    const out = formatTable(report, painter(false));
    expect(out).toMatch(/CLIN-1 .*gravity .*\[kept by Dana Whitfield\] Summary of/);
    expect(out).toMatch(/CLIN-2 .*\[re-justify by 2026-12-15 \(overdue\)\]/);
    expect(out).toMatch(/CLIN-3 .*\[dropped\]/);
    expect(out).toMatch(/CLIN-4 .*aligned .* Summary of CLIN-4/);
  });

  it('markdown: "gravity (kept by Dana Whitfield)" in the verdict column', () => {
    const out = formatMarkdown(report);
    expect(out).toContain('| CLIN-1 | gravity (kept by Dana Whitfield) |');
    expect(out).toContain('| CLIN-3 | gravity (dropped) |');
    expect(out).toContain('| CLIN-4 | aligned |');
  });

  it('CSV: decision and decision_by after summary (size was added after them), existing columns unchanged', () => {
    expect(CSV_COLUMNS.slice(12, 14)).toEqual(['decision', 'decision_by']);
    expect(CSV_COLUMNS.slice(0, 3)).toEqual(['key', 'verdict', 'score']);
    const rows = parseCsv(formatCsv(report));
    expect(rows[1]?.slice(12, 14)).toEqual(['keep', 'Dana Whitfield']);
    expect(rows[2]?.slice(12, 14)).toEqual(['rejustify', '']);
    expect(rows[4]?.slice(12, 14)).toEqual(['', '']);
  });

  it('JSON: each item has its decision or null, and the schema holds', () => {
    const json = JsonReportSchema.parse(toJsonReport(report));
    expect(json.items[0]?.decision).toEqual({
      kind: 'keep', pi: 'PI 26.4', version: 3, sponsor: DANA, rationale: 'Needed for the January audit.', dueDate: null,
      decidedBy: PRIYA, decidedAt: '2026-11-20T09:30:00.000Z', overdue: false,
    });
    expect(json.items[1]?.decision).toMatchObject({ kind: 'rejustify', dueDate: '2026-12-15', overdue: true });
    expect(json.items[3]?.decision).toBeNull();
  });
});
