import { isSafeLinkUrl, safeHref } from '../../src/shared/link-url';
import { EvidenceInputSchema, HttpsUrlSchema } from '../../src/shared/evidence';
import { REFUSED_URLS } from '../reliability/hostile-vectors';

/**
 * The one link rule (src/shared/link-url.ts): what may become a clickable link
 * or be stored as evidence. Every hostile URL here is refused by both policies.
 */

const HOSTILE: readonly (readonly [string, string])[] = [
  ['javascript:', 'javascript:alert(1)'],
  ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
  ['space before javascript:', ' javascript:alert(1)'],
  ['tab inside the scheme', 'java\tscript:alert(1)'],
  ['newline inside the scheme', 'java\nscript:alert(1)'],
  ['control character first', '\u0001javascript:alert(1)'],
  ['zero-width space first', '\u200Bhttps://research.example.org/'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['user and password', 'https://user:pw@research.example.org/'],
  ['user only', 'https://user@research.example.org/'],
  ['empty user info', 'https://@research.example.org/'],
  ['empty user and password', 'https://:@research.example.org/'],
  ['a host that hides another', 'https://research.example.org@evil.example/'],
  ['attribute break-out', 'https://research.example.org/">x'],
  ['single quote', "https://research.example.org/'onmouseover='alert(1)"],
  ['backtick', 'https://research.example.org/`x`'],
  ['angle brackets', 'https://research.example.org/<script>'],
  ['tab inside', 'https://research.example.org/a\tb'],
  ['newline inside', 'https://research.example.org/a\nb'],
  ['space inside', 'https://research.example.org/a b'],
  ['no-break space inside', 'https://research.example.org/a\u00A0b'],
  ['bidi override inside', 'https://research.example.org/\u202Egnp.exe'],
  ['zero-width joiner inside', 'https://research.ex\u200Dample.org/'],
  ['backslash for a slash', 'https:\\\\evil.example/'],
  ['no slashes after the scheme', 'https:research.example.org/'],
  ['scheme-relative', '//research.example.org/notes'],
  ['no scheme', 'research.example.org/notes'],
  ['no host', 'https://'],
  ['empty', ''],
];

describe('the link rule refuses hostile URLs for every policy', () => {
  it.each(HOSTILE)('%s: %j', (_label, url) => {
    expect(isSafeLinkUrl(url, 'evidence')).toBe(false);
    expect(isSafeLinkUrl(url, 'jira-link')).toBe(false);
    expect(safeHref(url, 'jira-link')).toBeNull();
  });

  it.each(REFUSED_URLS.filter((u) => !u.startsWith('http://') && u.length < 2000).map((u) => [JSON.stringify(u).slice(0, 50), u] as const))(
    'the evidence vectors are refused as links too: %s',
    (_label, url) => {
      expect(isSafeLinkUrl(url, 'jira-link')).toBe(false);
    },
  );
});

describe('the link rule lets plain web links through', () => {
  it.each([
    'https://research.example.org/notes',
    'HTTPS://Research.Example.org/a?b=c#d',
    'https://dovetail.example.com:8443/p/interview%20notes?x=1&y=%22q%22',
    'https://xn--bcher-kva.example/',
    'https://10.0.0.1/notes',
    'https://wiki.example.org/display/CLIN/User+interview+notes',
  ])('%s', (url) => {
    expect(isSafeLinkUrl(url, 'evidence')).toBe(true);
    expect(isSafeLinkUrl(url, 'jira-link')).toBe(true);
    expect(safeHref(url, 'evidence')).toBe(url);
  });

  it('http:// is a link Jira may give (a web link) but never evidence a person enters', () => {
    expect(isSafeLinkUrl('http://intranet.example.org/notes', 'jira-link')).toBe(true);
    expect(isSafeLinkUrl('http://intranet.example.org/notes', 'evidence')).toBe(false);
  });

  it('safeHref of no URL is null', () => {
    expect(safeHref(undefined, 'evidence')).toBeNull();
  });
});

describe('the evidence schema uses the same rule', () => {
  it.each(HOSTILE)('refuses %s at url', (_label, url) => {
    const parsed = HttpsUrlSchema.safeParse(url);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toMatch(/Use a full https:\/\/ link|At most/);
  });

  it('trims the spaces a pasted link carries, then checks it', () => {
    expect(HttpsUrlSchema.parse('  https://research.example.org/notes ')).toBe('https://research.example.org/notes');
  });

  it('names the url field for a link with empty user info', () => {
    const parsed = EvidenceInputSchema.safeParse({
      kind: 'interview',
      url: 'https://@research.example.org/',
      source: { name: 'Ward 4B nurses' },
      observedOn: '2026-10-01',
      summary: 'Handover takes 40 minutes',
    });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['url']);
  });
});
