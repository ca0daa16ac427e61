import fc from 'fast-check';
import { IssueFieldsSchema, SprintFieldValueSchema } from '../../src/jira/schemas';
import { isSprintFieldValue, safeParseIssueFields } from '../../src/jira/schemas/issue-fields-fast';
import { readEvidenceRecordFast } from '../../src/jira/schemas/evidence-record-fast';
import { isCalendarDate } from '../../src/shared/calendar-date';
import { EvidenceRecordSchema, isHttpsUrl, LIMITS } from '../../src/shared/evidence';
import { prepareScoringInputs } from '../bench/scoring-inputs';

/**
 * The hot path reads issue fields and evidence records with hand-written
 * checks before zod. They must never disagree with the zod schemas they
 * stand in for: accept only what zod accepts, and return exactly what zod
 * returns (same values, same key order). These properties pin that.
 */

const absent = '__absent__';
const str = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('', ' ', '  x ', 'a'.repeat(max), 'a'.repeat(max + 1), ` ${'a'.repeat(max)} `, 'ok', '\u0000', '\u200B\u202E', ' \u2066\u2069 ', '\u200Bok'),
  );
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof(a, fc.constantFrom(undefined, null, 3), fc.constant(absent));
const dropAbsent = (o: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== absent));

/** Figures as stored: in range, at and past ±LIMITS.figure, not finite, not numbers. */
const figure = fc.oneof(
  fc.double({ min: -LIMITS.figure, max: LIMITS.figure, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(LIMITS.figure, -LIMITS.figure, LIMITS.figure + 1, -LIMITS.figure - 1, Number.NaN, Infinity, -Infinity, -0, 3.5, '212', '12 users', true, [], {}),
);

const evidenceRecord = fc
  .record({
    kind: fc.oneof(fc.constantFrom('interview', 'survey', 'stakeholder-request', 'adoption', 'outcome', 'Survey', ' survey', 'Adoption'), fc.string({ maxLength: 3 })),
    url: opt(fc.constantFrom('https://a.com/x', ' https://a.com ', 'http://a.com', 'https://u@a.com', 'https://a.99', '')),
    source: fc.oneof(
      fc.record({ name: str(120), role: opt(str(120)), site: opt(str(120)), extra: opt(fc.constant(1)) }).map(dropAbsent),
      fc.constant(null),
      fc.constant('x'),
    ),
    observedOn: fc.constantFrom('2026-01-01', '2026-02-30', '0000-01-01', ' 2026-01-01', '2026-1-1', 5),
    summary: str(500),
    figure: opt(figure),
    unit: opt(str(40)),
    id: str(64),
    addedBy: str(128),
    addedAt: str(40),
    fromLinkId: opt(str(64)),
    removedAt: opt(str(40)),
    removedBy: opt(str(128)),
    junk: opt(fc.constant('j')),
  })
  .map(dropAbsent);

/** Mostly valid records (the common case the fast path serves), with a few fields off. */
const likelyValidRecord = fc
  .record({
    kind: fc.constantFrom('interview', 'observation', 'survey', 'analytics', 'support', 'win-loss', 'stakeholder-request', 'adoption', 'outcome', 'Survey'),
    url: fc.constantFrom(absent, 'https://a.com/x', ' https://wiki.example.org/p?q=1 ', 'http://a.com'),
    source: fc
      .record({
        name: fc.constantFrom('Ward 4B nurses', ' Dr. Osei ', '', '\u200B\u200B', '\u0000'),
        role: fc.constantFrom(absent, 'Nurse', ' ', '\u202E'),
        site: fc.constantFrom(absent, 'Riverside', '\u2066\u2069'),
      })
      .map(dropAbsent),
    observedOn: fc.constantFrom('2026-01-01', '2025-12-31', '2026-02-30'),
    summary: fc.constantFrom('Handover pain', ' padded ', 'a'.repeat(501), '\u200B \uFEFF'),
    figure: fc.constantFrom(absent, absent, 212, -18, 3.5, 0, LIMITS.figure, LIMITS.figure * 10, Number.NaN, '212'),
    unit: fc.constantFrom(absent, absent, 'weekly active users', ' % readmissions ', '', 'u'.repeat(41), '\u200B'),
    id: fc.constantFrom('e1', 'v1-abc'),
    addedBy: fc.constantFrom('priya', ''),
    addedAt: fc.constantFrom('2026-01-02T00:00:00Z'),
    fromLinkId: fc.constantFrom(absent, '10001'),
    removedAt: fc.constantFrom(absent, '2026-03-01T00:00:00Z'),
    removedBy: fc.constantFrom(absent, 'sam'),
  })
  .map(dropAbsent);

describe('fast readers agree with the zod schemas', () => {
  it('an evidence record is read exactly as EvidenceRecordSchema reads it, or left to zod', () => {
    let fast = 0;
    let measured = 0;
    fc.assert(
      fc.property(fc.oneof(evidenceRecord, likelyValidRecord), (record) => {
        const viaZod = EvidenceRecordSchema.safeParse(record);
        const viaFast = readEvidenceRecordFast(record);
        if (viaFast === null) return;
        fast += 1;
        if (viaFast.figure !== undefined || viaFast.unit !== undefined) measured += 1;
        expect(viaZod.success).toBe(true);
        expect(JSON.stringify(viaFast)).toBe(JSON.stringify(viaZod.data));
      }),
      { numRuns: 5000 },
    );
    expect(fast).toBeGreaterThan(0);
    // The fast path serves records with a figure and unit too, not only by leaving them to zod.
    expect(measured).toBeGreaterThan(0);
  });

  it('reads the figure and unit of adoption and outcome records, in the schema’s key order', () => {
    const record = {
      id: 'ad-1',
      addedAt: '2026-11-02T09:00:00.000Z',
      addedBy: 'acct-priya',
      unit: ' weekly active users ',
      figure: 212,
      summary: 'Bed board opened by 212 ward staff a week',
      observedOn: '2026-11-01',
      source: { name: 'Usage analytics' },
      kind: 'adoption',
    };
    const viaFast = readEvidenceRecordFast(record);
    expect(viaFast).toEqual({ ...record, unit: 'weekly active users' });
    expect(Object.keys(viaFast ?? {})).toEqual(['kind', 'source', 'observedOn', 'summary', 'figure', 'unit', 'id', 'addedBy', 'addedAt']);
    expect(JSON.stringify(viaFast)).toBe(JSON.stringify(EvidenceRecordSchema.parse(record)));
    expect(readEvidenceRecordFast({ ...record, figure: LIMITS.figure + 1 })).toBeNull();
    expect(readEvidenceRecordFast({ ...record, figure: '212' })).toBeNull();
    expect(readEvidenceRecordFast({ ...record, unit: 'u'.repeat(LIMITS.unit + 1) })).toBeNull();
  });

  it('issue fields: the fast check accepts and refuses exactly what IssueFieldsSchema does, with zod’s messages', async () => {
    const inputs = await prepareScoringInputs(200, '2026-11-26');
    const originals = inputs.raws.map((r) => JSON.stringify(r.fields));
    const replacements: unknown[] = [null, undefined, 1, 1.5, 'x', '', [], {}, [1], [{}], { name: 'n' }, { key: 'K-1' }, true, 2 ** 60, Number.NaN];
    const pathsOf = (o: unknown, prefix: string[] = [], out: string[][] = []): string[][] => {
      if (o !== null && typeof o === 'object') {
        for (const k of Object.keys(o)) {
          out.push([...prefix, k]);
          pathsOf((o as Record<string, unknown>)[k], [...prefix, k], out);
        }
      }
      return out;
    };
    fc.assert(
      fc.property(
        fc.nat(originals.length - 1),
        fc.array(fc.tuple(fc.nat(100_000), fc.nat(replacements.length)), { maxLength: 3 }),
        (index, mutations) => {
          const fields = JSON.parse(originals[index] ?? '{}') as Record<string, unknown>;
          for (const [p, v] of mutations) {
            const paths = pathsOf(fields);
            const path = paths[p % paths.length];
            if (path === undefined) continue;
            let parent: Record<string, unknown> = fields;
            for (const k of path.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
            const last = path[path.length - 1] as string;
            const value = replacements[v];
            if (v === replacements.length) delete parent[last];
            else parent[last] = value !== null && typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value;
          }
          const viaZod = IssueFieldsSchema.safeParse(fields);
          const viaFast = safeParseIssueFields(fields);
          expect(viaFast.success).toBe(viaZod.success);
          if (!viaZod.success && !viaFast.success) expect(viaFast.error.issues).toEqual(viaZod.error.issues);
          const sprints = fields['customfield_10020'];
          if (Array.isArray(sprints)) {
            for (const s of sprints) if (isSprintFieldValue(s)) expect(SprintFieldValueSchema.safeParse(s).success).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('isHttpsUrl agrees with the URL parser plus the raw-text checks of the link rule, on links and on noise', () => {
    // The link rule written the slow, obvious way (src/shared/link-url.ts): the fast regex inside must never disagree.
    const byUrlParser = (s: string): boolean => {
      if (!/^https:\/\//i.test(s)) return false;
      if (Array.from(s).some((c) => /[\p{Cc}\p{Cf}\p{White_Space}"'`<>\\]/u.test(c))) return false;
      if ((s.slice('https://'.length).split(/[/?#]/, 1)[0] ?? '').includes('@')) return false;
      try {
        const u = new URL(s);
        return u.protocol === 'https:' && u.hostname.length > 0 && u.username === '' && u.password === '';
      } catch {
        return false;
      }
    };
    const chars = fc.constantFrom('a', 'z', '0', '9', '-', '.', '/', ':', '?', '#', '@', '%', 'x', ' ', '\t', '\u0000', 'é', '[', ']', '\\', '1', '5', '"', "'", '<', '>', '`', '\u200B', '\u202E');
    const tail = fc.array(chars, { maxLength: 20 }).map((a) => a.join(''));
    const url = fc
      .tuple(fc.constantFrom('https://', 'HTTPS://', 'https:/', 'http://', 'https://xn--', 'https://a.', 'https:///', 'javascript:', 'data:'), tail)
      .map(([a, b]) => a + b);
    fc.assert(
      fc.property(fc.oneof(url, fc.string(), fc.webUrl().map((u) => u.replace(/^http:/, 'https:'))), (s) => {
        expect(isHttpsUrl(s)).toBe(byUrlParser(s));
      }),
      { numRuns: 20_000 },
    );
    for (const s of ['https://a.0x1', 'https://a.99', 'https://a.b:65536', 'https://u:p@a.com', 'https://a.com@b.com', 'https://-a.com', 'https://a.b.', 'https://@a.com', 'https://a.com/">x', 'https:a.com']) {
      expect(isHttpsUrl(s)).toBe(byUrlParser(s));
    }
  });

  it('isCalendarDate agrees with Date on every month and day edge of 1900–2100 and of years 0001 and 9999 (0000 is refused)', () => {
    const byDate = (s: string): boolean =>
      /^\d{4}-\d{2}-\d{2}$/.test(s) &&
      !s.startsWith('0000') &&
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const years = [0, 1, 999, 1000, 9999, ...Array.from({ length: 201 }, (_, i) => 1900 + i)];
    for (const y of years) {
      for (let m = 0; m <= 13; m += 1) {
        for (const d of [0, 1, 28, 29, 30, 31, 32]) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          if (isCalendarDate(s) !== byDate(s)) throw new Error(`isCalendarDate disagrees on ${s}`);
        }
      }
    }
  });
});
