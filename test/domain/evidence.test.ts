import { evidenceViews, suggestedEvidence, summariseEvidence } from '../../src/domain/evidence';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { TODAY, evidence, webLink } from './builders';

const rules = DEFAULT_SETTINGS.evidence; // 18 months

describe('freshness', () => {
  it('evidence observed exactly 18 months ago is fresh; a day earlier is stale', () => {
    const views = evidenceViews([evidence({ id: 'edge', observedOn: '2025-05-26' }), evidence({ id: 'old', observedOn: '2025-05-25' })], rules, TODAY);
    expect(Object.fromEntries(views.map((v) => [v.id, v.fresh]))).toEqual({ edge: true, old: false });
  });

  it('follows the configured window', () => {
    const [view] = evidenceViews([evidence({ observedOn: '2026-05-25' })], { ...rules, freshnessMonths: 6 }, TODAY);
    expect(view?.fresh).toBe(false);
  });

  it('counts a future observation as fresh', () => {
    const [view] = evidenceViews([evidence({ observedOn: '2027-01-01' })], rules, TODAY);
    expect(view?.fresh).toBe(true);
  });

  it('handles month ends (31 August minus 18 months is 28 February)', () => {
    const views = evidenceViews([evidence({ id: 'a', observedOn: '2025-02-28' }), evidence({ id: 'b', observedOn: '2025-02-27' })], rules, '2026-08-31');
    expect(views.map((v) => [v.id, v.fresh])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('ignores removed records', () => {
    expect(evidenceViews([evidence({ removedAt: '2026-10-01T00:00:00Z' })], rules, TODAY)).toEqual([]);
  });

  it('stakeholder requests are not field evidence', () => {
    const [view] = evidenceViews([evidence({ kind: 'stakeholder-request' })], rules, TODAY);
    expect(view?.isFieldEvidence).toBe(false);
  });
});

describe('summariseEvidence', () => {
  it('counts distinct sources by normalised name among fresh field evidence', () => {
    const views = evidenceViews(
      [
        evidence({ source: { name: 'Ward 4B  nurses' } }),
        evidence({ source: { name: ' ward 4b nurses' } }),
        evidence({ source: { name: 'Pharmacy' } }),
        evidence({ source: { name: 'Old source' }, observedOn: '2020-01-01' }),
        evidence({ source: { name: 'Dr. Osei' }, kind: 'stakeholder-request' }),
      ],
      rules,
      TODAY,
    );
    const s = summariseEvidence(views);
    expect(s.sources).toHaveLength(2);
    expect(s.freshField).toHaveLength(3);
    expect(s.staleField).toHaveLength(1);
    expect(s.freshRequests).toHaveLength(1);
    expect(s.hippoRisk).toBe(false);
    expect(s.singleSource).toBe(false);
  });

  it('counts names that look alike as one source: zero-width characters, fullwidth letters, case and spacing', () => {
    const lookalikes = [
      'Ward 4B nurses',
      'Ward\u200B 4B nurses',
      'W\u200Bard 4\u200CB nur\u200Dses\uFEFF',
      '\u2066Ward 4B nurses\u2069',
      'Ｗａｒｄ ４Ｂ ｎｕｒｓｅｓ',
      'WARD 4b   NURSES',
      'ward\u00A04b\u3000nurses',
      'Ward 4B nurses\u00AD',
    ];
    const s = summariseEvidence(evidenceViews(lookalikes.map((name, i) => evidence({ id: `e${i}`, source: { name } })), rules, TODAY));
    expect(s.freshField).toHaveLength(lookalikes.length);
    expect(s.sources).toHaveLength(1);
    expect(s.singleSource).toBe(true);
  });

  it('still tells different sources apart', () => {
    const s = summariseEvidence(evidenceViews([evidence({ source: { name: 'Ward 4B nurses' } }), evidence({ source: { name: 'Ward 4C nurses' } })], rules, TODAY));
    expect(s.sources).toHaveLength(2);
  });

  it('flags a HIPPO risk when only stakeholder requests are fresh', () => {
    const s = summariseEvidence(evidenceViews([evidence({ kind: 'stakeholder-request' }), evidence({ observedOn: '2020-01-01' })], rules, TODAY));
    expect(s.hippoRisk).toBe(true);
  });

  it('flags a single source', () => {
    const s = summariseEvidence(evidenceViews([evidence(), evidence({ kind: 'survey' })], rules, TODAY));
    expect(s.singleSource).toBe(true);
  });
});

describe('suggestedEvidence', () => {
  it('suggests web links whose URL or title matches a research pattern', () => {
    const links = [
      webLink({ id: 'l1', title: 'Interview notes ward 4B' }),
      webLink({ id: 'l2', url: 'https://dovetail.example.com/project/7', title: 'Board' }),
      webLink({ id: 'l3', title: 'Architecture decision record' }),
    ];
    const s = suggestedEvidence(links, [], rules);
    expect(s.map((x) => [x.linkId, x.pattern])).toEqual([
      ['l2', 'dovetail'],
      ['l1', 'interview'],
    ]);
  });

  it('leaves out links already confirmed or already recorded by URL', () => {
    const links = [
      webLink({ id: 'l1', title: 'Survey results' }),
      webLink({ id: 'l2', title: 'Usability test', url: 'https://research.example.org/u1' }),
      webLink({ id: 'l3', title: 'Field visit report' }),
    ];
    const records = [evidence({ fromLinkId: 'l1' }), evidence({ url: 'https://research.example.org/u1' })];
    expect(suggestedEvidence(links, records, rules).map((x) => x.linkId)).toEqual(['l3']);
  });

  it('suggests a confirmed link again once its record was removed', () => {
    const links = [webLink({ id: 'l1', title: 'Survey results' })];
    expect(suggestedEvidence(links, [evidence({ fromLinkId: 'l1', removedAt: '2026-11-01T00:00:00Z' })], rules)).toHaveLength(1);
  });

  it('suggests nothing when web links were not read', () => {
    expect(suggestedEvidence(null, [], rules)).toEqual([]);
  });
});
