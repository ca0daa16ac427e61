import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ActivityEntry, ItemActivity } from '../../src/shared/activity';
import { ActivityView } from '../../static/issue-activity/src/activity-app';
import { EMPTY_WORDS } from '../../static/issue-activity/src/timeline';

/**
 * The alignment history as rendered (static/issue-activity/src/activity-app.tsx),
 * with react-dom/server: an issue key in an entry becomes the app's issue link
 * (router.open through the host), an outside link only when the one link rule
 * lets it through (a javascript: URL stays text), the notes under the list,
 * and the empty state with the notes. Atlaskit's compiled CSS cannot load in
 * Jest; plain stand-ins keep what matters here.
 */

jest.mock('@atlaskit/primitives', () => {
  const Plain = ({ children, as }: { children?: ReactNode; as?: 'p' | 'span' }) => {
    const Tag = as ?? 'div';
    return <Tag>{children}</Tag>;
  };
  return { Box: Plain, Inline: Plain, Stack: Plain, Text: Plain, xcss: () => ({}) };
});
jest.mock('@atlaskit/lozenge', () => ({ __esModule: true, default: ({ children, appearance }: { children?: ReactNode; appearance?: string }) => <b data-appearance={appearance}>{children}</b> }));
jest.mock('@atlaskit/spinner', () => ({ __esModule: true, default: () => <i>loading</i> }));
jest.mock('@atlaskit/section-message', () => ({ __esModule: true, default: ({ children }: { children?: ReactNode }) => <section>{children}</section>, SectionMessageAction: () => null }));
jest.mock('@forge/bridge', () => ({ router: { open: () => Promise.resolve() }, events: { on: () => Promise.resolve({ unsubscribe: () => undefined }) }, view: {}, makeInvoke: () => () => Promise.resolve(null) }));

const entry = (at: string, kind: ActivityEntry['kind'], text: string, ref: ActivityEntry['ref'] = null, by: string | null = 'Dana Whitfield'): ActivityEntry => ({ at, kind, text, by, ref });

const render = (activity: ItemActivity): string => renderToStaticMarkup(<ActivityView activity={activity} timeZone="UTC" today="2026-11-26" />);

describe('the alignment history as rendered', () => {
  const activity: ItemActivity = {
    issueKey: 'CLIN-7',
    entries: [
      entry('2026-11-26T10:00:00.000Z', 'objective-linked', 'Linked objective STRAT-2', { issueKey: 'STRAT-2' }),
      entry('2026-11-25T09:00:00.000Z', 'evidence-added', 'Added interview evidence from Ward 7 nurses', { url: 'https://research.example.org/ward-7' }),
      entry('2026-11-24T09:00:00.000Z', 'evidence-removed', 'Removed survey evidence from a planted link', { url: 'javascript:alert(1)' }),
    ],
    notes: ['Verdict changes are kept from 2026-11-02, when the history began.'],
  };
  const html = render(activity);

  it('links an objective key through the host, in place in the text', () => {
    expect(html).toContain('<span>Linked objective </span><a href="/browse/STRAT-2" data-issue-key="STRAT-2" style="white-space:nowrap;text-decoration:underline"');
  });

  it('links evidence only through the one link rule: https opens in a new tab, javascript: stays text', () => {
    expect(html).toContain('<a href="https://research.example.org/ward-7" target="_blank" rel="noopener noreferrer" data-testid="activity-link">Open link on research.example.org</a>');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('data-unsafe-link="true" title="Not shown as a link: not a plain web address">Open link (javascript:alert(1))</span>');
  });

  it('groups by day under headings, newest first, each entry with its lozenge, who and when', () => {
    expect([...html.matchAll(/<h3[^>]*>([^<]+)<\/h3>/g)].map((m) => m[1])).toEqual(['Today', 'Yesterday', '24 November']);
    expect([...html.matchAll(/data-appearance="(\w+)">([^<]+)</g)].map((m) => `${m[2] ?? ''}:${m[1] ?? ''}`)).toEqual([
      'Objective linked:success',
      'Evidence added:success',
      'Evidence removed:removed',
    ]);
    expect(html).toContain('by Dana Whitfield · 10:00');
  });

  it('puts the notes under the list', () => {
    expect(html.indexOf('data-testid="activity-notes"')).toBeGreaterThan(html.indexOf('data-testid="activity-days"'));
    expect(html).toContain('Verdict changes are kept from 2026-11-02, when the history began.');
  });

  it('shows the empty state, with the notes, when nothing changed', () => {
    const empty = render({ issueKey: 'STRAT-1', entries: [], notes: ['Verdict changes are not kept yet.'] });
    expect(empty).toContain(EMPTY_WORDS.replace("'", '&#x27;'));
    expect(empty).toContain('Verdict changes are not kept yet.');
    expect(empty).not.toContain('activity-filter');
  });
});
