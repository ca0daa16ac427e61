import type { Page } from 'playwright-core';
import { INTENDED_VERDICTS } from '../../src/jira/sample-site';
import type { PanelData } from '../../src/shared/payloads';
import { describeBrowser, invokeData, openPage, pageUrl, screenshot, seriousAxeViolations, TEST_TODAY, useBrowserFixture, type BrowserFixture, type Theme } from './helpers';

/**
 * Adoption and outcome evidence in the issue panel's form: Figure and Unit
 * show for those two kinds only, "12 users" is refused at the Figure field
 * with nothing written, and a saved figure shows in the evidence list after
 * the kind ("212 weekly active users"). Screenshots of the form with Adoption
 * chosen, light and dark, go to test/screenshots/.
 */

const alignedKey = (): string => {
  const key = Object.entries(INTENDED_VERDICTS as Readonly<Record<string, string>>).find(([, v]) => v === 'aligned')?.[0];
  if (key === undefined) throw new Error('The sample site has no aligned item');
  return key;
};

describeBrowser('outcome evidence in the issue panel form', () => {
  const fixture = useBrowserFixture();
  let fx: BrowserFixture;
  beforeEach(() => {
    fx = fixture();
  });

  const openForm = async (issueKey: string, theme: Theme = 'light'): Promise<Page> => {
    const page = await openPage(fx, pageUrl(fx.preview, 'issue-panel', { issueKey, user: 'priya', theme }));
    await page.waitForSelector('[data-testid="add-evidence"]', { timeout: 15_000 });
    await page.click('[data-testid="add-evidence"]');
    await page.waitForSelector('[data-testid="evidence-form"]');
    return page;
  };

  const fillAdoption = async (page: Page, figure: string) => {
    await page.selectOption('[data-testid="evidence-kind"]', 'adoption');
    await page.waitForSelector('[data-testid="evidence-figure"]');
    await page.fill('[data-testid="evidence-source-name"]', 'Bed board analytics');
    await page.fill('[data-testid="evidence-observed-on"]', TEST_TODAY);
    await page.fill('[data-testid="evidence-summary"]', 'Ward staff open the bed board every weekday since go-live.');
    await page.fill('[data-testid="evidence-figure"]', figure);
    await page.fill('[data-testid="evidence-unit"]', 'weekly active users');
  };

  it('shows Figure and Unit for adoption and outcome evidence only', async () => {
    const page = await openForm(alignedKey());
    expect(await page.locator('[data-testid="evidence-figure"]').count()).toBe(0);
    await page.selectOption('[data-testid="evidence-kind"]', 'adoption');
    expect(await page.locator('[data-testid="evidence-figure"]').count()).toBe(1);
    expect(await page.locator('[data-testid="evidence-unit"]').count()).toBe(1);
    await page.fill('[data-testid="evidence-figure"]', '212');
    await page.selectOption('[data-testid="evidence-kind"]', 'outcome');
    expect(await page.inputValue('[data-testid="evidence-figure"]')).toBe('212');
    await page.selectOption('[data-testid="evidence-kind"]', 'survey');
    expect(await page.locator('[data-testid="evidence-measure"]').count()).toBe(0);
    await page.selectOption('[data-testid="evidence-kind"]', 'adoption');
    // Switching to a kind without a figure dropped what was typed.
    expect(await page.inputValue('[data-testid="evidence-figure"]')).toBe('');
    await page.close();
  });

  it('refuses "12 users" at the Figure field and writes nothing; 212 is saved and listed after the kind', async () => {
    const key = alignedKey();
    const before = fx.preview.backend.dump();
    const page = await openForm(key);
    await fillAdoption(page, '12 users');
    await page.click('[data-testid="evidence-submit"]');
    await page.waitForSelector('[data-testid="field-error-figure"]', { timeout: 5_000 });
    expect(await page.textContent('[data-testid="field-error-figure"]')).toContain('Enter the figure as a number');
    expect(await page.getAttribute('[data-testid="evidence-figure"]', 'aria-describedby')).toContain('-error');
    expect(fx.preview.backend.dump()).toBe(before);

    await page.fill('[data-testid="evidence-figure"]', '212');
    await page.click('[data-testid="evidence-submit"]');
    await page.waitForSelector('[data-testid="evidence-form"]', { state: 'detached', timeout: 10_000 });
    const row = page.locator('[data-testid="evidence-row"]', { hasText: 'Ward staff open the bed board' });
    expect(await row.locator('[data-testid="evidence-figure-words"]').textContent()).toBe('212 weekly active users');
    const data = await invokeData<PanelData>(fx.preview, 'getPanel', { issueKey: key }, { user: 'priya', issueKey: key });
    expect(data.assessment.evidence.find((e) => e.kind === 'adoption')).toMatchObject({ figure: 212, unit: 'weekly active users', isFieldEvidence: true });
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the form with Adoption chosen, %s theme: no serious axe violation, and a screenshot', async (theme) => {
    const page = await openForm(alignedKey(), theme);
    await fillAdoption(page, '212');
    await page.focus('[data-testid="evidence-figure"]');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshot(page, `panel-evidence-adoption-${theme}`);
    await page.close();
  });
});
