import type { Page } from 'playwright-core';
import {
  describeBrowser,
  openPage,
  pageUrl,
  screenshot,
  seriousAxeViolations,
  useBrowserFixture,
  waitForSettled,
  type Theme,
} from './helpers';

/**
 * Jira's widths and keys. Jira sizes the issue panel, a dashboard gadget and a
 * board action's iframe to the column it sits in; these are the widths a
 * person meets: 360 px (a narrow gadget column, the panel beside a wide
 * description), 600 px (a half-width dashboard) and 1,000 px (a full-width
 * board). At each width, light and dark: the document never scrolls sideways
 * (only the report table may, inside its own labelled box), no key element
 * is cut off at the edge, and axe-core finds no serious or critical
 * violation. Then every action of the panel and the gadget is reached by Tab,
 * each with a visible focus indicator.
 */

const WIDTHS = [360, 600, 1000] as const;
const THEMES: readonly Theme[] = ['light', 'dark'];
/** The one element that may scroll sideways: the report table's box (static/common/report/report-table.tsx). */
const SCROLL_BOX = '[data-testid="report-table-scroll"]';

interface Surface {
  readonly name: string;
  readonly resource: string;
  readonly query: Readonly<Record<string, string | number>>;
  /** Elements that must be wholly inside the viewport (first match of each). */
  readonly keyElements: readonly string[];
}

const REPORT_KEYS = ['[data-testid="headline"]', '[data-testid^="verdict-count-"]', '[data-testid="report-caption"]', '[data-testid="filter-text"]', SCROLL_BOX];
const PANEL_KEYS = ['[data-testid="headline"]', '[data-testid="verdict"]', '[data-testid="score"]', '[data-testid="add-evidence"]'];

const SURFACES: readonly Surface[] = [
  // A gravity-bound epic: every finding, each with its fix.
  { name: 'panel-gravity', resource: 'issue-panel', query: { issueKey: 'CLIN-7' }, keyElements: PANEL_KEYS },
  // An aligned epic with evidence rows (links, edit, remove) and a linked objective.
  { name: 'panel-evidence', resource: 'issue-panel', query: { issueKey: 'CLIN-2' }, keyElements: [...PANEL_KEYS, '[data-testid="evidence-row"]'] },
  // Evidence the app did not write: the "Not counted" block with its confirm buttons.
  { name: 'panel-not-counted', resource: 'issue-panel', query: { issueKey: 'PAT-3' }, keyElements: [...PANEL_KEYS, '[data-testid="untrusted-row"]'] },
  { name: 'gadget', resource: 'gadget', query: {}, keyElements: REPORT_KEYS },
  { name: 'board', resource: 'board', query: { boardId: 1, projectKey: 'CLIN' }, keyElements: ['[data-testid="pi-selector"]', ...REPORT_KEYS] },
];

interface LayoutReport {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** Key elements missing, or not wholly inside the viewport. */
  readonly keyProblems: readonly string[];
  /** Rendered text outside the scroll box that runs past the left or right edge, or is cut by its own box. */
  readonly clipped: readonly string[];
  /** The report table's first row, read inside the scroll box: there, but reachable by scrolling. */
  readonly firstRow: 'none' | 'inside-scroll-box' | 'outside-scroll-box';
  /** Whether the table is wider than its scroll box, and whether the hint that says so is shown. */
  readonly tableOverflows: boolean;
  readonly scrollHint: boolean;
}

