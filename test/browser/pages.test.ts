import type { Page } from 'playwright-core';
import { INTENDED_VERDICTS } from '../../src/jira/sample-site';
import type { OutcomeReport } from '../../src/shared/outcome';
import type { ScopeOptions } from '../../src/shared/payloads';
import {
  SETUP_TIMEOUT_MS,
  backgroundColour,
  describeBrowser,
  invokeData,
  openPage,
  pageUrl,
  runCliJson,
  screenshot,
  seriousAxeViolations,
  startFixture,
  useBrowserFixture,
  waitForSettled,
  type BrowserFixture,
  type Theme,
} from './helpers';

/**
 * Every preview page, light and dark: it renders without script errors or
 * CSP violations, the two themes really differ, axe-core finds no serious or
 * critical violation, and a screenshot lands in test/screenshots/.
 */

const keyWithVerdict = (verdict: string): string => {
  const found = Object.entries(INTENDED_VERDICTS as Readonly<Record<string, string>>).find(([, v]) => v === verdict);
  if (found === undefined) throw new Error(`The sample site has no ${verdict} item`);
  return found[0];
};

describeBrowser('every page in light and dark', () => {
  let fx: BrowserFixture;
  let pages: { name: string; resource: string | null; query: Record<string, string | number | undefined> }[];

  beforeAll(async () => {
    fx = await startFixture();
    const options = await invokeData<ScopeOptions>(fx.preview, 'getScopeOptions', {}, { user: 'alex' });
    const board = options.boards[0];
    if (board === undefined) throw new Error('The sample site has no board');
    await fetch(`${fx.preview.url}api/gadget-config`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' }),
    });
    const gravity = keyWithVerdict('gravity');
    pages = [
      { name: 'index', resource: null, query: {} },
      { name: 'issue-panel', resource: 'issue-panel', query: { issueKey: gravity } },
      { name: 'issue-context', resource: 'issue-context', query: { issueKey: gravity } },
      { name: 'issue-activity', resource: 'issue-activity', query: { issueKey: gravity } },
      { name: 'gadget', resource: 'gadget', query: {} },
      { name: 'gadget-outcomes', resource: 'gadget', query: { gadget: 'clin-outcomes' } },
      { name: 'gadget-edit', resource: 'gadget-edit', query: { entry: 'edit' } },
      { name: 'board', resource: 'board', query: { boardId: board.id, projectKey: board.projectKey } },
      { name: 'settings', resource: 'settings', query: { projectKey: 'CLIN' } },
      { name: 'pi-review', resource: 'pi-review', query: { projectKey: 'CLIN' } },
      { name: 'ask', resource: 'ask', query: {} },
    ];
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await fx?.close();
  });

  const open = async (name: string, theme: Theme): Promise<Page> => {
    const p = pages.find((x) => x.name === name);
    if (p === undefined) throw new Error(`no page ${name}`);
    const query = { ...p.query, user: 'alex', theme };
    const url = p.resource === null ? `${fx.preview.url}?user=alex&theme=${theme}` : pageUrl(fx.preview, p.resource, query);
    const page = await openPage(fx, url);
    await waitForSettled(page);
    return page;
  };

  it.each(['index', 'issue-panel', 'issue-context', 'issue-activity', 'gadget', 'gadget-outcomes', 'gadget-edit', 'board', 'settings', 'pi-review', 'ask'])(
    '%s renders in both themes, accessibly',
    async (name) => {
      const backgrounds = await Promise.all(
        (['light', 'dark'] as const).map(async (theme) => {
          const page = await open(name, theme);
          const background = await backgroundColour(page);
          await screenshot(page, `${name}-${theme}`);
          expect({ page: `${name} (${theme})`, violations: await seriousAxeViolations(page) }).toEqual({ page: `${name} (${theme})`, violations: [] });
          await page.close();
          return background;
        }),
      );
      expect(backgrounds[0]).not.toBe(backgrounds[1]);
      expect(fx.problems).toEqual([]);
      fx.problems.length = 0;
    },
  );
});

/**
 * The index page's first run: the gadget link opens a configured gadget
 * (CLIN, next PI), the unconfigured state has its own link, and three
 * gadgets scoped by the app's JQL names answer from the start (the preview
 * re-scored every item once when it started).
 */
