import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Figure } from './figure';

/** The one plain-text table the benchmark prints: figure, value, target, status. */
export const formatTable = (figures: readonly Figure[]): string => {
  const header = ['figure', 'value', 'target', 'status'] as const;
  const rows = figures.map((f) => [f.name, f.value, f.target, f.status] as const);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(header), line(widths.map((w) => '-'.repeat(w)))];
  let section = '';
  for (const [i, f] of figures.entries()) {
    if (f.section !== section) {
      if (section !== '') out.push('');
      out.push(`[${f.section}]`);
      section = f.section;
    }
    out.push(line(rows[i] ?? []));
  }
  return out.join('\n');
};

export interface BenchResults {
  readonly date: string;
  readonly node: string;
  readonly cpu: string;
  readonly cores: number;
  readonly durationSeconds: number;
  /** --quick: smaller sizes and fewer iterations; not the figures to report. */
  readonly quick: boolean;
  /** Wall time of each section, in seconds. */
  readonly sectionSeconds: Readonly<Record<string, number>>;
  readonly figures: readonly Figure[];
}

export const resultsOf = (figures: readonly Figure[], startedAt: number, quick: boolean, sectionSeconds: Readonly<Record<string, number>>): BenchResults => ({
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  durationSeconds: Math.round((Date.now() - startedAt) / 100) / 10,
  quick,
  sectionSeconds,
  figures,
});

export const writeResults = (path: string, results: BenchResults): void => {
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
};
