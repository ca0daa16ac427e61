import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { INTENDED_VERDICTS } from '../../src/jira/sample-site';
import type { OutcomeStatus } from '../../src/shared/outcome';
import type { PanelData } from '../../src/shared/payloads';
import {
  describeBrowser,
  invokeData,
  openPage,
  pageUrl,
  PROJECT_ROOT,
  screenshot,
  seriousAxeViolations,
  TEST_TODAY,
  useBrowserFixture,
  waitInPage,
  type BrowserFixture,
  type Theme,
  type User,
} from './helpers';

/**
 * The issue panel on a delivered (Done) item over the preview's sample site:
 * the outcome leads (status, headline, delivery day and source, due day, time
 * since delivery) and the planning verdict follows, smaller; adding adoption
 * evidence from the outcome or from the OUTCOME_OVERDUE fix, and retiring
 * through the dialog, by keyboard. Items are picked by their outcome, so the
 * test follows the sample site's data. Screenshots go to test/screenshots;
 * with README_SCREENSHOTS=1 the two overdue ones are also copied to
 * test/readme/issue-panel-outcome-overdue(-dark).png.
 */

const README_DIR = join(PROJECT_ROOT, 'test', 'readme');
const forReadme = process.env['README_SCREENSHOTS'] === '1';

const STATUS = '[data-testid="outcome-status"]';
const HEADLINE = '[data-testid="outcome-headline"]';

