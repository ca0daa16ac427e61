import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchBrowser } from '../browser/chromium';
import { median } from './median';

export const CHROMIUM = CHROMIUM_PATH;


export interface PanelTiming {
  /** Milliseconds from navigation start to the verdict being visible, one per run. */
  readonly runs: readonly number[];
  readonly median: number;
}

/**
 * Opens `url` `runs` times, each in a fresh browser context (no cache, no
 * storage), and times navigation start → `verdictSelector` visible. The
 * browser is launched once; its start-up is not counted.
 */
export const timePanelVerdict = async (url: string, verdictSelector: string, runs: number): Promise<PanelTiming> => {
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const started = performance.now();
        await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
        await page.locator(verdictSelector).first().waitFor({ state: 'visible', timeout: 30_000 });
        times.push(performance.now() - started);
      } finally {
        await context.close();
      }
    }
    return { runs: times, median: median(times) };
  } finally {
    await browser?.close();
  }
};
