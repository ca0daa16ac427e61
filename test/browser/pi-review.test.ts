import type { Page } from 'playwright-core';
import type { PiReview } from '../../src/shared/payloads';
import {
  describeBrowser,
  invokeData,
  openPage,
  pageUrl,
  screenshot,
  seriousAxeViolations,
  useBrowserFixture,
  waitForSettled,
  type BrowserFixture,
  type User,
} from './helpers';

/**
 * The PI review page (jira:projectPage) over the preview's sample site:
 * the report with decisions, a keep with a sponsor and a drop end to end as
 * priya, sam may not decide, only alex may commit; light and dark screenshots.
 */

const WHY_KEEP = 'Dana answers for it: the ward pilot depends on it next month.';
const WHY_DROP = 'Nobody on the train asked for it this PI; dropped at planning.';

const open = async (fx: BrowserFixture, user: User, theme: 'light' | 'dark' = 'light'): Promise<Page> => {
  const page = await openPage(fx, pageUrl(fx.preview, 'pi-review', { projectKey: 'CLIN', user, theme }));
  await page.waitForSelector('[data-testid="headline"]', { timeout: 20_000 });
  await waitForSettled(page);
  return page;
};

const rowKeys = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid^="review-row-"]', (rows) => rows.map((r) => (r.getAttribute('data-testid') ?? '').replace('review-row-', '')));

const undecidedKeys = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid^="review-row-"]', (rows) =>
    rows.filter((r) => r.querySelector('[data-decision]') === null).map((r) => (r.getAttribute('data-testid') ?? '').replace('review-row-', '')),
  );

