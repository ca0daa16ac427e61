import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { OutsideLink } from '../../static/common/safe-link';
import { SuggestionsList } from '../../static/issue-panel/src/suggestions-list';
import { EvidenceList } from '../../static/issue-panel/src/evidence-list';
import type { EvidenceView, SuggestedEvidence } from '../../src/shared/assessment';

/**
 * Links to outside are rendered through OutsideLink: a URL the link rule
 * refuses is shown as text, never as an <a href>. Rendered to HTML with
 * react-dom/server (no browser needed); the browser test
 * test/reliability/hostile-browser.test.ts checks the same on the preview.
 */

// Atlaskit's compiled CSS cannot load in Jest; plain stand-ins keep the markup that matters here (the links).
jest.mock('@atlaskit/button/new', () => ({ __esModule: true, default: ({ children }: { children: ReactNode }) => <button type="button">{children}</button> }));
jest.mock('@atlaskit/lozenge', () => ({ __esModule: true, default: ({ children }: { children: ReactNode }) => <span>{children}</span> }));
jest.mock('@atlaskit/tokens', () => ({ token: () => '0' }));
jest.mock('@atlaskit/primitives', () => {
  const Plain = ({ children, as }: { children?: ReactNode; as?: 'ul' | 'li' | 'p' }) => {
    const Tag = as ?? 'div';
    return <Tag>{children}</Tag>;
  };
  return { Box: Plain, Inline: Plain, Stack: Plain, Text: Plain, xcss: () => ({}) };
});

const SCRIPT_URLS = [
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=2',
  ' javascript:window.__xss=3',
  'java\tscript:window.__xss=4',
  'data:text/html,<script>window.__xss=5</script>',
  'vbscript:msgbox(6)',
  'https://user:pw@research.example.org/',
  'https://@research.example.org/',
  'https://research.example.org/"><img src=x onerror=alert(7)>',
];

const hrefsIn = (html: string): string[] => [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1] ?? '');

describe('OutsideLink', () => {
  it.each(SCRIPT_URLS.map((u) => [JSON.stringify(u), u] as const))('renders %s as text, with no href', (_label, url) => {
    const html = renderToStaticMarkup(
      <OutsideLink url={url} policy="jira-link" testId="l">
        User interview notes
      </OutsideLink>,
    );
    expect(hrefsIn(html)).toEqual([]);
    expect(html).not.toMatch(/<a\b/);
    expect(html).toContain('User interview notes');
    expect(html).toContain('data-unsafe-link="true"');
  });

  it('renders a plain https link as a link that opens a new tab without an opener', () => {
    const html = renderToStaticMarkup(
      <OutsideLink url="https://research.example.org/notes" policy="evidence">
        Open source
      </OutsideLink>,
    );
    expect(hrefsIn(html)).toEqual(['https://research.example.org/notes']);
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('an http web link from Jira is a link; the same URL as evidence is text', () => {
    const url = 'http://intranet.example.org/notes';
    expect(hrefsIn(renderToStaticMarkup(<OutsideLink url={url} policy="jira-link">x</OutsideLink>))).toEqual([url]);
    expect(hrefsIn(renderToStaticMarkup(<OutsideLink url={url} policy="evidence">x</OutsideLink>))).toEqual([]);
  });
});

describe('the issue panel lists render planted URLs as text', () => {
  it('suggested evidence: a javascript: web link titled "User interview notes" is not clickable', () => {
    const suggestions: SuggestedEvidence[] = SCRIPT_URLS.map((url, i) => ({ linkId: `l${i}`, url, title: 'User interview notes', pattern: 'interview' }));
    const good: SuggestedEvidence = { linkId: 'ok', url: 'https://research.example.org/ok', title: 'Field visit', pattern: 'field' };
    const html = renderToStaticMarkup(<SuggestionsList suggestions={[...suggestions, good]} canEdit={false} onConfirm={() => undefined} />);
    expect(hrefsIn(html)).toEqual(['https://research.example.org/ok']);
    expect(html.match(/User interview notes/g)).toHaveLength(SCRIPT_URLS.length);
  });

  it('evidence: a record whose url is not a plain https link shows no link', () => {
    const base: EvidenceView = {
      id: 'e0',
      kind: 'interview',
      source: { name: 'Ward 4B nurses' },
      observedOn: '2026-10-01',
      summary: 'Handover takes 40 minutes',
      addedBy: 'priya',
      addedAt: '2026-10-01T00:00:00Z',
      fresh: true,
      isFieldEvidence: true,
    };
    const evidence = [...SCRIPT_URLS, 'https://research.example.org/ok'].map((url, i): EvidenceView => ({ ...base, id: `e${i}`, url }));
    const html = renderToStaticMarkup(<EvidenceList evidence={evidence} canEdit={false} busyId={null} onEdit={() => undefined} onRemove={() => undefined} />);
    expect(hrefsIn(html)).toEqual(['https://research.example.org/ok']);
  });
});
