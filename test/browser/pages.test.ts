import type { Page } from 'playwright-core';
import { INTENDED_VERDICTS } from '../../src/jira/sample-site';
import type { ScopeOptions } from '../../src/shared/payloads';
import {
  SETUP_TIMEOUT_MS,
  backgroundColour,
  describeBrowser,
  invokeData,
  openPage,
  pageUrl,
  screenshot,
  seriousAxeViolations,
  startFixture,
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
      { name: 'gadget', resource: 'gadget', query: {} },
      { name: 'gadget-edit', resource: 'gadget-edit', query: { entry: 'edit' } },
      { name: 'board', resource: 'board', query: { boardId: board.id, projectKey: board.projectKey } },
      { name: 'settings', resource: 'settings', query: { projectKey: 'CLIN' } },
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

  it.each(['index', 'issue-panel', 'issue-context', 'gadget', 'gadget-edit', 'board', 'settings'])(
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
