import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ActivityEntry, ItemActivity } from '../../src/shared/activity';
import type { PanelData } from '../../src/shared/payloads';
import { EMPTY_WORDS, KIND_BADGE } from '../../static/issue-activity/src/timeline';
import {
  backgroundColour,
  describeBrowser,
  invokeData,
  pageUrl,
  PROJECT_ROOT,
  screenshot,
  seriousAxeViolations,
  TEST_TODAY,
  useBrowserFixture,
  waitForSettled,
  type BrowserFixture,
  type Theme,
  type User,
} from './helpers';

/**
 * The alignment history (jira:issueActivity, static/issue-activity) over the
 * preview's sample site: every entry getActivity answers, newest first under
 * its day, with its lozenge, who and when, and the notes; new evidence and a
 * PI decision on CLIN-7 appear under "Today" once Jira says the issue changed;
 * the kind filter by keyboard; the empty state; the error state with its
 * retry (sam cannot read CLIN-4). The browser's clock stands on the preview's
 * today (records made in the preview carry that day), so the headings are the
 * same every day. Screenshots go to test/screenshots; with
 * README_SCREENSHOTS=1 the light CLIN-7 one is also copied to test/readme/activity.png.
 */

const README_DIR = join(PROJECT_ROOT, 'test', 'readme');
const forReadme = process.env['README_SCREENSHOTS'] === '1';

/** The width of the issue view's main column, where Jira puts the Activity tabs. */
const WIDTH = 720;

/** "by Priya Nair · 10:30" (UTC, the preview's time zone), "10:30" when the record names nobody, "by …" alone for a day-only entry. */
const bylineOf = (e: ActivityEntry): string | null => {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(e.at) ? null : new Date(Date.parse(e.at)).toISOString().slice(11, 16);
  const parts = [e.by === null ? null : `by ${e.by}`, time].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join(' · ');
};

/** A screenshot as tall as the content (the viewport shrunk first, so no empty page below it). */
const shoot = async (page: Page, name: string): Promise<string> => {
  await page.setViewportSize({ width: page.viewportSize()?.width ?? WIDTH, height: 100 });
  return screenshot(page, name);
};

const SETTLED = '[data-testid="activity-days"], [data-testid="activity-empty"], [data-testid="error-message"]';

