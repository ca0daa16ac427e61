import { AppError } from '../shared/result';

/**
 * Paging helpers shared by the client's list endpoints. A paged read returns
 * every item or fails as a whole: a Jira whose paging loops, repeats a page
 * or lists an item twice would otherwise give a silently wrong count.
 */

/** A guard against a server that never says "last page": reaching it is a failure, never a quiet stop. */
export const MAX_PAGES = 1000;

const pagingBroken = (what: string, detail: string): AppError =>
  new AppError('JIRA_BAD_RESPONSE', `Jira's ${what} ${detail}; the report would be wrong. Try again; if it stays, report it.`);

export const endlessPaging = (what: string): AppError => pagingBroken(what, `did not end after ${MAX_PAGES} pages`);

/**
 * What a token-paged read has seen: the page each item id came from and the
 * page tokens already followed. Pages are numbered from 1.
 */
export interface PageLedger {
  /** Records a page's items; throws JIRA_BAD_RESPONSE naming the item when one was already seen (on this page or an earlier one). */
  addPage(page: number, items: readonly { readonly id: string; readonly label: string }[]): void;
  /** Records the token that leads past `page`; throws JIRA_BAD_RESPONSE when an earlier page sent the same one (a loop). */
  follow(page: number, token: string): void;
}

export const pageLedger = (what: string): PageLedger => {
  const pageOf = new Map<string, number>();
  const tokenAfter = new Map<string, number>();
  return {
    addPage(page, items) {
      for (const item of items) {
        const earlier = pageOf.get(item.id);
        if (earlier !== undefined) {
          const where = earlier === page ? `page ${page}` : `pages ${earlier} and ${page}`;
          throw pagingBroken(what, `returned ${item.label} twice (${where})`);
        }
        pageOf.set(item.id, page);
      }
    },
    follow(page, token) {
      const earlier = tokenAfter.get(token);
      if (earlier !== undefined) throw pagingBroken(what, `sent the same next-page token after pages ${earlier} and ${page} (its paging loops)`);
      tokenAfter.set(token, page);
    },
  };
};

/** One page of a startAt/maxResults list. */
export interface OffsetPage<T> {
  readonly values: T[];
  readonly isLast?: boolean | undefined;
  readonly total?: number | undefined;
  readonly startAt?: number | undefined;
}

/**
 * Reads every page of a startAt/maxResults list. Fails (JIRA_BAD_RESPONSE)
 * when a page repeats the previous page's ids, when Jira sends more items
 * than its own `total`, or when the list does not end within MAX_PAGES.
 */
export const readOffsetPages = async <T>(
  what: string,
  fetchPage: (startAt: number) => Promise<OffsetPage<T>>,
  idOf: (value: T) => string,
): Promise<T[]> => {
  const all: T[] = [];
  let startAt = 0;
  let previousIds = '';
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const result = await fetchPage(startAt);
    const ids = result.values.map(idOf).join('\u0000');
    if (page > 1 && result.values.length > 0 && ids === previousIds) throw pagingBroken(what, `sent page ${page} with the same items as page ${page - 1}`);
    previousIds = ids;
    all.push(...result.values);
    startAt += result.values.length;
    if (result.total !== undefined && all.length > result.total) {
      throw pagingBroken(what, `sent ${all.length} items although it counts ${result.total}`);
    }
    const done =
      result.values.length === 0 || result.isLast === true || (result.total !== undefined && startAt >= result.total) ||
      (result.isLast === undefined && result.total === undefined);
    if (done) return all;
  }
  throw endlessPaging(what);
};

/** `list` in consecutive slices of at most `size`. */
export const chunks = <T>(list: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
};
