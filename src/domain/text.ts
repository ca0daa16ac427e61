/** Small text helpers shared by the domain: name matching, ordering, plain-language counts. */

/** Trim, lower-case and collapse inner whitespace: how PI and source names are compared. */
export const normaliseName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Issue keys and names in human order ("CLIN-2" before "CLIN-10"), independent of locale. */
export const compareText = (a: string, b: string): number => {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  const n = Math.min(pa.length, pb.length);
  for (let i = 0; i < n; i += 1) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const xn = /^\d/.test(x);
    const yn = /^\d/.test(y);
    if (xn && yn) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
      return x.length - y.length;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
};

/** "1 item", "3 items". */
export const countOf = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 ? singular : plural}`;

/** "once", "twice", "3 times". */
export const times = (n: number): string => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** "A", "A and B", "A, B and C". */
export const listOf = (parts: readonly string[]): string => {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
};

/** A PI name as people say it: "PI 26.3" stays, "26.3" becomes "PI 26.3". */
export const piLabel = (name: string): string => (/^\s*PI\b/i.test(name) ? name.trim() : `PI ${name.trim()}`);

/** A regular expression from a settings pattern (case-insensitive); null when it does not compile. */
export const compilePattern = (source: string): RegExp | null => {
  try {
    return new RegExp(source, 'i');
  } catch {
    return null;
  }
};