describeBrowser('the PI review page', () => {
  const fixture = useBrowserFixture();

  it('shows the report with its decisions, accessibly, in light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await open(fixture(), 'alex', theme);
      expect((await rowKeys(page)).length).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="drift-panel"]').count()).toBe(1);
      expect(await page.locator('[data-testid="decision-log"]').count()).toBe(1);
      expect(await page.locator('[data-testid="register"]').count()).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, `pi-review-${theme}`);
      await page.close();
    }
  });

  it('shows the capacity, every candidate waiting and the swap hints like the resolver, in light and dark', async () => {
    const fx = fixture();
    const { report } = await invokeData<PiReview>(fx.preview, 'getPiReview', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' }, { user: 'alex' });
    const candidates = report.candidates ?? [];
    const withSwaps = (report.swaps ?? []).filter((sw) => sw.candidates.length > 0);
    // The sample: story points with a few unsized, aligned work waiting, and gravity items that could swap for it.
    expect(report.capacity.unit).toBe('points');
    expect(candidates.length).toBeGreaterThan(0);
    expect(withSwaps.length).toBeGreaterThan(0);
    for (const theme of ['light', 'dark'] as const) {
      const page = await open(fx, 'alex', theme);
      expect(await page.textContent('[data-testid="capacity-total"]')).toBe(`${report.capacity.total} points`);
      expect(await page.$$eval('[data-testid="capacity-unsized"] a', (as) => as.map((a) => a.getAttribute('data-issue-key')))).toEqual(report.capacity.unsized.map((u) => u.key));
      // The page lists every candidate, not the gadget's top 5.
      expect(await page.$$eval('[data-testid^="candidate-row-"]', (rows) => rows.map((r) => (r.getAttribute('data-testid') ?? '').replace('candidate-row-', '')))).toEqual(
        candidates.map((c) => c.key),
      );
      expect(await page.locator('[data-testid="candidates-more"]').count()).toBe(0);
      // The trend across PIs (static/common/trend/trend-section.tsx) is mounted last on the page, loaded by then.
      expect(await page.locator('[data-testid="trend-section"] [data-testid="trend-summary"]').count()).toBe(1);
      for (const sw of withSwaps) expect(await page.getAttribute(`[data-testid="review-row-${sw.key}"] [data-testid="swap-hint-${sw.key}"]`, 'data-swaps')).toBe(sw.candidates.join(' '));
      const sizes = await page.$$eval('[data-testid^="review-row-"] [data-testid="row-size"]', (cells) => cells.map((c) => c.getAttribute('data-value')));
      expect(sizes).toEqual(report.items.map((i) => (i.size === null ? '' : String(i.size))));
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshot(page, `pi-review-capacity-${theme}`);
      await page.close();
    }
  });

  it("opens from the gadget's and the board's Open PI review link", async () => {
    const fx = fixture();
    const res = await fetch(`${fx.preview.url}api/gadget-config`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'current' }),
    });
    expect(res.status).toBe(200);
    for (const [resource, query] of [
      ['gadget', {}],
      ['board', { boardId: 1, projectKey: 'CLIN' }],
    ] as const) {
      const page = await openPage(fx, pageUrl(fx.preview, resource, { ...query, user: 'priya', theme: 'dark' }));
      await page.waitForSelector('[data-testid="open-pi-review"]', { timeout: 20_000 });
      await Promise.all([page.waitForURL(/\/pi-review\/\?projectKey=CLIN&user=priya&theme=dark$/), page.click('[data-testid="open-pi-review"]')]);
      await page.waitForSelector('[data-testid="headline"]', { timeout: 20_000 });
      expect(await page.locator('[data-testid="review-table"]').count()).toBe(1);
      await page.close();
    }
  });

  it('never scrolls the page sideways at 360 px: the tables scroll in their own boxes', async () => {
    const page = await open(fixture(), 'alex', 'dark');
    await page.setViewportSize({ width: 360, height: 800 });
    await waitForSettled(page);
    // The trend chart and the outcomes section load on their own and re-measure after the resize: give them a
    // few seconds to fit, then measure (a chart that never fits still fails below).
    await page
      .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, undefined, { timeout: 5_000 })
      .catch(() => undefined);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
      // The widest elements, to name what pushes the page when it does.
      wide: [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !(e.parentElement?.closest('[role="region"]') ?? null))
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}${e.getAttribute('data-testid') === null ? '' : `[${e.getAttribute('data-testid') ?? ''}]`}`),
    }));
    expect(widths.wide).toEqual([]);
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    await screenshot(page, 'width-pi-review-360-dark');
    await page.close();
  });

  it('works from the keyboard: Enter opens the dialog, the kind is an arrow-key radio group, Escape closes it', async () => {
    const page = await open(fixture(), 'priya');
    const first = (await rowKeys(page))[0] ?? '';
    await page.focus(`[data-testid="decide-${first}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="decide-dialog"][open]');
    await page.focus('[data-testid="kind-keep"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('[data-testid="kind-rejustify"]')).toBe(true);
    expect(await page.locator('[data-testid="due-date"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="decide-dialog"]', { state: 'detached' });
    await page.close();
  });

  it('lets sam view but not decide, and says why', async () => {
    const page = await open(fixture(), 'sam');
    expect(await page.textContent('[data-testid="decide-disabled"]')).toContain('You can view this PI but may not decide: ask for Edit issues in CLIN');
    const first = (await rowKeys(page))[0] ?? '';
    expect(await page.locator(`[data-testid="decide-${first}"]`).isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="commit-button"]').isDisabled()).toBe(true);
    await page.close();
  });

  it('enables Commit for alex only', async () => {
    for (const [user, enabled] of [['alex', true], ['priya', false], ['sam', false]] as const) {
      const page = await open(fixture(), user);
      expect([user, await page.locator('[data-testid="commit-button"]').isEnabled()]).toEqual([user, enabled]);
      await page.close();
    }
  });

  it('records a keep with Dana Whitfield as sponsor and a drop as priya, end to end', async () => {
    const page = await open(fixture(), 'priya');
    const [kept, dropped] = await undecidedKeys(page);
    if (kept === undefined || dropped === undefined) throw new Error('need two undecided items');

    // Keep, with the sponsor picked from the type-ahead by keyboard.
    await page.click(`[data-testid="decide-${kept}"]`);
    await page.waitForSelector('[data-testid="decide-dialog"][open]');
    await page.click('[data-testid="decide-submit"]');
    expect(await page.textContent('[data-testid="field-error-sponsorAccountId"]')).toContain('sponsor');
    await page.fill('[data-testid="rationale"]', WHY_KEEP);
    await page.fill('[data-testid="sponsor-input"]', 'Dana');
    await page.waitForSelector('[data-testid="sponsor-option"]');
    await page.press('[data-testid="sponsor-input"]', 'Enter');
    expect(await page.textContent('[data-testid="sponsor-chosen"]')).toContain('Dana Whitfield');
    await screenshot(page, 'pi-review-decide-dialog');
    await page.click('[data-testid="decide-submit"]');
    await page.waitForSelector('[data-testid="decide-results"]');
    expect(await page.textContent('[data-testid="decide-results"]')).toContain(`${kept}: Keep recorded`);
    await page.click('[data-testid="decide-done"]');
    await page.waitForSelector(`[data-testid="review-row-${kept}"] [data-decision="keep"]`, { timeout: 20_000 });
    expect(await page.textContent(`[data-testid="review-row-${kept}"] [data-testid="row-verdict-decision"]`)).toBe('Kept by Dana Whitfield');

    // Drop.
    await page.click(`[data-testid="decide-${dropped}"]`);
    await page.waitForSelector('[data-testid="decide-dialog"][open]');
    await page.check('[data-testid="kind-drop"]');
    expect(await page.textContent('[data-testid="kind-help"]')).toMatch(/^Drop takes it out of PI .+ in Jira/);
    await page.fill('[data-testid="rationale"]', WHY_DROP);
    await page.click('[data-testid="decide-submit"]');
    await page.waitForSelector('[data-testid="decide-results"]');
    expect(await page.textContent('[data-testid="decide-results"]')).toContain(`${dropped}: Drop recorded`);
    await page.click('[data-testid="decide-done"]');
    await page.waitForSelector(`[data-testid="register-row-${dropped}"]`, { timeout: 20_000 });
    await waitForSettled(page);
    expect(await rowKeys(page)).not.toContain(dropped);
    expect(await page.textContent(`[data-testid="register-row-${dropped}"]`)).toContain(WHY_DROP);
    expect(await page.locator(`[data-testid="log-row-${kept}"]`).count()).toBeGreaterThan(0);
    await screenshot(page, 'pi-review-after-decisions');

    // The register's filter.
    await page.fill('[data-testid="register-filter"]', dropped);
    expect(await page.textContent('[data-testid="register-count"]')).toMatch(/^1 (of \d+ entries|entry)$/);
    await page.close();
  });
});
