import type { Page } from 'playwright-core';
import { INTENDED_VERDICTS } from '../../src/jira/sample-site';
import type { PanelData } from '../../src/shared/payloads';
import {
  describeBrowser,
  invoke,
  invokeData,
  openPage,
  pageUrl,
  screenshot,
  seriousAxeViolations,
  useBrowserFixture,
  TEST_TODAY,
  waitForSettled,
  waitInPage,
  type BrowserFixture,
  type User,
} from './helpers';

/**
 * The issue panel over the preview's sample site: the verdicts the sample
 * intends, evidence added through the form changing verdict and score, and
 * refused links that write nothing.
 */

const keysWithVerdict = (verdict: string): string[] =>
  Object.entries(INTENDED_VERDICTS as Readonly<Record<string, string>>)
    .filter(([, v]) => v === verdict)
    .map(([k]) => k);

const firstKey = (verdict: string): string => {
  const key = keysWithVerdict(verdict)[0];
  if (key === undefined) throw new Error(`The sample site has no ${verdict} item`);
  return key;
};

const ADD_BUTTON = '[data-testid="add-evidence"]';

const daysBefore = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describeBrowser('issue panel', () => {
  const fixture = useBrowserFixture();
  let fx: BrowserFixture;
  beforeEach(() => {
    fx = fixture();
  });

  const openPanel = async (issueKey: string, user: User): Promise<Page> => {
    const page = await openPage(fx, pageUrl(fx.preview, 'issue-panel', { issueKey, user }));
    await page.waitForSelector('[data-testid="verdict"]', { timeout: 15_000 });
    return page;
  };

  const shown = async (page: Page) => ({
    verdict: await page.getAttribute('[data-testid="verdict"]', 'data-verdict'),
    score: Number(await page.getAttribute('[data-testid="score"]', 'data-value')),
  });

  const panel = (issueKey: string, user: User = 'alex') => invokeData<PanelData>(fx.preview, 'getPanel', { issueKey }, { user, issueKey });

  it.each(['gravity', 'aligned'])('shows the %s verdict the sample intends, with the resolver’s score', async (verdict) => {
    const key = firstKey(verdict);
    const page = await openPanel(key, 'alex');
    const data = await panel(key);
    expect(await shown(page)).toEqual({ verdict, score: data.assessment.score });
    await page.close();
  });

  const fillEvidence = async (page: Page, fields: { url: string; observedOn: string }) => {
    await page.click(ADD_BUTTON);
    await page.waitForSelector('[data-testid="evidence-form"]');
    await page.selectOption('[data-testid="evidence-kind"]', 'interview');
    await page.fill('[data-testid="evidence-url"]', fields.url);
    await page.fill('[data-testid="evidence-source-name"]', 'Ward 4B night nurses');
    await page.fill('[data-testid="evidence-source-role"]', 'Charge nurse');
    await page.fill('[data-testid="evidence-observed-on"]', fields.observedOn);
    await page.fill('[data-testid="evidence-summary"]', 'Nurses keep a paper list of discharges because the bed board lags by hours.');
  };

  it('adds evidence through the form: the verdict leaves gravity and the score rises', async () => {
    const key = firstKey('gravity');
    const before = await panel(key, 'priya');
    const page = await openPanel(key, 'priya');
    expect((await shown(page)).verdict).toBe('gravity');
    await fillEvidence(page, { url: 'https://research.example.org/notes/ward-4b', observedOn: daysBefore(TEST_TODAY, 30) });
    await page.click('[data-testid="evidence-submit"]');
    await waitInPage(page, () => document.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict') !== 'gravity', undefined, 10_000, 'the verdict to change');
    const after = await panel(key, 'priya');
    expect(after.assessment.evidence.length).toBe(before.assessment.evidence.length + 1);
    expect(after.assessment.verdict).not.toBe('gravity');
    expect(after.assessment.score).toBeGreaterThan(before.assessment.score);
    expect(await shown(page)).toEqual({ verdict: after.assessment.verdict, score: after.assessment.score });
    expect(await page.locator('[data-testid="evidence-row"]').count()).toBe(after.assessment.evidence.length);
    await page.close();
  });

  it.each(['http://research.example.org/notes', 'javascript:alert(1)'])('refuses the link %s at its field and writes nothing', async (url) => {
    const key = firstKey('aligned');
    const before = await panel(key, 'priya');
    const stateBefore = fx.preview.backend.dump();
    const page = await openPanel(key, 'priya');
    await fillEvidence(page, { url, observedOn: daysBefore(TEST_TODAY, 10) });
    await page.click('[data-testid="evidence-submit"]');
    await page.waitForSelector('[data-testid="field-error-url"]', { timeout: 5_000 });
    expect(await page.textContent('[data-testid="field-error-url"]')).toContain('https://');
    expect(fx.preview.backend.dump()).toBe(stateBefore);
    expect((await panel(key, 'priya')).assessment.evidence.length).toBe(before.assessment.evidence.length);
    await page.close();
  });

  it('refuses the same link at the resolver too (a page cannot bypass the form)', async () => {
    const key = firstKey('aligned');
    const stateBefore = fx.preview.backend.dump();
    const { body } = await invoke(
      fx.preview,
      'addEvidence',
      {
        issueKey: key,
        evidence: { kind: 'interview', url: 'javascript:alert(1)', source: { name: 'x' }, observedOn: TEST_TODAY, summary: 'x' },
      },
      { user: 'priya', issueKey: key },
    );
    expect(body).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD', issues: [{ path: ['evidence', 'url'] }] } });
    expect(fx.preview.backend.dump()).toBe(stateBefore);
  });

  it('sends a decision fix to the PI review page, for a viewer too (the page says whether they may decide)', async () => {
    // PAT-10 has an overdue re-justify decision (REJUSTIFY_OVERDUE, fix rejustify); CLIN-9 is kept by Dana (KEPT_BY_DECISION).
    for (const [key, code, user, project] of [
      ['PAT-10', 'REJUSTIFY_OVERDUE', 'sam', 'PAT'],
      ['CLIN-9', 'KEPT_BY_DECISION', 'priya', 'CLIN'],
    ] as const) {
      const page = await openPanel(key, user);
      const button = page.locator(`[data-testid="fix-${code}"]`);
      expect(await button.count()).toBe(1);
      expect(await page.textContent(`[data-testid="finding-${code}"]`)).toContain(`Opens the PI review page of ${project}`);
      expect(await page.textContent(`[data-testid="finding-${code}"]`)).not.toContain('needs permission to edit');
      await Promise.all([page.waitForURL(new RegExp(`/pi-review/\\?projectKey=${project}&user=${user}`)), button.click()]);
      await page.close();
    }
  });

  it('offers a viewer no evidence editing, and hides what they may not see', async () => {
    const keys = Object.keys(INTENDED_VERDICTS);
    const answers = await Promise.all(
      keys.map(async (key) => ({ key, body: (await invoke(fx.preview, 'getPanel', { issueKey: key }, { user: 'sam', issueKey: key })).body as { ok: boolean; data?: PanelData; error?: { code: string } } })),
    );
    const visible = answers.find((a) => a.body.ok);
    const hidden = answers.find((a) => !a.body.ok);
    expect(visible?.body.data?.canEdit).toBe(false);
    expect(hidden?.body.error?.code).toBe('NOT_FOUND');

    const page = await openPanel(visible!.key, 'sam');
    await page.waitForSelector('[data-testid="read-only-note"]');
    expect(await page.locator(ADD_BUTTON).count()).toBe(0);
    expect(await page.locator('[data-testid="evidence-remove"]').count()).toBe(0);
    await page.close();

    const denied = await openPage(fx, pageUrl(fx.preview, 'issue-panel', { issueKey: hidden!.key, user: 'sam' }));
    await denied.waitForSelector('[data-testid="error-message"][data-code="NOT_FOUND"]', { timeout: 15_000 });
    expect(await denied.locator('[data-testid="verdict"]').count()).toBe(0);
    await denied.close();
  });

  it('lists evidence the app did not sign apart, with what it claims; confirming it makes it count', async () => {
    // PAT-3 holds version-1 evidence from before signing: shown as not confirmed, not counted (ungrounded).
    const key = 'PAT-3';
    const before = await panel(key, 'priya');
    expect(before.assessment.verdict).toBe('ungrounded');
    expect(before.untrusted.length).toBeGreaterThan(0);

    const viewer = await openPanel(key, 'sam');
    await viewer.waitForSelector('[data-testid="untrusted-row"]');
    expect(await viewer.locator('[data-testid="untrusted-row"]').count()).toBe(before.untrusted.length);
    expect(await viewer.locator('[data-testid="evidence-confirm"]').count()).toBe(0);
    await viewer.close();

    const page = await openPanel(key, 'priya');
    await page.waitForSelector('[data-testid="untrusted-row"]');
    const first = before.untrusted[0]!.record;
    expect(await page.textContent('[data-testid="untrusted-evidence"]')).toContain(first.summary);
    expect(await page.getAttribute('[data-testid="evidence-trust"]', 'data-trust')).toBe('unsigned');
    for (let left = before.untrusted.length; left > 0; left -= 1) {
      await page.locator('[data-testid="evidence-confirm"]').first().click();
      await waitInPage(page, (n) => document.querySelectorAll('[data-testid="untrusted-row"]').length === n, left - 1, 10_000, 'the confirmed record to leave the list');
    }
    const after = await panel(key, 'priya');
    expect(after.untrusted).toEqual([]);
    expect(after.assessment.verdict).toBe('aligned');
    expect((await shown(page)).verdict).toBe('aligned');
    await page.close();
  });

  it('shows the size beside the verdict, or Unsized with the field to set, in light and dark, accessibly', async () => {
    const answers = await Promise.all(Object.keys(INTENDED_VERDICTS).map((key) => panel(key)));
    const sized = answers.find((d) => d.capacityField !== null && d.assessment.size !== null);
    const unsized = answers.find((d) => d.capacityField !== null && d.assessment.size === null);
    // The sample sizes its epics in story points and leaves a few unsized.
    if (sized === undefined || unsized === undefined) throw new Error('the sample needs a sized and an unsized item');
    const field = sized.capacityField!;
    for (const theme of ['light', 'dark'] as const) {
      const page = await openPage(fx, pageUrl(fx.preview, 'issue-panel', { issueKey: sized.assessment.key, user: 'alex', theme }));
      await page.waitForSelector('[data-testid="item-size"]', { timeout: 15_000 });
      await waitForSettled(page);
      const size = sized.assessment.size!;
      expect(await page.textContent('[data-testid="item-size"]')).toBe(`${size} ${field.unit === 'points' ? (size === 1 ? 'point' : 'points') : size === 1 ? 'hour' : 'hours'}`);
      expect(await page.locator('[data-testid="item-size-hint"]').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, `panel-size-${theme}`);
      await page.close();
    }
    const page = await openPage(fx, pageUrl(fx.preview, 'issue-panel', { issueKey: unsized.assessment.key, user: 'alex', theme: 'dark' }));
    await page.waitForSelector('[data-testid="item-size"]', { timeout: 15_000 });
    expect(await page.textContent('[data-testid="item-size"]')).toBe('Unsized');
    expect(await page.textContent('[data-testid="item-size-hint"]')).toContain(`set ${unsized.capacityField!.name} to count it`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'panel-unsized-dark');
    await page.close();
  });
});