/** Reads the layout in the page: overflow of the document, key elements, clipped text. */
const readLayout = (page: Page, keyElements: readonly string[]): Promise<LayoutReport> =>
  page.evaluate(
    ({ keys, scrollBox }) => {
      const vw = window.innerWidth;
      const label = (el: Element): string => {
        const id = el.getAttribute('data-testid');
        const text = (el.textContent ?? '').trim().slice(0, 40);
        return `${el.tagName.toLowerCase()}${id === null ? '' : `[${id}]`} "${text}"`;
      };
      const outside = (r: DOMRect) => r.left < -0.5 || r.right > vw + 0.5;
      const keyProblems: string[] = [];
      for (const sel of keys) {
        const el = document.querySelector(sel);
        if (el === null) {
          keyProblems.push(`${sel}: not on the page`);
          continue;
        }
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) keyProblems.push(`${sel}: has no size`);
        else if (outside(r)) keyProblems.push(`${sel}: spans ${Math.round(r.left)}..${Math.round(r.right)} px of ${vw}`);
        // Its own content wider than its box (cut by overflow: hidden or ellipsis).
        if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto') {
          keyProblems.push(`${sel}: content ${el.scrollWidth} px in a ${el.clientWidth} px box`);
        }
      }
      // Every text node outside the scroll box: its rendered line boxes inside the viewport.
      const clipped: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null && clipped.length < 5; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (parent === null || (n.textContent ?? '').trim() === '' || parent.closest(scrollBox) !== null) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of Array.from(range.getClientRects())) {
          if (r.width > 0 && outside(r)) {
            clipped.push(`${label(parent)} at ${Math.round(r.left)}..${Math.round(r.right)} px of ${vw}`);
            break;
          }
        }
      }
      const row = document.querySelector('[data-testid^="report-row-"]');
      const firstRow = row === null ? 'none' : row.closest(scrollBox) === null ? 'outside-scroll-box' : 'inside-scroll-box';
      const box = document.querySelector(scrollBox);
      const tableOverflows = box !== null && box.scrollWidth > box.clientWidth + 1;
      const scrollHint = document.querySelector('[data-testid="report-scroll-hint"]') !== null;
      const scroller = document.scrollingElement ?? document.documentElement;
      return { scrollWidth: scroller.scrollWidth, innerWidth: vw, keyProblems, clipped, firstRow, tableOverflows, scrollHint } as const;
    },
    { keys: [...keyElements], scrollBox: SCROLL_BOX },
  );


/** What Tab landed on: a name a person would read, whether it can be seen, and its focus indicator. */
interface FocusStop {
  readonly name: string;
  readonly testId: string | null;
  /** Empty when the element is visible: inside the viewport and not hidden by a clipping ancestor. */
  readonly hidden: string;
  /** The outline or box-shadow that shows focus; null when there is none. */
  readonly indicator: string | null;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Marks every element that receives focus (data-fg-focused), so the test can ask what Tab never reached. */
const trackFocus = (page: Page): Promise<void> =>
  page.evaluate(() => {
    document.addEventListener('focusin', (e) => {
      if (e.target instanceof HTMLElement) e.target.dataset['fgFocused'] = 'yes';
    });
  });

/** Presses Tab once and describes where focus went; null when it left the page (back to <body>). */
const tabOnce = async (page: Page): Promise<FocusStop | null> => {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const testId = el.getAttribute('data-testid');
    const name = (el.getAttribute('aria-label') ?? testId ?? (el.textContent ?? '').trim()).slice(0, 50) || el.tagName.toLowerCase();
    const r = el.getBoundingClientRect();
    const overlaps = (a: DOMRect, b: { left: number; right: number; top: number; bottom: number }) =>
      a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
    let hidden = '';
    if (r.width === 0 || r.height === 0) hidden = 'no size';
    else if (!overlaps(r, { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight })) hidden = `outside the viewport at ${Math.round(r.left)},${Math.round(r.top)}`;
    else if (getComputedStyle(el).visibility === 'hidden') hidden = 'visibility: hidden';
    else {
      for (let p = el.parentElement; p !== null && p !== document.body; p = p.parentElement) {
        const cs = getComputedStyle(p);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          if (!overlaps(r, p.getBoundingClientRect())) hidden = `clipped by ${p.tagName.toLowerCase()}[${p.getAttribute('data-testid') ?? ''}]`;
          break;
        }
      }
    }
    const indicatorOf = (cs: CSSStyleDeclaration): string | null => {
      if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) return `outline ${cs.outlineWidth} ${cs.outlineStyle}`;
      if (cs.boxShadow !== 'none' && cs.boxShadow !== '') return `box-shadow ${cs.boxShadow}`;
      return null;
    };
    // Atlaskit draws some focus rings on ::after (an absolutely placed ring around the control), and
    // a text field's on its container while focus is within it (focusWithinStyle in
    // node_modules/@atlaskit/textfield/dist/es2019/text-field.js).
    const container = el.parentElement;
    const fieldRing =
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && container !== null && container.matches(':focus-within')
        ? indicatorOf(getComputedStyle(container))
        : null;
    // Tab also stops on a date input's calendar button, inside Chromium's closed user-agent shadow
    // tree: the input is then focused but not :focus-visible, and Chromium rings the button itself.
    const datePicker = el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus-visible') ? 'the browser ring on the date picker button' : null;
    const indicator =
      indicatorOf(getComputedStyle(el)) ?? indicatorOf(getComputedStyle(el, '::after')) ?? (fieldRing === null ? null : `field container ${fieldRing}`) ?? datePicker;
    return { name, testId, hidden, indicator };
  });
};

