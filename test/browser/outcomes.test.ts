import type { Page } from 'playwright-core';
import type { OutcomeReport } from '../../src/shared/outcome';
import {
  describeBrowser,
  eventually,
  invokeData,
  openPage,
  pageUrl,
  screenshot,
  seriousAxeViolations,
  useBrowserFixture,
  waitForSettled,
  type BrowserFixture,
  type Theme,
} from './helpers';

/**
 * The outcome check after delivery over the preview's sample site: the
 * gadget's outcomes view (preview gadget clin-outcomes) and the PI review
 * page's section list what getOutcomes answers, in its order (overdue
 * first), each row with its status, delivery day, time since, due day and
 * note; the status filter, the empty and the error states; keyboard and axe.
 */

const waitForOutcomes = async (page: Page) => {
  await page.waitForSelector(
    '[data-testid="outcomes-section"] [data-testid="outcomes-rows"], [data-testid="outcomes-section"] [data-testid="outcomes-empty"], [data-testid="outcomes-section"] [data-testid="error-message"]',
    { timeout: 20_000 },
  );
  await waitForSettled(page);
};

const openGadget = async (fx: BrowserFixture, theme: Theme, width = 1000, gadget = 'clin-outcomes'): Promise<Page> => {
  const page = await openPage(fx, pageUrl(fx.preview, 'gadget', { gadget, user: 'alex', theme }));
  await page.setViewportSize({ width, height: 900 });
  await waitForOutcomes(page);
  return page;
};

/** What the page lists, row by row, in its order. */
const rows = (page: Page, within = '[data-testid="outcomes-section"]') =>
  page.$$eval(`${within} [data-testid^="outcome-row-"]`, (trs) =>
    trs.map((r) => ({
      key: (r.getAttribute('data-testid') ?? '').replace('outcome-row-', ''),
      status: r.getAttribute('data-status'),
      lozenge: r.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? 'missing',
      days: r.querySelector('[data-testid="outcome-cell-since"]')?.getAttribute('data-days') ?? 'missing',
    })),
  );

const expectedRows = (report: OutcomeReport) =>
  report.items.map((i) => ({ key: i.key, status: i.outcome.status, lozenge: i.outcome.status, days: String(i.outcome.daysSinceDelivery ?? '') }));

const pageOverflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

