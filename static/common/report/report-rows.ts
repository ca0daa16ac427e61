import { VERDICTS, type Assessment, type Verdict } from '../../../src/shared/assessment';

/** Which items the table shows: verdicts picked (none picked = all) and a text that must appear in key, summary or headline. */
export interface ReportFilter {
  readonly verdicts: readonly Verdict[];
  readonly text: string;
}

export const NO_FILTER: ReportFilter = { verdicts: [], text: '' };

export const filterItems = (items: readonly Assessment[], filter: ReportFilter): Assessment[] => {
  const needle = filter.text.trim().toLowerCase();
  return items.filter(
    (a) =>
      (filter.verdicts.length === 0 || filter.verdicts.includes(a.verdict)) &&
      (needle === '' || [a.key, a.summary, a.headline, a.status].some((s) => s.toLowerCase().includes(needle))),
  );
};

export const toggleVerdict = (picked: readonly Verdict[], v: Verdict): Verdict[] =>
  picked.includes(v) ? picked.filter((p) => p !== v) : VERDICTS.filter((x) => x === v || picked.includes(x));

/** Rank for sorting by verdict: worst first, as the report orders them. */
export const verdictRank = (v: Verdict): number => VERDICTS.indexOf(v);
