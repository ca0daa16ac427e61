/**
 * One measured figure of the benchmark: a row of the printed table and an
 * entry of results.json. `value` and `target` are the words a person reads;
 * `data` holds the raw numbers behind them.
 */
export type FigureStatus = 'PASS' | 'MISS' | 'INFO' | 'N/A';

export interface Figure {
  readonly section: string;
  readonly name: string;
  readonly value: string;
  readonly target: string;
  readonly status: FigureStatus;
  readonly data?: Readonly<Record<string, number | string | boolean | null>>;
}

export const passOrMiss = (ok: boolean): FigureStatus => (ok ? 'PASS' : 'MISS');

/** A figure that could not be measured, with the reason in place of the value. */
export const notMeasured = (section: string, name: string, target: string, reason: unknown): Figure => ({
  section,
  name,
  value: `n/a: ${reasonOf(reason)}`,
  target,
  status: 'N/A',
});

export const reasonOf = (reason: unknown): string => {
  const text = reason instanceof Error ? reason.message : String(reason);
  const firstLine = text.split('\n')[0] ?? text;
  return firstLine.length > 90 ? `${firstLine.slice(0, 87)}...` : firstLine;
};

export const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`);
export const fmtInt = (n: number): string => n.toLocaleString('en-US');
export const fmtRatio = (r: number): string => `${r.toFixed(r >= 10 ? 1 : 2)}x`;
export const fmtMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const fmtKb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
