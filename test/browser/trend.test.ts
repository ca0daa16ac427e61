import type { Page } from 'playwright-core';
import type { ScopeTrend } from '../../src/shared/trend';
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
 * The trend across PIs over the preview's sample site: the gadget's trend
 * view (preview gadget clin-trend) and the PI review page's section draw the
 * same values getTrend answers, committed points solid and reconstructed ones
 * hollow, with a table holding every number that the keyboard reaches.
 */

const waitForTrend = async (page: Page) => {
  await page.waitForSelector('[data-testid="trend-chart"] svg, [data-testid="trend-empty"], [data-testid="error-message"]', { timeout: 15_000 });
  await waitForSettled(page);
};

const openGadget = async (fx: BrowserFixture, theme: Theme, width = 1000): Promise<Page> => {
  const page = await openPage(fx, pageUrl(fx.preview, 'gadget', { gadget: 'clin-trend', user: 'alex', theme }));
  await page.setViewportSize({ width, height: 900 });
  await waitForTrend(page);
  return page;
};

/** What the chart drew, per series: the marker's share and whether it is hollow, in PI order. */
const markers = (page: Page, series: 'gravity' | 'aligned') =>
  page.$$eval(`[data-testid^="trend-marker-${series}-"]`, (els) =>
    els.map((e) => ({ index: Number((e.getAttribute('data-testid') ?? '').split('-').pop()), share: Number(e.getAttribute('data-share')), hollow: e.getAttribute('data-hollow') === 'true' })),
  );

const tableRows = (page: Page) =>
  page.$$eval('[data-testid^="trend-row-"]', (rows) =>
    rows.map((r) => ({
      pi: (r.getAttribute('data-testid') ?? '').replace('trend-row-', ''),
      source: r.getAttribute('data-source'),
      gravity: r.querySelector('[data-testid="trend-cell-gravity"]')?.getAttribute('data-value') ?? 'missing',
      aligned: r.querySelector('[data-testid="trend-cell-aligned"]')?.getAttribute('data-value') ?? 'missing',
      carried: Number(r.querySelector('[data-testid="trend-cell-carried"]')?.getAttribute('data-value')),
    })),
  );

const expectedRows = (t: ScopeTrend) =>
  t.points.map((p) => ({ pi: p.pi.name, source: p.source, gravity: String(p.gravityShare ?? ''), aligned: String(p.alignedShare ?? ''), carried: p.carriedOut }));

const expectedMarkers = (t: ScopeTrend, series: 'gravity' | 'aligned') =>
  t.points.flatMap((p, index) => {
    const share = series === 'gravity' ? p.gravityShare : p.alignedShare;
    return share === null ? [] : [{ index, share, hollow: p.source === 'reconstructed' }];
  });

