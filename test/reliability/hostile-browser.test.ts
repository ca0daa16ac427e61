import type { Page } from 'playwright-core';
import { describeBrowser, invokeData, openPage, pageUrl, startFixture, waitForSettled, type BrowserFixture } from '../browser/helpers';
import type { PanelData, SettingsData } from '../../src/shared/payloads';
import { XSS_VECTORS } from './hostile-vectors';
import { printFigures, validEvidence } from './support';

/**
 * Hostile text stored through the resolvers on the local preview, then shown
 * by the real issue panel, settings page and gadget in Chromium: no script
 * runs (window.__xss stays undefined), no dialog opens, no injected element
 * appears, and the text is there literally.
 */

const figures = { xssVectorsInBrowser: XSS_VECTORS.length, pagesChecked: 0 };
afterAll(() => printFigures('hostile-browser', figures));

/** Elements that only exist if markup from the data was parsed as HTML. */
const INJECTED_SELECTOR = 'img[src="x"], svg[onload], iframe, details[ontoggle], math mglyph, a[href^="javascript:"], script:not([src]), [onerror], [onload]';

describeBrowser('hostile text in the front ends', () => {
  let fx: BrowserFixture;
  const dialogs: string[] = [];
  /** Requests that failed: an injected <img src=x> would show up here as a 404 for /x. */
  const failed: string[] = [];

  beforeAll(async () => {
    fx = await startFixture();
    fx.context.on('page', (page) => {
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
    });
  }, 120_000);

  afterAll(async () => {
    await fx?.close();
  });

  afterEach(() => {
    expect(dialogs).toEqual([]);
    expect(failed).toEqual([]);
    expect(fx.problems).toEqual([]);
    failed.length = 0;
    fx.problems.length = 0;
  });

  const expectInert = async (page: Page) => {
    // Give an onerror/onload handler time to fire, were one ever parsed.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.$$eval(INJECTED_SELECTOR, (els) => els.map((e) => e.outerHTML.slice(0, 120)))).toEqual([]);
    figures.pagesChecked += 1;
  };

  /** All text a person can read on the page, plus the values of its inputs. */
  const visibleText = (page: Page): Promise<string> =>
    page.evaluate(() => {
      const values = [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value);
      return `${document.body.textContent ?? ''}\n${values.join('\n')}`;
    });

  it('self-check: the detector does see a vector that runs (so a pass above means something)', async () => {
    const page = await fx.browser.newPage();
    const seen: string[] = [];
    page.on('dialog', (d) => {
      seen.push(d.message());
      void d.dismiss().catch(() => undefined);
    });
    await page.setContent(`<p>${XSS_VECTORS[1] ?? ''}</p>`);
    await page.waitForFunction(() => (window as unknown as { __xss?: unknown }).__xss !== undefined, undefined, { timeout: 5_000 });
    expect(await page.$$eval(INJECTED_SELECTOR, (els) => els.length)).toBeGreaterThan(0);
    expect(seen).toEqual(['2']);
    await page.close();
  });

  it('the issue panel shows hostile evidence summaries and source names as text', async () => {
    const issueKey = 'CLIN-7';
    for (const vector of XSS_VECTORS) {
      await invokeData<PanelData>(
        fx.preview,
        'addEvidence',
        { issueKey, evidence: validEvidence({ summary: vector, source: { name: vector, role: 'Charge nurse' } }) },
        { user: 'priya', issueKey },
      );
    }
    const page = await openPage(fx, pageUrl(fx.preview, 'issue-panel', { issueKey, user: 'priya' }));
    await page.waitForSelector('[data-testid="verdict"]', { timeout: 15_000 });
    await waitForSettled(page);
    await expectInert(page);
    const rows = await page.$$eval('[data-testid="evidence-row"]', (els) => els.map((e) => e.textContent ?? ''));
    for (const vector of XSS_VECTORS) {
      expect({ vector, shown: rows.some((r) => r.includes(vector)) }).toEqual({ vector, shown: true });
    }
    // The edit form puts the stored text into inputs, still inert.
    await page.click('[data-testid="evidence-edit"] >> nth=0');
    await page.waitForSelector('[data-testid="evidence-form"]');
    await expectInert(page);
    const summary = await page.inputValue('[data-testid="evidence-summary"]');
    expect(XSS_VECTORS).toContain(summary);
    await page.close();
  });

  it('the settings page shows hostile issue type names as values', async () => {
    const names = XSS_VECTORS.slice(0, 5);
    await invokeData<SettingsData>(
      fx.preview,
      'saveSettings',
      { projectKey: 'CLIN', settings: { workItemTypes: ['Epic', ...names], objectives: { issueTypes: ['Objective', ...XSS_VECTORS.slice(5, 10)] } } },
      { user: 'alex', projectKey: 'CLIN' },
    );
    const page = await openPage(fx, pageUrl(fx.preview, 'settings', { projectKey: 'CLIN', user: 'alex' }));
    await page.waitForSelector('[data-testid="settings-form"]', { timeout: 15_000 });
    await waitForSettled(page);
    await expectInert(page);
    const text = await visibleText(page);
    for (const vector of XSS_VECTORS.slice(0, 10)) expect({ vector, shown: text.includes(vector) }).toEqual({ vector, shown: true });
    await page.close();
    // Put the defaults back for the next test.
    await invokeData<SettingsData>(fx.preview, 'saveSettings', { projectKey: 'CLIN', settings: {} }, { user: 'alex', projectKey: 'CLIN' });
  });

  it('the gadget shows a hostile PI name from its configuration as text', async () => {
    const vector = '<img src=x onerror="window.__xss=30;alert(30)">';
    const res = await fetch(`${fx.preview.url}api/gadget-config`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scope: { kind: 'project', projectKey: 'CLIN' }, pi: { name: vector } }),
    });
    expect(res.status).toBe(200);
    const page = await openPage(fx, pageUrl(fx.preview, 'gadget', { user: 'alex' }));
    await waitForSettled(page);
    await expectInert(page);
    expect(await visibleText(page)).toContain(vector);
    await page.close();

    // A hostile JQL scope in the edit view: its text sits in the input, inert.
    const jql = 'project = CLIN AND summary ~ "<svg onload=window.__xss=31>"';
    const saved = await fetch(`${fx.preview.url}api/gadget-config`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scope: { kind: 'jql', jql }, pi: 'next' }),
    });
    expect(saved.status).toBe(200);
    const edit = await openPage(fx, pageUrl(fx.preview, 'gadget-edit', { user: 'alex' }));
    await waitForSettled(edit);
    await expectInert(edit);
    expect(await visibleText(edit)).toContain(jql);
    await edit.close();
  });
});