describeBrowser('the index page opens configured gadgets and JQL examples', () => {
  const fixture = useBrowserFixture();

  const openIndex = async (): Promise<Page> => {
    const page = await openPage(fixture(), `${fixture().preview.url}?user=alex&theme=light`);
    await waitForSettled(page);
    return page;
  };
  const clickInto = async (page: Page, selector: string): Promise<void> => {
    await Promise.all([page.waitForURL(/\/gadget\/\?/), page.click(selector)]);
    await page.waitForSelector('[data-testid="headline"], [data-testid="not-configured"]', { timeout: 15_000 });
    await waitForSettled(page);
  };
  const rowKeys = (page: Page): Promise<string[]> =>
    page.$$eval('[data-testid^="report-row-"]', (rows) => rows.map((r) => (r.getAttribute('data-testid') ?? '').replace('report-row-', '')));

  it('opens the configured gadget first: Clinical Apps, next PI, with the counts of scan --project CLIN', async () => {
    const page = await openIndex();
    const first = await page.$eval('main ul a', (a) => ({ text: a.textContent, href: a.getAttribute('href') }));
    expect(first.text).toBe('Gadget: Clinical Apps (CLIN), next PI');
    expect(first.href).toContain('gadget=clin-next-pi');
    await screenshot(page, 'index-first-run');
    await clickInto(page, '#configured-gadget a');
    const cli = await runCliJson(['--project', 'CLIN', '--pi', 'next']);
    expect(await page.textContent('[data-testid="headline"]')).toBe(cli.headline);
    expect((await rowKeys(page)).sort()).toEqual(cli.items.map((i) => i.key).sort());
    expect(await page.$('[data-testid="not-configured"]')).toBeNull();
    await screenshot(page, 'gadget-configured-clin-next-pi');
    await page.close();
  });

  it("opens the outcomes gadget through its own link: CLIN's delivered items by outcome, as getOutcomes lists them", async () => {
    const page = await openIndex();
    expect(await page.getAttribute('#outcomes-gadget a', 'href')).toContain('gadget=clin-outcomes');
    await Promise.all([page.waitForURL(/\/gadget\/\?/), page.click('#outcomes-gadget a')]);
    await page.waitForSelector('[data-testid="outcomes-headline"], [data-testid="outcomes-empty"], [data-testid="error-message"]', { timeout: 15_000 });
    await waitForSettled(page);
    const outcomes = await invokeData<OutcomeReport>(fixture().preview, 'getOutcomes', { scope: { kind: 'project', projectKey: 'CLIN' } }, { user: 'alex' });
    expect(await page.textContent('[data-testid="outcomes-headline"]')).toBe(outcomes.headline);
    const keys = await page.$$eval('[data-testid^="outcome-row-"]', (rows) => rows.map((r) => (r.getAttribute('data-testid') ?? '').replace('outcome-row-', '')));
    expect(keys).toEqual(outcomes.items.map((i) => i.key));
    expect(await (await fetch(`${fixture().preview.url}api/gadget-config?gadget=clin-outcomes`)).json()).toEqual({
      config: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'outcomes' },
    });
    await page.close();
  });

  it('reaches the unconfigured state through its own link', async () => {
    const page = await openIndex();
    await clickInto(page, '#new-gadget a');
    expect(await page.$('[data-testid="not-configured"]')).not.toBeNull();
    await page.close();
  });

  it.each([
    ['gravityVerdict = gravity', 'next'],
    ['gravityVerdict in (zombie, ungrounded) ORDER BY gravityScore ASC', 'current'],
    ['gravityScore < 40 AND fixVersion in unreleasedVersions()', 'next'],
  ])('clicks the JQL example %s (%s PI): the items scan --jql finds', async (jql, pi) => {
    const page = await openIndex();
    const links = await page.$$eval('#jql-examples a', (as) => as.map((a) => a.textContent));
    expect(links).toContain(jql);
    await clickInto(page, `#jql-examples a:text-is("${jql.replace(/"/g, '\\"')}")`);
    const cli = await runCliJson(['--jql', jql, '--pi', pi]);
    expect(cli.items.length).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="headline"]')).toBe(cli.headline);
    expect((await rowKeys(page)).sort()).toEqual(cli.items.map((i) => i.key).sort());
    await page.close();
  });

  it('keeps each gadget its own configuration, and refuses a bad gadget name', async () => {
    const api = `${fixture().preview.url}api/gadget-config`;
    const post = (query: string, body: unknown) =>
      fetch(`${api}${query}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post('?gadget=new', { scope: { kind: 'project', projectKey: 'PAT' }, pi: 'current' })).status).toBe(200);
    expect(await (await fetch(`${api}?gadget=new`)).json()).toEqual({ config: { scope: { kind: 'project', projectKey: 'PAT' }, pi: 'current', view: 'report' } });
    expect(await (await fetch(`${api}?gadget=clin-next-pi`)).json()).toEqual({ config: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'report' } });
    const bad = await post('?gadget=../etc', { scope: { kind: 'project', projectKey: 'PAT' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain('is not a gadget name');
  });
});
