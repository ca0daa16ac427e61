import { mapWorkItem } from '../../src/jira/map-work-item';
import { readDecisionsProperty, trustedDecisions } from '../../src/jira/map-decisions';
import { UNCHECKED_EVIDENCE } from '../../src/jira/evidence-mac';
import { sampleEvidenceSigner } from '../../src/jira/sample-site/evidence-key';
import type { RawIssue } from '../../src/jira/client';
import { DECISIONS_PROPERTY_KEY, type DecisionRecord } from '../../src/shared/decision';
import { SettingsSchema } from '../../src/shared/settings';

const keep = (version: number, overrides: Partial<DecisionRecord> = {}): DecisionRecord => ({
  id: `d-${version}`,
  version,
  pi: 'PI 26.4',
  kind: 'keep',
  rationale: 'The regulator audit in January needs it.',
  sponsor: { accountId: 'acc-dana', displayName: 'Dana Whitfield' },
  verdictAtDecision: 'gravity',
  decidedBy: { accountId: 'acc-priya', displayName: 'Priya Raman' },
  decidedAt: '2026-11-20T09:30:00.000Z',
  ...overrides,
});

const signed = (issueKey: string, r: DecisionRecord) => ({ ...r, mac: sampleEvidenceSigner.sign(issueKey, r, 'decision') });
const stored = (records: readonly unknown[]) => ({ schemaVersion: 1, revision: records.length, records });

const issue = (decisions: unknown): RawIssue => ({
  id: '10001',
  key: 'CLIN-1',
  fields: {
    summary: 'Bedside handover',
    status: { name: 'To Do', statusCategory: { key: 'new' } },
    issuetype: { name: 'Epic' },
    project: { key: 'CLIN' },
    fixVersions: [{ id: '1', name: 'PI 26.4' }],
    labels: [],
    issuelinks: [],
  },
  properties: decisions === undefined ? {} : { [DECISIONS_PROPERTY_KEY]: decisions },
});

const context = (mode: 'strict' | 'lenient' = 'strict') => ({
  settings: SettingsSchema.parse({}),
  objectives: new Map(),
  histories: [],
  webLinks: null,
  unreadableEvidence: mode,
  evidenceCheck: sampleEvidenceSigner.check,
});

describe('trustedDecisions', () => {
  it('keeps records the app signed for this issue, oldest first, without their mac', () => {
    const value = stored([signed('CLIN-1', keep(2)), signed('CLIN-1', keep(1))]);
    const records = trustedDecisions('CLIN-1', value, sampleEvidenceSigner.check);
    expect(records.map((r) => r.version)).toEqual([1, 2]);
    expect(records[0]).not.toHaveProperty('mac');
  });

  it('ignores an unsigned record, a record changed after signing, a MAC made for evidence, and one copied from another issue', () => {
    const forged = { ...signed('CLIN-1', keep(2)), sponsor: { accountId: 'acc-x', displayName: 'Someone Else' } };
    const evidenceMac = { ...keep(3), mac: sampleEvidenceSigner.sign('CLIN-1', keep(3), 'evidence') };
    const copied = signed('CLIN-9', keep(4));
    const value = stored([signed('CLIN-1', keep(1)), forged, evidenceMac, copied, keep(5)]);
    expect(trustedDecisions('CLIN-1', value, sampleEvidenceSigner.check).map((r) => r.version)).toEqual([1]);
  });

  it('without a key (UNCHECKED_EVIDENCE) every readable record counts', () => {
    expect(trustedDecisions('CLIN-1', stored([keep(1), keep(2)]), UNCHECKED_EVIDENCE)).toHaveLength(2);
  });

  it('an unset or unreadable value gives no records, and the reading says which', () => {
    expect(trustedDecisions('CLIN-1', undefined, UNCHECKED_EVIDENCE)).toEqual([]);
    expect(trustedDecisions('CLIN-1', { records: 'nope' }, UNCHECKED_EVIDENCE)).toEqual([]);
    expect(readDecisionsProperty(undefined)).toEqual({ ok: true, records: [], revision: 0 });
    const bad = readDecisionsProperty({ schemaVersion: 2, revision: 0, records: [] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problem).toContain(DECISIONS_PROPERTY_KEY);
  });
});

describe('mapWorkItem reads decisions', () => {
  it('the item carries its trusted records; forged ones are left out', () => {
    const forged = { ...signed('CLIN-1', keep(2)), rationale: 'Changed by a direct REST edit.' };
    const mapped = mapWorkItem(issue(stored([signed('CLIN-1', keep(1)), forged])), context());
    if (!mapped.ok) throw new Error(mapped.reason);
    expect(mapped.item.decisions.map((r) => r.version)).toEqual([1]);
    expect(mapped.decisionsProblem).toBeNull();
  });

  it('no property: no decisions', () => {
    const mapped = mapWorkItem(issue(undefined), context());
    expect(mapped.ok && mapped.item.decisions).toEqual([]);
  });

  it('an unreadable property makes the item unreadable in a scope report (as for evidence), with the reason', () => {
    const mapped = mapWorkItem(issue({ whatever: true }), context('strict'));
    expect(mapped.ok).toBe(false);
    if (!mapped.ok) expect(mapped.reason).toContain(DECISIONS_PROPERTY_KEY);
  });

  it('the panel (lenient) reads an unreadable property as no decisions and reports the problem', () => {
    const mapped = mapWorkItem(issue({ whatever: true }), context('lenient'));
    if (!mapped.ok) throw new Error(mapped.reason);
    expect(mapped.item.decisions).toEqual([]);
    expect(mapped.decisionsProblem).toContain('not in a format this app knows');
  });
});
