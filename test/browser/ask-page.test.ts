import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSampleSite } from '../../src/jira/sample-site';
import { localAskRunner } from '../../src/preview/ask-runner';
import { startPreviewServer, type PreviewServer } from '../../src/preview/http-server';
import { createLocalBackend } from '../../src/preview/local-backend';
import { rescoreSampleSite } from '../../src/preview/local-deps';
import { createMemoryKeyValueStore } from '../../src/storage/key-value-store';
import { PROJECT_ROOT, SETUP_TIMEOUT_MS, backgroundColour, describeBrowser, launchBrowser, screenshot, seriousAxeViolations } from './helpers';

/**
 * The preview's Ask page (/ask/): the four agent actions as plain forms,
 * posted and answered server-side with the raw output and the summary, as
 * each sample user. Linked from the index; light and dark; no script.
 *
 * The server is started here with its own runner over a sample site and
 * app storage (localAskRunner), as startPreview would wire it.
 */

const TODAY = '2026-11-26';

describeBrowser('the Ask page', () => {
  let server: PreviewServer;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    const site = createSampleSite({ today: TODAY });
    const kvs = createMemoryKeyValueStore();
    const ask = localAskRunner(site, kvs, TODAY, rescoreSampleSite(site, kvs, TODAY));
    server = await startPreviewServer({ backend: createLocalBackend(TODAY), projectRoot: PROJECT_ROOT, port: 0, host: '127.0.0.1', ask, onError: (e) => problems.push(`server: ${String(e)}`) });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    context.on('page', (page) => {
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
    });
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await context.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
    await server.close();
  });

  afterEach(() => {
    expect(problems).toEqual([]);
    problems.length = 0;
  });

  const run = async (page: Page, action: string, user: string, fill: Readonly<Record<string, string>> = {}): Promise<void> => {
    for (const [name, value] of Object.entries(fill)) await page.fill(`#${action}-${name}`, value);
    await page.selectOption(`#${action}-user`, user);
    await Promise.all([page.waitForURL(/\/ask\/#answer$/), page.click(`#action-${action} button[type=submit]`)]);
  };
  const rawAnswer = async (page: Page): Promise<{ ok: boolean; summary?: string; data?: { key?: string }; error?: { code: string; message: string } }> =>
    JSON.parse((await page.textContent('[data-testid="answer-json"]')) ?? 'null') as never;

  it('is linked from the index and runs explain-item for CLIN-7 as priya: the summary and the raw JSON', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}?user=priya&theme=light`);
    await Promise.all([page.waitForURL(/\/ask\/\?user=priya&theme=light$/), page.click('#ask-link a')]);
    expect(await page.textContent('h1')).toBe("Ask the PI alignment coach's actions");
    expect(await page.$$eval('form[action="/ask/#answer"]', (forms) => forms.length)).toBe(4);
    expect(await page.inputValue('#explain-item-issueKey')).toBe('CLIN-7');
    expect(await page.inputValue('#explain-item-user')).toBe('priya');
    await run(page, 'explain-item', 'priya');
    const answer = await rawAnswer(page);
    expect(answer).toMatchObject({ ok: true, data: { key: 'CLIN-7' } });
    expect(await page.textContent('[data-testid="answer-summary"]')).toBe(answer.summary);
    expect(await page.textContent('#answer-title')).toBe('explain-item as Priya Nair (priya): answered');
    // The form keeps what ran, and the run-as choice.
    expect(await page.inputValue('#explain-item-user')).toBe('priya');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const shot = await screenshot(page, 'ask-page-explain-item-light');
    // The README's picture is refreshed on request only, as the other README screenshots are.
    if (process.env['README_SCREENSHOTS'] === '1') copyFileSync(shot, join(PROJECT_ROOT, 'test', 'readme', 'ask-page.png'));
    await page.close();
  }, 60_000);

  it('sam asking about CLIN-4 (Leadership only) gets the NOT_FOUND answer and learns nothing of it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}ask/?user=sam&theme=dark`);
    await run(page, 'explain-item', 'sam', { issueKey: 'CLIN-4' });
    const answer = await rawAnswer(page);
    expect(answer).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Issue CLIN-4 does not exist or you cannot see it.' } });
    expect(await page.textContent('[data-testid="answer-error"]')).toBe('NOT_FOUND Issue CLIN-4 does not exist or you cannot see it.');
    expect(await page.textContent('body')).not.toContain('Agency staffing cost dashboard');
    expect(await page.getAttribute('body', 'class')).toBe('dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'ask-page-not-found-dark');
    await page.close();
  }, 60_000);

  it('records a decision only with Confirmed ticked, which is unticked on every form shown', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}ask/?user=priya`);
    expect(await page.isChecked('#record-decision-confirmed')).toBe(false);
    await run(page, 'record-decision', 'priya');
    expect(await rawAnswer(page)).toMatchObject({ ok: false, error: { code: 'BAD_PAYLOAD', message: expect.stringMatching(/^Not recorded: confirm the decision first/) } });
    expect(await page.isChecked('#record-decision-confirmed')).toBe(false);
    await page.check('#record-decision-confirmed');
    await run(page, 'record-decision', 'priya');
    expect(await rawAnswer(page)).toMatchObject({ ok: true, summary: 'Recorded: keep CLIN-11 in PI 26.4, sponsored by Dana Whitfield (version 1).' });
    expect(await page.isChecked('#record-decision-confirmed')).toBe(false);
    await screenshot(page, 'ask-page-recorded-light');
    await page.close();
  }, 60_000);

  it('has a dark theme and answers a cross-site post with 403, running nothing', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}ask/?theme=light`);
    const light = await backgroundColour(page);
    await page.goto(`${server.url}ask/?theme=dark`);
    expect(await backgroundColour(page)).not.toBe(light);
    await page.close();
    const res = await fetch(`${server.url}ask/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://evil.example' },
      body: 'action=record-decision&user=alex&issueKey=CLIN-12&kind=drop&rationale=Dropped+by+someone+else&confirmed=true',
    });
    expect(res.status).toBe(403);
  }, 60_000);
});
