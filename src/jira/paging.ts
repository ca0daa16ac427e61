/** Paging helpers shared by the client's list endpoints. */

/** A guard against a server that never says "last page". */
export const MAX_PAGES = 1000;

/** Reads every page of a startAt/maxResults list. */
export const readOffsetPages = async <T>(
  fetchPage: (startAt: number) => Promise<{ values: T[]; isLast?: boolean | undefined; total?: number | undefined; startAt?: number | undefined }>,
): Promise<T[]> => {
  const all: T[] = [];
  let startAt = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await fetchPage(startAt);
    all.push(...result.values);
    startAt += result.values.length;
    const done =
      result.values.length === 0 || result.isLast === true || (result.total !== undefined && startAt >= result.total) ||
      (result.isLast === undefined && result.total === undefined);
    if (done) break;
  }
  return all;
};

/** `list` in consecutive slices of at most `size`. */
export const chunks = <T>(list: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};