describeBrowser('the alignment history on a work item', () => {
  const fixture = useBrowserFixture();
  let fx: BrowserFixture;
  beforeEach(() => {
    fx = fixture();
  });

  const activity = (issueKey: string, user: User = 'alex') =>
    invokeData<ItemActivity>(fx.preview, 'getActivity', { issueKey }, { user, issueKey, resource: 'issue-activity' });

  const openHistory = async (issueKey: string, user: User = 'alex', theme: Theme = 'light'): Promise<Page> => {
    const page = await fx.context.newPage();
    // The preview's today at the time of day now: what the preview stamps on the records it writes.
    await page.clock.setFixedTime(new Date(`${TEST_TODAY}${new Date().toISOString().slice(10)}`));
    await page.setViewportSize({ width: WIDTH, height: 900 });
    await page.goto(pageUrl(fx.preview, 'issue-activity', { issueKey, user, theme }), { waitUntil: 'load' });
    await page.waitForSelector(SETTLED, { timeout: 15_000 });
    await waitForSettled(page);
    return page;
  };

  /** What the page lists, in order: each entry's day heading, kind, lozenge words, text and byline. */
  const listed = (page: Page) =>
    page.$$eval('[data-testid="activity-day"]', (days) =>
      days.flatMap((d) =>
        [...d.querySelectorAll('[data-testid="activity-entry"]')].map((e) => ({
          heading: d.querySelector('[data-testid="activity-day-heading"]')?.textContent ?? '',
          kind: e.getAttribute('data-kind') ?? '',
          at: e.getAttribute('data-at') ?? '',
          badge: e.querySelector('[data-testid="activity-kind"]')?.textContent ?? '',
          text: e.querySelector('[data-testid="activity-text"]')?.textContent ?? '',
          byline: e.querySelector('[data-testid="activity-byline"]')?.textContent ?? null,
        })),
      ),
    );

  it.each(['light', 'dark'] as const)(
    'CLIN-13, carried over three times: every entry getActivity answers, newest first under its day, and the notes (%s), accessibly',
    async (theme) => {
      const data = await activity('CLIN-13');
      expect(data.entries.length).toBeGreaterThanOrEqual(4);
      const page = await openHistory('CLIN-13', 'alex', theme);
      const rows = await listed(page);
      expect(rows.map((r) => [r.kind, r.at, r.badge, r.text.trim()])).toEqual(data.entries.map((e) => [e.kind, e.at, KIND_BADGE[e.kind].label, e.text]));
      // Days read as a person reads them (the preview's time zone is UTC): this year's without the year.
      expect(rows.map((r) => r.heading)).toEqual(
        data.entries.map((e) => {
          const d = new Date(Date.parse(e.at));
          const day = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
          return d.getUTCFullYear() === Number(TEST_TODAY.slice(0, 4)) ? day : `${day} ${d.getUTCFullYear()}`;
        }),
      );
      // Who, where the record names them, and the time of day in the reader's zone.
      expect(rows.map((r) => r.byline)).toEqual(data.entries.map(bylineOf));
      expect(await page.$$eval('[data-testid="activity-notes"] li', (ls) => ls.map((l) => l.textContent))).toEqual(data.notes);
      expect(await page.textContent('[data-testid="activity-count"]')).toBe(`${data.entries.length} changes`);
      expect({ theme, violations: await seriousAxeViolations(page) }).toEqual({ theme, violations: [] });
      await shoot(page, `activity-clin-13-${theme}`);
      // The page follows the theme: a dark surface in dark, a light one in light.
      const [r = 0, g = 0, b = 0] = ((await backgroundColour(page)).match(/\d+/g) ?? []).map(Number);
      const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      expect({ theme, dark: luminance < 0.3 }).toEqual({ theme, dark: theme === 'dark' });
      await page.close();
    },
  );

  it('CLIN-7: new evidence and a PI decision appear under "Today" when Jira says the issue changed, the evidence with its link', async () => {
    const before = await activity('CLIN-7');
    const page = await openHistory('CLIN-7');
    expect((await listed(page)).map((r) => r.text.trim())).toEqual(before.entries.map((e) => e.text));

    const url = 'https://research.example.org/clin-7/ward-rounds';
    await invokeData(
      fx.preview,
      'addEvidence',
      {
        issueKey: 'CLIN-7',
        evidence: { kind: 'observation', url, source: { name: 'Ward 7 night nurses' }, observedOn: TEST_TODAY, summary: 'Handover notes are re-typed at every shift change.' },
      },
      { user: 'alex', issueKey: 'CLIN-7' },
    );
    const panel = await invokeData<PanelData>(fx.preview, 'getPanel', { issueKey: 'CLIN-7' }, { user: 'priya', issueKey: 'CLIN-7' });
    const pi = panel.assessment.pi;
    if (pi === null) throw new Error('CLIN-7 is in no PI in the sample site');
    await invokeData(
      fx.preview,
      'recordDecisions',
      { issueKeys: ['CLIN-7'], pi, decision: { kind: 'keep', rationale: 'Ward 7 asked for it at the last review; Sam answers for it.', sponsorAccountId: fx.preview.backend.accountIdOf('sam') } },
      { user: 'priya', projectKey: 'CLIN' },
    );
    const after = await activity('CLIN-7');
    expect(after.entries.length).toBeGreaterThan(before.entries.length);

    // The module reloads on JIRA_ISSUE_CHANGED (the preview bridge's test hook for the host event).
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('fg-preview:JIRA_ISSUE_CHANGED')));
    for (let i = 0; i < 100 && (await page.$$('[data-testid="activity-entry"]')).length !== after.entries.length; i++) await page.waitForTimeout(100);
    const rows = await listed(page);
    expect(rows.map((r) => [r.kind, r.text.trim()])).toEqual(after.entries.map((e) => [e.kind, e.text]));
    const today = rows.filter((r) => r.heading === 'Today');
    expect(today.map((r) => r.kind)).toEqual(expect.arrayContaining(['decision', 'evidence-added']));
    expect(rows.map((r) => r.byline)).toEqual(after.entries.map(bylineOf));
    expect(today.find((r) => r.kind === 'decision')?.byline).toMatch(/^by Priya Nair · \d\d:\d\d$/);
    const link = page.locator(`[data-kind="evidence-added"] a[href="${url}"]`);
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.textContent()).toBe('Open link on research.example.org');

    for (const theme of ['light', 'dark'] as const) {
      const shot = await openHistory('CLIN-7', 'alex', theme);
      expect({ theme, violations: await seriousAxeViolations(shot) }).toEqual({ theme, violations: [] });
      const path = await shoot(shot, `activity-${theme}`);
      if (forReadme && theme === 'light') {
        mkdirSync(README_DIR, { recursive: true });
        copyFileSync(path, join(README_DIR, 'activity.png'));
      }
      await shot.close();
    }
    await page.close();
  });

  it('filters by kind from the keyboard: Tab to "Show", pick PI moves and carry-overs, the count follows', async () => {
    const data = await activity('CLIN-13');
    const pis = data.entries.filter((e) => e.kind === 'pi-moved' || e.kind === 'carried-over');
    const page = await openHistory('CLIN-13');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('activity-filter');
    // The focus ring is drawn (a visible outline) on the focused select.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    const options = await page.$$eval('#activity-filter option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options[0]).toBe('all');
    for (let i = 0; i < options.indexOf('pi'); i++) await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#activity-filter')).toBe('pi');
    const rows = await listed(page);
    expect(rows.map((r) => r.text.trim())).toEqual(pis.map((e) => e.text));
    expect(await page.textContent('[data-testid="activity-count"]')).toBe(`${pis.length} of ${data.entries.length} changes`);
    await page.keyboard.press('Home');
    expect(await page.inputValue('#activity-filter')).toBe('all');
    expect((await listed(page)).length).toBe(data.entries.length);
    await page.close();
  });

  it("opens an objective named in an entry through the host, from the keyboard (router.open: the preview's panel for it)", async () => {
    const data = await activity('CLIN-13');
    const key = data.entries.find((e) => e.ref?.issueKey !== undefined)?.ref?.issueKey;
    if (key === undefined) throw new Error('CLIN-13 has no entry about another issue in the sample site');
    const page = await openHistory('CLIN-13');
    const link = page.locator(`[data-testid="activity-text"] a[data-issue-key="${key}"]`);
    expect(await link.count()).toBe(1);
    await link.focus();
    const [opened] = await Promise.all([fx.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    await opened.waitForLoadState('load');
    expect(new URL(opened.url()).pathname).toBe('/issue-panel/');
    expect(new URL(opened.url()).searchParams.get('issueKey')).toBe(key);
    await opened.close();
    await page.close();
  });

  it('fits a 360 px column: long decision texts wrap, nothing runs past the edge (PAT-8)', async () => {
    const data = await activity('PAT-8');
    expect(data.entries.some((e) => e.kind === 'decision' && e.text.length > 80)).toBe(true);
    const page = await openHistory('PAT-8');
    await page.setViewportSize({ width: 360, height: 900 });
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      entries: [...document.querySelectorAll('[data-testid="activity-entry"]')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth).length,
    }));
    expect(overflow).toEqual({ page: 0, entries: 0 });
    await shoot(page, 'activity-360-light');
    await page.close();
  });

  it.each(['light', 'dark'] as const)('says what would change the standing on an item with no history (STRAT-1, %s)', async (theme) => {
    const data = await activity('STRAT-1');
    expect(data.entries).toEqual([]);
    const page = await openHistory('STRAT-1', 'alex', theme);
    expect(await page.textContent('[data-testid="activity-empty"]')).toBe(EMPTY_WORDS);
    expect(await page.$$eval('[data-testid="activity-notes"] li', (ls) => ls.map((l) => l.textContent))).toEqual(data.notes);
    expect(await page.$('#activity-filter')).toBeNull();
    expect({ theme, violations: await seriousAxeViolations(page) }).toEqual({ theme, violations: [] });
    await shoot(page, `activity-empty-${theme}`);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('shows the error with a retry, and nothing of the item, when sam cannot read CLIN-4 (%s)', async (theme) => {
    const panel = await invokeData<PanelData>(fx.preview, 'getPanel', { issueKey: 'CLIN-4' }, { user: 'alex', issueKey: 'CLIN-4' });
    const calls: string[] = [];
    const page = await openHistory('CLIN-4', 'sam', theme);
    page.on('request', (r) => {
      if (r.url().endsWith('/api/invoke')) calls.push(r.postData() ?? '');
    });
    expect(await page.getAttribute('[data-testid="error-message"]', 'data-code')).toBe('NOT_FOUND');
    expect(await page.textContent('[data-testid="error-message"]')).toContain('Issue CLIN-4 does not exist or you cannot see it.');
    const body = (await page.textContent('body')) ?? '';
    expect(body).not.toContain(panel.assessment.summary);
    expect(await page.$('[data-testid="activity-entry"]')).toBeNull();
    expect({ theme, violations: await seriousAxeViolations(page) }).toEqual({ theme, violations: [] });
    await shoot(page, `activity-error-${theme}`);
    // "Try again" by keyboard asks once more.
    const retry = page.getByRole('button', { name: 'Try again' });
    expect(await retry.count()).toBe(1);
    await retry.focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 50 && calls.length === 0; i++) await page.waitForTimeout(100);
    expect(calls.map((c) => (JSON.parse(c) as { functionKey: string }).functionKey)).toEqual(['getActivity']);
    await page.waitForSelector('[data-testid="error-message"]');
    await page.close();
  });
});