const configure = async (fx: BrowserFixture, gadget: string, config: unknown) => {
  const res = await fetch(`${fx.preview.url}api/gadget-config?gadget=${gadget}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(config) });
  expect(res.status).toBe(200);
};

describeBrowser('the outcomes of delivered work', () => {
  const fixture = useBrowserFixture();
  let report: OutcomeReport;

  beforeAll(async () => {
    report = await invokeData<OutcomeReport>(fixture().preview, 'getOutcomes', { scope: { kind: 'project', projectKey: 'CLIN' } }, { user: 'alex' });
  });

  it('the sample site has delivered items of every status, overdue first', () => {
    expect(new Set(report.items.map((i) => i.outcome.status))).toEqual(new Set(['overdue', 'pending', 'evidenced', 'retired']));
    expect(report.items[0]?.outcome.status).toBe('overdue');
    expect(report.counts.overdue).toBeGreaterThanOrEqual(2);
  });

  it.each(['light', 'dark'] as const)('the gadget lists what getOutcomes answers, in its order (%s), accessibly', async (theme) => {
    const page = await openGadget(fixture(), theme);
    expect(await page.$('[data-testid="error-message"]')).toBeNull();
    expect(await page.getAttribute('[data-testid="outcomes-rows"]', 'data-layout')).toBe('table');
    expect(await rows(page)).toEqual(expectedRows(report));
    expect(await page.textContent('[data-testid="outcomes-headline"]')).toBe(report.headline);
    const counts = (await page.textContent('[data-testid="outcomes-counts"]')) ?? '';
    expect(counts).toContain(`${report.counts.overdue} overdue · ${report.counts.pending} pending · ${report.counts.evidenced} evidenced · ${report.counts.retired} retired`);
    // The PI report's own parts are not in this view.
    expect(await page.$('[data-testid="headline"]')).toBeNull();
    // The first overdue row: its key links to the issue, "No sign of use", its delivery source under the day.
    const overdue = report.items.find((i) => i.outcome.status === 'overdue');
    if (overdue === undefined) throw new Error('no overdue item in the sample');
    const row = `[data-testid="outcome-row-${overdue.key}"]`;
    expect(await page.getAttribute(`${row} a[data-issue-key]`, 'href')).toBe(`/browse/${overdue.key}`);
    expect(await page.textContent(`${row} [data-testid="outcome-cell-note"]`)).toContain('No sign of use');
    expect(await page.textContent(`${row} [data-testid="outcome-cell-delivered"]`)).toMatch(/from the (resolution date|move to .+ in the history)/);
    expect(await page.textContent(`${row} [data-testid="outcome-cell-since"]`)).toMatch(/ago$/);
    // An evidenced row's note is its newest figure and unit.
    const evidenced = report.items.find((i) => i.outcome.status === 'evidenced' && i.outcome.evidence[0]?.figure !== null);
    const figure = evidenced?.outcome.evidence[0]?.figure;
    if (evidenced !== undefined && figure !== undefined && figure !== null)
      expect(await page.textContent(`[data-testid="outcome-row-${evidenced.key}"] [data-testid="outcome-cell-note"]`)).toContain(figure.toLocaleString('en-US'));
    const retired = report.items.find((i) => i.outcome.status === 'retired');
    if (retired !== undefined) expect(await page.textContent(`[data-testid="outcome-row-${retired.key}"] [data-testid="outcome-cell-note"]`)).toMatch(/^Retired: /);
    expect(await pageOverflows(page)).toBe(false);
    // The README's pictures (test/readme/outcomes.png, outcomes-dark.png) are copies of the section's screenshots.
    const path = await screenshot(page, `outcomes-gadget-${theme}`);
    await (await page.$('[data-testid="outcomes-section"]'))?.screenshot({ path: path.replace(/\.png$/, '-section.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('filters by status with the keyboard, keeping the order, and All shows every row again', async () => {
    const page = await openGadget(fixture(), 'light');
    await page.focus('[data-testid="outcome-filter-all"]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('outcome-filter-overdue');
    await page.keyboard.press('Enter');
    const overdue = expectedRows(report).filter((r) => r.status === 'overdue');
    expect(await eventually(() => rows(page), overdue)).toEqual(overdue);
    expect(await page.getAttribute('[data-testid="outcome-filter-overdue"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-testid="outcome-filter-all"]', 'aria-pressed')).toBe('false');
    await page.click('[data-testid="outcome-filter-retired"]');
    const retired = expectedRows(report).filter((r) => r.status === 'retired');
    expect(await eventually(() => rows(page), retired)).toEqual(retired);
    await page.focus('[data-testid="outcome-filter-all"]');
    await page.keyboard.press('Space');
    expect(await eventually(() => rows(page), expectedRows(report))).toEqual(expectedRows(report));
    await page.close();
  });

  it.each(['light', 'dark'] as const)('fits a 360 px gadget column (%s): a list of wrapping lines per item, each key reached with the keyboard', async (theme) => {
    const page = await openGadget(fixture(), theme, 360);
    expect(await page.getAttribute('[data-testid="outcomes-rows"]', 'data-layout')).toBe('list');
    expect(await pageOverflows(page)).toBe(false);
    expect(await rows(page)).toEqual(expectedRows(report));
    const first = report.items[0]?.key ?? '';
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((key) => document.activeElement?.getAttribute('data-issue-key') === key, first);
    }
    expect(reached).toBe(true);
    const ring = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === null) return 'none';
      const s = getComputedStyle(el);
      return s.outlineStyle === 'none' && s.boxShadow === 'none' ? 'none' : 'shown';
    });
    expect(ring).toBe('shown');
    await screenshot(page, `outcomes-gadget-360-${theme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('between the list and a roomy column the table scrolls in its own box, which the keyboard reaches and scrolls', async () => {
    const page = await openGadget(fixture(), 'light', 720);
    expect(await page.getAttribute('[data-testid="outcomes-rows"]', 'data-layout')).toBe('table');
    expect(await pageOverflows(page)).toBe(false);
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'outcomes-table-box');
    }
    expect(reached).toBe(true);
    const box = await page.$eval('[data-testid="outcomes-table-box"]', (el) => ({ scrolls: el.scrollWidth > el.clientWidth + 1, says: el.getAttribute('data-overflows') }));
    expect(box.says).toBe(String(box.scrolls));
    if (box.scrolls) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const moved = () => page.$eval('[data-testid="outcomes-table-box"]', (el) => el.scrollLeft > 0);
      expect(await eventually(moved, true, 3_000)).toBe(true);
    }
    await screenshot(page, 'outcomes-gadget-720-light');
    await page.close();
  });

  it('says what to do when nothing of the scope was delivered since the lookback', async () => {
    const fx = fixture();
    await configure(fx, 'outcomes-empty', { scope: { kind: 'jql', jql: 'gravityVerdict = gravity' }, pi: 'next', view: 'outcomes' });
    const page = await openGadget(fx, 'dark', 600, 'outcomes-empty');
    const empty = (await page.textContent('[data-testid="outcomes-empty"]')) ?? '';
    expect(empty).toContain('No work item of this scope was delivered since');
    expect(empty).toContain('outcome.lookbackMonths');
    expect(await page.$('[data-testid="outcomes-rows"]')).toBeNull();
    await screenshot(page, 'outcomes-gadget-empty-dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows an error with a retry when the scope cannot be read', async () => {
    const fx = fixture();
    await configure(fx, 'outcomes-error', { scope: { kind: 'jql', jql: 'nosuchfield = 3' }, pi: 'next', view: 'outcomes' });
    const page = await openGadget(fx, 'light', 600, 'outcomes-error');
    expect(await page.getAttribute('[data-testid="outcomes-section"] [data-testid="error-message"]', 'data-code')).toBe('JIRA_BAD_REQUEST');
    expect(await page.textContent('[data-testid="error-message"]')).toContain("Field 'nosuchfield' does not exist");
    expect(await page.textContent('[data-testid="error-message"]')).toContain('Try again');
    await page.click('[data-testid="error-message"] button');
    await waitForOutcomes(page);
    expect(await page.$('[data-testid="error-message"]')).not.toBeNull();
    await page.close();
  });

  it("the edit view switches the gadget to the delivered items' outcomes with the keyboard, and says the PI does not apply", async () => {
    const fx = fixture();
    const page = await openPage(fx, pageUrl(fx.preview, 'gadget-edit', { gadget: 'outcomes-new', entry: 'edit', user: 'alex', theme: 'light' }));
    await waitForSettled(page);
    await page.selectOption('[data-testid="scope-project"]', 'CLIN');
    expect(await page.$('[data-testid="pi-kind"]')).not.toBeNull();
    await page.focus('[data-testid="view-report"]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('[data-testid="view-outcomes"]')).toBe(true);
    expect(await page.$('[data-testid="pi-kind"]')).toBeNull();
    expect(await page.textContent('[data-testid="outcomes-pi-note"]')).toContain('no PI to choose');
    await screenshot(page, 'outcomes-gadget-edit');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.click('[data-testid="gadget-edit-save"]');
    const saved = async () => ((await (await fetch(`${fx.preview.url}api/gadget-config?gadget=outcomes-new`)).json()) as { config: unknown }).config;
    expect(await eventually(saved, { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'outcomes' })).toEqual({
      scope: { kind: 'project', projectKey: 'CLIN' },
      pi: 'next',
      view: 'outcomes',
    });
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the PI review page lists the same outcomes below the trend (%s)', async (theme) => {
    const fx = fixture();
    const page = await openPage(fx, pageUrl(fx.preview, 'pi-review', { projectKey: 'CLIN', user: 'alex', theme }));
    await page.setViewportSize({ width: 1200, height: 900 });
    await waitForOutcomes(page);
    expect(await rows(page)).toEqual(expectedRows(report));
    const order = await page.$$eval('[data-testid="trend-section"], [data-testid="outcomes-section"]', (els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order).toEqual(['trend-section', 'outcomes-section']);
    const section = await page.$('[data-testid="outcomes-section"]');
    await section?.scrollIntoViewIfNeeded();
    await section?.screenshot({ path: await screenshot(page, `outcomes-pi-review-${theme}`).then((p) => p.replace(/\.png$/, '-section.png')) });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
