import { chromium, type Browser } from 'playwright-core';
import { median } from './median';

export const CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, timeout: 30_000 });
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