/** Tabs until `stop` says so, focus leaves the page, or `max` presses; returns every stop. */
const tabUntil = async (page: Page, stop: (s: FocusStop) => boolean, max = 80): Promise<FocusStop[]> => {
  const stops: FocusStop[] = [];
  for (let i = 0; i < max; i++) {
    const s = await tabOnce(page);
    if (s === null) break;
    stops.push(s);
    if (stop(s)) break;
  }
  return stops;
};

/** Visible focusable elements that never received focus. */
const unreached = (page: Page): Promise<string[]> =>
  page.evaluate(
    (selector) =>
      Array.from(document.querySelectorAll<HTMLElement>(selector))
        .filter((el) => el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden' && el.dataset['fgFocused'] !== 'yes')
        .map((el) => `${el.tagName.toLowerCase()}[${el.getAttribute('data-testid') ?? ''}] "${(el.textContent ?? '').trim().slice(0, 40)}"`),
    FOCUSABLE,
  );

const badStops = (stops: readonly FocusStop[]): string[] =>
  stops.flatMap((s) => [...(s.hidden === '' ? [] : [`${s.name}: ${s.hidden}`]), ...(s.indicator === null ? [`${s.name}: no focus indicator`] : [])]);

describeBrowser("Jira's widths and keys: the panel, the gadget and the board", () => {
  // One preview server and one browser for the whole file.
  const fixture = useBrowserFixture();

  beforeAll(async () => {
    // The gadget shows project CLIN's next PI (as a user would configure it in its edit view).
    const res = await fetch(`${fixture().preview.url}api/gadget-config`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' }),
    });
    if (res.status !== 200) throw new Error(`Could not configure the gadget: ${res.status}`);
  });

  describe('at 360, 600 and 1,000 px, light and dark', () => {
    const open = async (surface: Surface, theme: Theme, width: number): Promise<Page> => {
      const page = await openPage(fixture(), pageUrl(fixture().preview, surface.resource, { ...surface.query, user: 'alex', theme }));
      await page.setViewportSize({ width, height: 800 });
      await waitForSettled(page);
      return page;
    };

    /** A summary as people paste them: words, then a link with no break opportunity. */
    const LONG_SUMMARY = `Discharge summary: auto-populate medications from https://wiki.riverside.example/clinical-systems/discharge/${'medication-reconciliation-'.repeat(6)}notes`;

    it.each([
      ['gadget report row', 'gadget', {}, '[data-testid^="report-row-"] td:nth-child(2) span'],
      ['panel evidence row', 'issue-panel', { issueKey: 'CLIN-2' }, '[data-testid="evidence-row"] p'],
    ] as const)('a long summary in a %s wraps inside its column at 360 px', async (_name, resource, query, selector) => {
      const page = await open({ name: resource, resource, query, keyElements: [] }, 'light', 360);
      const tableWidth = () => page.evaluate(() => document.querySelector('[data-testid="report-table"]')?.scrollWidth ?? 0);
      const before = await tableWidth();
      // The text is set in the page (the sample site's summaries are short); the layout is what is under test.
      const replaced = await page.evaluate(
        ({ sel, text }) => {
          const el = document.querySelector(sel);
          if (el === null) return false;
          el.textContent = text;
          return true;
        },
        { sel: selector, text: LONG_SUMMARY },
      );
      expect(replaced).toBe(true);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const layout = await readLayout(page, [selector]);
      expect({ scrollWidth: layout.scrollWidth, keyProblems: layout.keyProblems, clipped: layout.clipped }).toEqual({ scrollWidth: 360, keyProblems: [], clipped: [] });
      // In the table: the column keeps its width and the text breaks, rather than the table growing sideways.
      expect(await tableWidth()).toBe(before);
      await page.close();
    });

    describe.each(SURFACES.map((s) => [s.name, s] as const))('%s', (_name, surface) => {
      it.each(THEMES)('fits every width in the %s theme, accessibly', async (theme) => {
        // One page per theme, resized as Jira resizes its iframe.
        const page = await open(surface, theme, WIDTHS[0]);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const layout = await readLayout(page, surface.keyElements);
          const where = `${surface.name} at ${width} px (${theme})`;
          expect({ where, scrollWidth: layout.scrollWidth }).toEqual({ where, scrollWidth: width });
          expect({ where, keyProblems: layout.keyProblems, clipped: layout.clipped }).toEqual({ where, keyProblems: [], clipped: [] });
          if (surface.resource !== 'issue-panel') {
            expect({ where, firstRow: layout.firstRow }).toEqual({ where, firstRow: 'inside-scroll-box' });
            // The narrowest width needs the sideways scroll and says so; the widest shows the whole table.
            const overflows = width === WIDTHS[0] ? true : width === WIDTHS[WIDTHS.length - 1] ? false : layout.tableOverflows;
            expect({ where, tableOverflows: layout.tableOverflows, scrollHint: layout.scrollHint }).toEqual({ where, tableOverflows: overflows, scrollHint: overflows });
          }
          expect({ where, violations: await seriousAxeViolations(page) }).toEqual({ where, violations: [] });
          if (width === 360) await screenshot(page, `width-${surface.name}-${width}-${theme}`);
        }
        await page.close();
      });
    });
  });

  describe('every action by Tab, with visible focus', () => {
    const openAt = async (resource: string, query: Readonly<Record<string, string | number>>, theme: Theme, width: number): Promise<Page> => {
      const page = await openPage(fixture(), pageUrl(fixture().preview, resource, { ...query, user: 'alex', theme }));
      await page.setViewportSize({ width, height: 800 });
      await waitForSettled(page);
      await trackFocus(page);
      return page;
    };

    // The report's actions: verdict filters, text filter, the table's scroll box (arrow keys scroll it), a sort header, an issue link.
    const REPORT_ACTIONS = ['filter-verdict-all', 'filter-verdict-gravity', 'filter-text', 'report-table-scroll', 'Score', 'CLIN-7'];

    it.each([
      ['gadget', 'gadget', {}, 'dark', 360, REPORT_ACTIONS],
      ['board', 'board', { boardId: 1, projectKey: 'CLIN' }, 'light', 600, ['pi-current', 'pi-next', ...REPORT_ACTIONS]],
      ['panel with evidence', 'issue-panel', { issueKey: 'CLIN-2' }, 'light', 360, ['add-evidence', 'evidence-link', 'evidence-edit', 'evidence-remove']],
      ['panel with evidence not counted', 'issue-panel', { issueKey: 'PAT-3' }, 'dark', 360, ['add-evidence', 'evidence-confirm']],
    ] as const)('the %s: Tab reaches every action, each visible with a focus ring', async (_name, resource, query, theme, width, actions) => {
      const page = await openAt(resource, query, theme, width);
      const stops = await tabUntil(page, () => false);
      const reached = new Set(stops.flatMap((s) => [s.name, ...(s.testId === null ? [] : [s.testId])]));
      expect(actions.filter((a) => !reached.has(a))).toEqual([]);
      expect(badStops(stops)).toEqual([]);
      expect(await unreached(page)).toEqual([]);
      await page.close();
    });

    it('the evidence form opens, submits and cancels from the keyboard', async () => {
      const page = await openAt('issue-panel', { issueKey: 'CLIN-7' }, 'light', 360);
      const toAdd = await tabUntil(page, (s) => s.testId === 'add-evidence');
      expect(toAdd.at(-1)?.testId).toBe('add-evidence');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="evidence-form"]');

      // Through the fields to the submit button; Enter submits the empty form: its issues show, nothing is saved.
      const toSubmit = await tabUntil(page, (s) => s.testId === 'evidence-submit', 40);
      expect(toSubmit.at(-1)?.testId).toBe('evidence-submit');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="evidence-form"] [id$="-error"], [data-testid="evidence-form"] [role="alert"]', { timeout: 5_000 });
      expect(await page.locator('[data-testid="evidence-row"]').count()).toBe(0);

      const toCancel = await tabUntil(page, (s) => s.testId === 'evidence-cancel', 40);
      expect(toCancel.at(-1)?.testId).toBe('evidence-cancel');
      expect(badStops([...toAdd, ...toSubmit, ...toCancel])).toEqual([]);
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="evidence-form"]', { state: 'detached' });
      await page.close();
    });
  });
});