describeBrowser('issue panel on a delivered item', () => {
  const fixture = useBrowserFixture();
  let fx: BrowserFixture;
  beforeEach(() => {
    fx = fixture();
  });

  const panel = (issueKey: string, user: User = 'alex') => invokeData<PanelData>(fx.preview, 'getPanel', { issueKey }, { user, issueKey });

  /** The sample's Done epics in CLIN and PAT (both editable by priya), with their panels now. */
  const delivered = async (): Promise<PanelData[]> => {
    const keys = Object.entries(INTENDED_VERDICTS as Readonly<Record<string, string>>)
      .filter(([key, v]) => v === 'delivered' && /^(CLIN|PAT)-/.test(key))
      .map(([key]) => key);
    return Promise.all(keys.map((key) => panel(key, 'priya')));
  };

  const withOutcome = async (status: OutcomeStatus, skip: readonly string[] = []): Promise<PanelData> => {
    const all = (await delivered()).filter((d) => d.assessment.outcome.status === status && !skip.includes(d.assessment.key));
    // The health-system classic, when the sample has it: a dashboard nobody opens.
    const found = all.find((d) => /dashboard/i.test(d.assessment.summary)) ?? all[0];
    if (found === undefined) throw new Error(`The sample site has no delivered epic whose outcome is ${status}`);
    return found;
  };

  const openPanel = async (issueKey: string, user: User, theme: Theme = 'light'): Promise<Page> => {
    const page = await openPage(fx, pageUrl(fx.preview, 'issue-panel', { issueKey, user, theme }));
    await page.waitForSelector('[data-testid="verdict"]', { timeout: 15_000 });
    return page;
  };

  const text = async (page: Page, selector: string): Promise<string> => (await page.textContent(selector))?.trim() ?? '';

  it.each(['light', 'dark'] as const)('leads with the outcome on an overdue item, the planning verdict below it (%s), accessibly', async (theme) => {
    const data = await withOutcome('overdue');
    const page = await openPanel(data.assessment.key, 'priya', theme);
    // The width of the README's other panel screenshots.
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.waitForSelector(STATUS);
    expect(await page.getAttribute(STATUS, 'data-outcome')).toBe('overdue');
    expect(await text(page, STATUS)).toBe('Outcome overdue');
    expect(await text(page, HEADLINE)).toMatch(/^Delivered on \d{1,2} [A-Z][a-z]+( \d{4})?, no sign of use since: a zombie product candidate$/);
    expect(await page.locator('h2#outcome-headline').count()).toBe(1);
    const source = data.assessment.outcome.delivery?.from === 'resolution' ? 'from the resolution date' : `from the move to ${data.assessment.status} in the history`;
    expect(await text(page, '[data-testid="outcome-fact-delivered"]')).toContain(source);
    expect(await text(page, '[data-testid="outcome-fact-due"]')).toMatch(/: passed .+ ago$/);
    expect(await text(page, '[data-testid="outcome-fact-since"]')).not.toBe('');
    // The planning verdict follows, smaller, and is no longer the page's h2.
    expect(await text(page, '[data-testid="planning-verdict-label"]')).toBe('Planning verdict:');
    expect(await page.getAttribute('[data-testid="verdict"]', 'data-verdict')).toBe('delivered');
    const order = await page.evaluate(() => {
      const outcome = document.querySelector('[data-testid="outcome-section"]');
      const verdict = document.querySelector('[data-testid="verdict"]');
      return outcome !== null && verdict !== null && (outcome.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(order).toBe(true);
    expect(await page.locator('h2 [data-testid="headline"]').count()).toBe(0);
    // The finding and the actions of a person who may edit.
    expect(await text(page, '[data-testid="finding-OUTCOME_OVERDUE"]')).toContain('a zombie product candidate');
    expect(await page.locator('[data-testid="outcome-add-evidence"]').count()).toBe(1);
    expect(await text(page, '[data-testid="outcome-retire"]')).toBe('Retire…');
    expect(await seriousAxeViolations(page)).toEqual([]);
    const path = await screenshot(page, `panel-outcome-overdue-${theme}`);
    if (forReadme) {
      mkdirSync(README_DIR, { recursive: true });
      copyFileSync(path, join(README_DIR, theme === 'light' ? 'issue-panel-outcome-overdue.png' : 'issue-panel-outcome-overdue-dark.png'));
    }
    await page.close();
  });

  it('fits a 360 px column: the facts wrap, nothing runs past the edge', async () => {
    const data = await withOutcome('overdue');
    const page = await openPanel(data.assessment.key, 'priya', 'dark');
    await page.setViewportSize({ width: 360, height: 900 });
    await page.waitForSelector(STATUS);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    await screenshot(page, 'panel-outcome-overdue-360-dark');
    await page.close();
  });

  it('looks as it always did on an item that is not done', async () => {
    const key = Object.entries(INTENDED_VERDICTS as Readonly<Record<string, string>>).find(([, v]) => v === 'gravity')?.[0] ?? 'CLIN-7';
    const page = await openPanel(key, 'priya');
    expect(await page.locator('[data-testid="outcome-section"]').count()).toBe(0);
    expect(await page.locator('[data-testid="planning-verdict-label"]').count()).toBe(0);
    expect(await page.locator('h2 [data-testid="headline"]').count()).toBe(1);
    await page.close();
  });

  it('shows an evidenced item with the newest adoption or outcome figure', async () => {
    const data = await withOutcome('evidenced');
    const newest = data.assessment.outcome.evidence[0];
    const page = await openPanel(data.assessment.key, 'priya');
    await page.waitForSelector(STATUS);
    expect(await page.getAttribute(STATUS, 'data-outcome')).toBe('evidenced');
    expect(await text(page, HEADLINE)).toMatch(/^(In use|Outcome seen): .+ \(observed \d{1,2} [A-Z][a-z]+( \d{4})?\)$/);
    if (newest?.figure !== null && newest?.figure !== undefined) expect(await text(page, HEADLINE)).toContain(newest.figure.toLocaleString('en-US'));
    // Evidence shows use: no "Add adoption evidence" in the outcome, retiring stays possible.
    expect(await page.locator('[data-testid="outcome-add-evidence"]').count()).toBe(0);
    expect(await page.locator('[data-testid="outcome-retire"]').count()).toBe(1);
    await screenshot(page, 'panel-outcome-evidenced-light');
    await page.close();
  });

  it('offers a viewer no outcome actions, and says why', async () => {
    const data = await withOutcome('overdue');
    const page = await openPanel(data.assessment.key, 'sam');
    await page.waitForSelector('[data-testid="outcome-read-only"]');
    expect(await page.locator('[data-testid="outcome-retire"]').count()).toBe(0);
    expect(await page.locator('[data-testid="outcome-add-evidence"]').count()).toBe(0);
    expect(await text(page, '[data-testid="finding-OUTCOME_OVERDUE"]')).toContain('needs permission to edit');
    await page.close();
  });

  it('the OUTCOME_OVERDUE fix opens the evidence form with adoption preset; evidence observed today makes the outcome evidenced', async () => {
    const data = await withOutcome('overdue');
    const page = await openPanel(data.assessment.key, 'priya');
    await page.click('[data-testid="fix-OUTCOME_OVERDUE"]');
    await page.waitForSelector('[data-testid="evidence-form"]');
    expect(await page.inputValue('[data-testid="evidence-kind"]')).toBe('adoption');
    await page.fill('[data-testid="evidence-source-name"]', 'Clinical apps audit log');
    await page.fill('[data-testid="evidence-observed-on"]', TEST_TODAY);
    await page.fill('[data-testid="evidence-summary"]', 'Opened by 38 clinicians in the last week, from the audit log.');
    // Adoption evidence has a figure and a unit (the form shows them for adoption and outcome kinds).
    await page.fill('[data-testid="evidence-figure"]', '38');
    await page.fill('[data-testid="evidence-unit"]', 'weekly users');
    await page.click('[data-testid="evidence-submit"]');
    await waitInPage(page, (s) => document.querySelector(s)?.getAttribute('data-outcome') === 'evidenced', STATUS, 10_000, 'the outcome to become evidenced');
    expect(await text(page, HEADLINE)).toBe('In use: 38 weekly users (observed 26 November)');
    expect((await panel(data.assessment.key, 'priya')).assessment.outcome.status).toBe('evidenced');
    await page.close();
  });

  it('"Add adoption evidence" opens the form with adoption preset, and Cancel closes it', async () => {
    const data = await withOutcome('pending');
    const page = await openPanel(data.assessment.key, 'priya');
    await page.click('[data-testid="outcome-add-evidence"]');
    await page.waitForSelector('[data-testid="evidence-form"]');
    expect(await page.inputValue('[data-testid="evidence-kind"]')).toBe('adoption');
    await page.click('[data-testid="evidence-cancel"]');
    expect(await page.locator('[data-testid="evidence-form"]').count()).toBe(0);
    await page.close();
  });

  it('retires by keyboard: the dialog says what retiring means, refuses a short rationale, and the panel shows Retired at once', async () => {
    const skip = [(await withOutcome('overdue')).assessment.key];
    const data = await withOutcome('overdue', skip);
    const key = data.assessment.key;
    const page = await openPanel(key, 'priya');
    const retire = page.locator('[data-testid="outcome-retire"]');
    await retire.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="retire-dialog"]');
    // Focus moves into the dialog; Escape closes it and gives focus back to the button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('retire-rationale');
    expect(await text(page, '[data-testid="retire-meaning"]')).toContain('Nothing changes in Jira');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="retire-dialog"]').count()).toBe(0);
    await waitInPage(page, () => document.activeElement?.getAttribute('data-testid') === 'outcome-retire', undefined, 5_000, 'focus back on Retire');

    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="retire-dialog"]');
    const stateBefore = fx.preview.backend.dump();
    await page.keyboard.type('too short');
    await page.click('[data-testid="retire-submit"]');
    await page.waitForSelector('[data-testid="field-error-rationale"]');
    expect(fx.preview.backend.dump()).toBe(stateBefore);
    const rationale = 'Nobody has opened it since go-live; the ward runs on the paper board again.';
    await page.fill('[data-testid="retire-rationale"]', rationale);
    await page.waitForSelector('[data-testid="retire-counter"][data-ok="true"]');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, 'panel-retire-dialog-light');
    await page.focus('[data-testid="retire-submit"]');
    await page.keyboard.press('Enter');
    await waitInPage(page, (s) => document.querySelector(s)?.getAttribute('data-outcome') === 'retired', STATUS, 10_000, 'the outcome to become retired');
    expect(await page.locator('[data-testid="retire-dialog"]').count()).toBe(0);
    // The day is the decision's own (the preview records it by the machine's clock; its today is fixed).
    expect(await text(page, HEADLINE)).toMatch(new RegExp(`^Retired on \\d{1,2} [A-Z][a-z]+( \\d{4})? by Priya Nair: “${rationale}”$`));
    expect(await text(page, '[data-testid="outcome-retire"]')).toBe('Retire again…');
    const after = await panel(key, 'priya');
    expect(after.assessment.outcome).toMatchObject({ status: 'retired', retirement: { rationale, version: 1 } });
    expect(after.assessment.findings.map((f) => f.code)).not.toContain('OUTCOME_OVERDUE');
    await screenshot(page, 'panel-outcome-retired-light');
    await page.close();
  });
});
