import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { INTENDED_VERDICTS } from '../../src/jira/sample-site';
import type { PanelData } from '../../src/shared/payloads';
import { describeBrowser, invokeData, openPage, pageUrl, SCREENSHOT_DIR, TEST_TODAY, useBrowserFixture, type BrowserFixture } from './helpers';

/**
 * The patient-data guard in the evidence form: an MRN typed into the summary
 * is marked under the field as it is typed, saving waits for "This is not
 * patient data", and once ticked the evidence is saved.
 */

const gravityKey = (): string => {
  const key = Object.entries(INTENDED_VERDICTS as Readonly<Record<string, string>>).find(([, v]) => v === 'gravity')?.[0];
  if (key === undefined) throw new Error('The sample site has no gravity item');
  return key;
};

const SUMMARY = 'Nurse read out MRN 1234567 at handover because the wristband scanner failed.';

describeBrowser('patient-data guard in the evidence form', () => {
  const fixture = useBrowserFixture();
  let fx: BrowserFixture;
  beforeEach(() => {
    fx = fixture();
  });

  const panel = (issueKey: string) => invokeData<PanelData>(fx.preview, 'getPanel', { issueKey }, { user: 'priya', issueKey });

  const openForm = async (issueKey: string): Promise<Page> => {
    const page = await openPage(fx, pageUrl(fx.preview, 'issue-panel', { issueKey, user: 'priya' }));
    await page.waitForSelector('[data-testid="verdict"]', { timeout: 15_000 });
    await page.click('[data-testid="add-evidence"]');
    await page.waitForSelector('[data-testid="evidence-form"]');
    await page.selectOption('[data-testid="evidence-kind"]', 'observation');
    await page.fill('[data-testid="evidence-source-name"]', 'Ward 4B night nurses');
    await page.fill('[data-testid="evidence-observed-on"]', TEST_TODAY);
    return page;
  };

  it('warns at the summary, cannot save until "This is not patient data" is ticked, then saves', async () => {
    const key = gravityKey();
    const before = (await panel(key)).assessment.evidence.length;
    const stateBefore = fx.preview.backend.dump();
    const page = await openForm(key);
    /** Every addEvidence call the page makes: the form must not send flagged text before it is confirmed. */
    const adds: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (r.url().includes('api/invoke') && body.includes('addEvidence')) adds.push(body);
    });

    await page.fill('[data-testid="evidence-summary"]', SUMMARY);
    const warning = page.locator('[data-testid="phi-warning-summary"]');
    await warning.waitFor({ timeout: 5_000 });
    expect(await warning.textContent()).toContain('a medical record number');
    expect(await warning.textContent()).not.toContain('1234567');
    expect(await page.getAttribute('#evidence-add-summary', 'aria-describedby')).toContain('evidence-add-summary-phi');
    await page.locator('[data-testid="evidence-form"]').screenshot({ path: `${SCREENSHOT_DIR}/phi-warning-light.png` });

    await page.click('[data-testid="evidence-submit"]');
    await page.waitForSelector('[data-testid="field-error-notPatientData"]', { timeout: 5_000 });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('evidence-not-patient-data');
    expect(adds).toEqual([]);
    expect(fx.preview.backend.dump()).toBe(stateBefore);
    await page.locator('[data-testid="phi-confirm"]').screenshot({ path: join(tmpdir(), 'phi-confirm-blocked.png') });

    await page.check('[data-testid="evidence-not-patient-data"]');
    await page.click('[data-testid="evidence-submit"]');
    await page.waitForSelector('[data-testid="evidence-form"]', { state: 'detached', timeout: 10_000 });
    expect(adds).toHaveLength(1);
    expect(JSON.parse(adds[0] ?? '{}')).toMatchObject({ payload: { notPatientData: true } });
    const after = await panel(key);
    expect(after.assessment.evidence.length).toBe(before + 1);
    expect(after.assessment.evidence.some((e) => e.summary === SUMMARY)).toBe(true);
    await page.close();
  });

  it('asks nothing for ordinary evidence text', async () => {
    const page = await openForm(gravityKey());
    await page.fill('[data-testid="evidence-summary"]', '48% of handovers on Ward 4B overran in PI 26.4 (2026-09-14 observation).');
    expect(await page.locator('[data-testid="phi-warning-summary"]').count()).toBe(0);
    expect(await page.locator('[data-testid="phi-confirm"]').count()).toBe(0);
    await page.close();
  });
});
