import type { JiraRequest } from '../../transport';
import { badRequest } from './responses';

/** Query parameters as Jira reads them: every value a string, arrays repeat the name. */
export class QueryParams {
  private readonly values = new Map<string, string[]>();

  constructor(query: JiraRequest['query'], allowed: readonly string[]) {
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      if (!allowed.includes(name)) {
        throw badRequest(`The sample site does not support the query parameter '${name}' here. Supported: ${allowed.join(', ') || 'none'}.`);
      }
      const list = Array.isArray(value) ? (value as readonly string[]).map(String) : [String(value)];
      this.values.set(name, list);
    }
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  string(name: string): string | undefined {
    const list = this.values.get(name);
    if (list === undefined) return undefined;
    if (list.length > 1) throw badRequest(`The query parameter '${name}' was given more than once.`);
    return list[0];
  }

  /** Comma-separated and/or repeated values, trimmed, empty ones dropped. */
  list(name: string): string[] | undefined {
    const list = this.values.get(name);
    if (list === undefined) return undefined;
    return list.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  }

  int(name: string, fallback: number, min: number): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    return parseIntParam(name, raw, min);
  }
}

export const parseIntParam = (name: string, raw: string | number, min: number): number => {
  const n = typeof raw === 'number' ? raw : /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw badRequest(`The value '${String(raw)}' for '${name}' is not a whole number.`);
  if (n < min) throw badRequest(`'${name}' must be at least ${min}.`);
  return n;
};

/** A Jira PageBean over a list (startAt/maxResults paging). */
export const pageBean = (
  all: readonly unknown[],
  startAt: number,
  maxResults: number,
  selfUrl: (startAt: number) => string,
  withSelf: boolean,
): Record<string, unknown> => {
  const values = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= all.length;
  return {
    ...(withSelf ? { self: selfUrl(startAt) } : {}),
    ...(withSelf && !isLast ? { nextPage: selfUrl(startAt + maxResults) } : {}),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values,
  };
};
