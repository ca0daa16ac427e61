import { chromium, type Browser } from 'playwright-core';

/** Where apt installs Chromium; FG_CHROMIUM overrides it (e.g. to check the skip path). */
export const CHROMIUM_PATH = process.env['FG_CHROMIUM'] ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the background networking this closed network refuses switched off. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout: 30_000,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