/** Nothing in the chart runs past its own box or the page's width. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const chart = document.querySelector('[data-testid="trend-chart"]');
    const svg = chart?.querySelector('svg');
    return {
      page: document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
      chart: chart !== null && chart !== undefined && svg !== null && svg !== undefined && svg.getBoundingClientRect().right > chart.getBoundingClientRect().right + 1,
    };
  });

describeBrowser('the trend across PIs', () => {
  const fixture = useBrowserFixture();
  let trend: ScopeTrend;

  beforeAll(async () => {
    trend = await invokeData<ScopeTrend>(fixture().preview, 'getTrend', { scope: { kind: 'project', projectKey: 'CLIN' } }, { user: 'alex' });
  });

  it('the sample trend has past, current and next PIs, committed and reconstructed', () => {
    expect(trend.points.length).toBeGreaterThanOrEqual(3);
    expect(trend.points.map((p) => p.role)).toContain('current');
    expect(trend.points.map((p) => p.role)).toContain('next');
    expect(new Set(trend.points.map((p) => p.source))).toEqual(new Set(['committed', 'reconstructed']));
  });

  it.each(['light', 'dark'] as const)('the gadget trend view draws what getTrend answers (%s), accessibly', async (theme) => {
    const fx = fixture();
    const page = await openGadget(fx, theme);
    expect(await page.$('[data-testid="error-message"]')).toBeNull();
    expect(await page.$('[data-testid="headline"]')).toBeNull();
    expect(await markers(page, 'gravity')).toEqual(expectedMarkers(trend, 'gravity'));
    expect(await markers(page, 'aligned')).toEqual(expectedMarkers(trend, 'aligned'));
    expect(await tableRows(page)).toEqual(expectedRows(trend));
    // Reconstructed ends dash the line; at least one committed pair (if any) stays solid.
    const dashed = await page.$$eval('[data-testid="trend-segment-gravity"]', (els) => els.map((e) => e.getAttribute('data-dashed') === 'true'));
    expect(dashed.length).toBeGreaterThan(0);
    expect(dashed).toContain(true);
    expect(await page.$('[data-testid="trend-band-current"]')).not.toBeNull();
    expect(await page.$('[data-testid="trend-band-next"]')).not.toBeNull();
    expect(await page.textContent('[data-testid="trend-summary"]')).toMatch(/^Over the past PIs, gravity share (fell|rose|held) .*PI \d+\.\d+ \(next\): gravity \d+%/);
    expect(await page.textContent('[data-testid="trend-notes"]')).toContain(trend.notes[0] ?? '');
    const legend = (await page.textContent('[data-testid="trend-legend"]')) ?? '';
    expect(legend).toContain('committed');
    expect(legend).toContain('reconstructed');
    expect(legend).toContain(trend.unit === 'items' ? '% of items' : `% of ${trend.unit}`);
    expect(await overflow(page)).toEqual({ page: false, chart: false });
    await screenshot(page, `trend-gadget-${theme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('fits a 360 px gadget column (%s)', async (theme) => {
    const page = await openGadget(fixture(), theme, 360);
    expect(await overflow(page)).toEqual({ page: false, chart: false });
    expect(await markers(page, 'gravity')).toEqual(expectedMarkers(trend, 'gravity'));
    await screenshot(page, `trend-gadget-360-${theme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reaches the table with the keyboard, and the arrow keys scroll it in a narrow column', async () => {
    const page = await openGadget(fixture(), 'light', 360);
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'trend-table-box');
    }
    expect(reached).toBe(true);
    const ring = await page.evaluate(() => {
      const el = document.activeElement;
      if (el === null) return 'none';
      const s = getComputedStyle(el);
      return s.outlineStyle === 'none' && s.boxShadow === 'none' ? 'none' : 'shown';
    });
    expect(ring).toBe('shown');
    const before = await page.$eval('[data-testid="trend-table-box"]', (el) => ({ left: el.scrollLeft, scrolls: el.scrollWidth > el.clientWidth }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The browser may scroll smoothly: wait for the box to move rather than read it at once.
    const moved = () => page.$eval('[data-testid="trend-table-box"]', (el, left) => el.scrollLeft > left, before.left);
    if (before.scrolls) expect(await eventually(moved, true, 3_000)).toBe(true);
    await page.close();
  });

  it('the edit view switches the gadget to the trend with the keyboard, and says the PI does not apply', async () => {
    const fx = fixture();
    const page = await openPage(fx, pageUrl(fx.preview, 'gadget-edit', { gadget: 'new', entry: 'edit', user: 'alex', theme: 'dark' }));
    await waitForSettled(page);
    await page.selectOption('[data-testid="scope-project"]', 'CLIN');
    expect(await page.$('[data-testid="pi-kind"]')).not.toBeNull();
    await page.focus('[data-testid="view-report"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('[data-testid="view-trend"]')).toBe(true);
    expect(await page.$('[data-testid="pi-kind"]')).toBeNull();
    expect(await page.textContent('[data-testid="trend-pi-note"]')).toContain('no PI to choose');
    await screenshot(page, 'trend-gadget-edit-dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.click('[data-testid="gadget-edit-save"]');
    const saved = async () => ((await (await fetch(`${fx.preview.url}api/gadget-config?gadget=new`)).json()) as { config: unknown }).config;
    for (let i = 0; i < 50 && !JSON.stringify(await saved()).includes('trend'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await saved()).toEqual({ scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'trend' });
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the PI review page shows the trend section (%s)', async (theme) => {
    const fx = fixture();
    const page = await openPage(fx, pageUrl(fx.preview, 'pi-review', { projectKey: 'CLIN', user: 'alex', theme }));
    await page.setViewportSize({ width: 1200, height: 900 });
    await waitForSettled(page);
    await page.waitForSelector('[data-testid="trend-section"] [data-testid="trend-chart"] svg', { timeout: 15_000 });
    await waitForSettled(page);
    expect(await tableRows(page)).toEqual(expectedRows(trend));
    const section = await page.$('[data-testid="trend-section"]');
    await section?.scrollIntoViewIfNeeded();
    await section?.screenshot({ path: await screenshot(page, `trend-pi-review-${theme}`).then((p) => p.replace(/\.png$/, '-section.png')) });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
