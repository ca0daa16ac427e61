import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewServer, type PreviewServer } from '../../src/preview/http-server';
import type { ForgeLikeRequest } from '../../src/preview/forge-request';
import type { PreviewBackend } from '../../src/preview/preview-backend';
import type { PreviewUser } from '../../src/preview/preview-context';
import { RESOURCES } from '../../src/preview/resources';
import { AppError } from '../../src/shared/result';

/**
 * The preview server's HTTP behaviour, without a browser: static files and
 * their content types, path traversal, security headers, /api/invoke (the
 * Forge-like request, body limit, errors) and /api/gadget-config.
 */

const calls: { request: ForgeLikeRequest; user: PreviewUser }[] = [];
const backend: PreviewBackend = {
  today: '2026-11-26',
  accountIdOf: (user) => `acc-${user}`,
  invoke: async (req, user) => {
    calls.push({ request: req, user });
    if (req.call.functionKey === 'boom') throw new Error('kaput');
    if (req.call.functionKey === 'known') throw new AppError('FORBIDDEN', 'Not yours');
    return { ok: true, data: { echo: req.call.payload } };
  },
  dump: () => '',
  describeIssue: async (key) =>
    key === 'CLIN-1' ? { id: '10006', key, type: 'Epic', typeId: '10000', project: { id: '10000', key: 'CLIN', type: 'software' } } : null,
  indexData: async () => ({
    today: '2026-11-26',
    epics: [
      { key: 'CLIN-1', summary: 'Bed board <rewrite>', verdict: 'gravity' },
      { key: 'CLIN-2', summary: 'Discharge letters', verdict: 'aligned' },
    ],
    projects: [{ key: 'CLIN', name: 'Clinical' }],
    boards: [{ id: 7, name: 'CLIN PI board', projectKey: 'CLIN' }],
    users: [{ id: 'alex', displayName: 'Alex Rivera', role: 'RTE' }],
  }),
};

let root: string;
let server: PreviewServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fg-preview-test-'));
  for (const r of RESOURCES) {
    const dir = join(root, 'static', r, 'preview-build', 'assets');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(root, 'static', r, 'preview-build', 'index.html'), `<!doctype html><title>${r}</title>`);
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'app.css'), 'body{}');
  }
  writeFileSync(join(root, 'secret.txt'), 'top secret');
  symlinkSync(join(root, 'secret.txt'), join(root, 'static', 'gadget', 'preview-build', 'assets', 'link.txt'));
  server = await startPreviewServer({ backend, projectRoot: root, port: 0, host: '127.0.0.1', maxBodyBytes: 10_000, onError: () => undefined });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  calls.length = 0;
});

/** A raw request (fetch normalises "..", so traversal needs the path sent as is). */
const raw = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('static files', () => {
  it.each([
    ['/gadget/', 'text/html; charset=utf-8'],
    ['/issue-activity/', 'text/html; charset=utf-8'],
    ['/board/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/settings/assets/app.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const res = await raw(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });

  it('redirects a resource without its trailing slash, keeping the query', async () => {
    const res = await raw('/issue-panel?issueKey=CLIN-1&user=sam');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/issue-panel/?issueKey=CLIN-1&user=sam');
  });

  it.each([
    '/gadget/../../../secret.txt',
    '/gadget/%2e%2e/%2e%2e/%2e%2e/secret.txt',
    '/gadget/..%2f..%2f..%2fsecret.txt',
    '/gadget/assets/link.txt',
    '/gadget/%00index.html',
    '/gadget/..%5c..%5csecret.txt',
    '/unknown/index.html',
    '/gadget/assets/missing.js',
  ])('refuses %s', async (path) => {
    const res = await raw(path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('top secret');
  });

  it('puts the security headers on every answer', async () => {
    for (const path of ['/', '/gadget/', '/nowhere', '/api/gadget-config']) {
      const res = await raw(path);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });
});

describe('index page', () => {
  it('links every work item, board and project with the chosen user and theme, escaping text', async () => {
    const res = await raw('/?user=sam&theme=dark');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<body class="dark">');
    expect(res.body).toContain('href="/issue-panel/?issueKey=CLIN-1&amp;user=sam&amp;theme=dark"');
    expect(res.body).toContain('href="/issue-context/?issueKey=CLIN-2&amp;user=sam&amp;theme=dark"');
    expect(res.body).toContain('href="/issue-activity/?issueKey=CLIN-2&amp;user=sam&amp;theme=dark">alignment history</a>');
    expect(res.body).toContain('href="/board/?boardId=7&amp;projectKey=CLIN&amp;user=sam&amp;theme=dark"');
    expect(res.body).toContain('href="/settings/?projectKey=CLIN&amp;user=sam&amp;theme=dark"');
    expect(res.body).toContain('href="/gadget/?gadget=clin-next-pi&amp;user=sam&amp;theme=dark"');
    expect(res.body).toContain('href="/gadget-edit/?gadget=clin-next-pi&amp;entry=edit&amp;user=sam&amp;theme=dark"');
    expect(res.body).toContain('href="/gadget/?gadget=new&amp;user=sam&amp;theme=dark"');
    expect(res.body).toContain('href="/gadget/?gadget=clin-outcomes&amp;user=sam&amp;theme=dark">Gadget: Clinical Apps (CLIN), delivered items&#39;');
    expect(res.body).toContain('href="/gadget-edit/?gadget=clin-outcomes&amp;entry=edit&amp;user=sam&amp;theme=dark"');
    expect(res.body).toContain('href="/gadget/?gadget=jql-gravity&amp;user=sam&amp;theme=dark">gravityVerdict = gravity</a>');
    expect(res.body).toContain('Bed board &lt;rewrite&gt;');
    expect(res.body).toContain('<li id="ask-link"><a href="/ask/?user=sam&amp;theme=dark">Ask the PI alignment coach&#39;s actions</a>');
    expect(res.body).not.toContain('<script');
  });

  it('falls back to alex and light for unknown values', async () => {
    const res = await raw('/?user=mallory&theme=neon');
    expect(res.body).toContain('<body class="light">');
    expect(res.body).toContain('<option value="alex" selected>');
  });
});

describe('the Ask page (/ask/)', () => {
  const form = 'action=explain-item&user=priya&theme=dark&issueKey=CLIN-7';
  const postForm = (body: string, headers: Record<string, string> = {}) =>
    raw('/ask/', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Host: `127.0.0.1:${server.port}`, ...headers }, body });

  it('lists the four actions as forms that post back to it, with no script, in the chosen theme', async () => {
    const res = await raw('/ask/?user=sam&theme=dark');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<body class="dark">');
    expect(res.body.match(/<form method="post" action="\/ask\/#answer">/g)).toHaveLength(4);
    for (const action of ['explain-item', 'pi-report', 'suggest-swaps', 'record-decision']) expect(res.body).toContain(`<input type="hidden" name="action" value="${action}">`);
    expect(res.body).toContain('<option value="sam" selected>');
    expect(res.body).toMatch(/<input type="checkbox" id="record-decision-confirmed" name="confirmed" value="true" aria-describedby/);
    expect(res.body).not.toContain('<script');
  });

  it('redirects /ask to /ask/, keeping the query', async () => {
    const res = await raw('/ask?user=sam');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/ask/?user=sam');
  });

  it('refuses a cross-site post (403), another body type (415) and another method (405)', async () => {
    expect((await postForm(form, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await postForm(form, { Origin: 'null', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await postForm(form, { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await postForm(form, { 'Content-Type': 'text/plain' })).status).toBe(415);
    const put = await raw('/ask/', { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers['allow']).toBe('GET, HEAD, POST');
  });

  it('says a bad form is not run (400), and a server without the actions runner cannot run one (503)', async () => {
    const bad = await postForm('action=delete-everything&user=alex');
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('Pick one of the actions: explain-item, pi-report, suggest-swaps, record-decision');
    const same = await postForm(form, { Origin: 'null', 'Sec-Fetch-Site': 'same-origin' });
    expect(same.status).toBe(503);
    expect(same.body).toContain('runs no sample site for the agent actions');
  });

  it('runs the action as the chosen user with the typed inputs and shows its answer escaped', async () => {
    const asked: unknown[] = [];
    const withAsk = await startPreviewServer({
      backend,
      projectRoot: root,
      port: 0,
      host: '127.0.0.1',
      onError: () => undefined,
      ask: async (action, inputs, user) => {
        asked.push({ action, inputs, user });
        return { ok: false, error: { code: 'NOT_FOUND', message: 'Issue <b>CLIN-4</b> & "co"' } };
      },
    });
    try {
      const res = await fetch(`${withAsk.url}ask/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'action=pi-report&user=sam&projectKey=CLIN&boardId=&limit=5&pi=next',
      });
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(asked).toEqual([{ action: 'pi-report', inputs: { projectKey: 'CLIN', limit: 5, pi: 'next' }, user: 'sam' }]);
      expect(html).toContain('Issue &lt;b&gt;CLIN-4&lt;/b&gt; &amp; &quot;co&quot;');
      expect(html).not.toContain('<b>CLIN-4</b>');
      // The form that ran keeps its values and user.
      expect(html).toContain('<input type="number" id="pi-report-limit" name="limit" value="5"');
    } finally {
      await withAsk.close();
    }
  });
});

describe('POST /api/invoke', () => {
  it('calls the handler with a Forge-like request for the chosen user', async () => {
    const res = await postJson('/api/invoke', { functionKey: 'getPanel', payload: { issueKey: 'CLIN-1' }, context: { user: 'priya', issueKey: 'CLIN-1', theme: 'dark' } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, data: { echo: { issueKey: 'CLIN-1' } } });
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.user).toBe('priya');
    expect(call.request.call).toEqual({ functionKey: 'getPanel', payload: { issueKey: 'CLIN-1' } });
    expect(call.request.context.accountId).toBe('acc-priya');
    expect(call.request.context.extension).toMatchObject({ type: 'jira:issuePanel', issue: { key: 'CLIN-1' }, project: { key: 'CLIN' } });
  });

  it('gives board and gadget calls their extension context', async () => {
    await postJson('/api/invoke', { functionKey: 'getScopeReport', payload: {}, context: { user: 'alex', boardId: '7', projectKey: 'CLIN' } });
    expect(calls[0]!.request.context.extension).toMatchObject({ type: 'jira:boardAction', board: { id: '7' } });
    await postJson('/api/invoke', { functionKey: 'getScopeReport', payload: {}, context: { user: 'alex', resource: 'gadget-edit', entry: 'edit' } });
    expect(calls[1]!.request.context.extension).toMatchObject({ type: 'jira:dashboardGadget', entryPoint: 'edit' });
  });

  it('defaults to alex and an empty payload', async () => {
    await postJson('/api/invoke', { functionKey: 'getScopeOptions' });
    expect(calls[0]).toMatchObject({ user: 'alex', request: { call: { payload: {} } } });
  });

  it('answers a known failure as an error envelope and an unknown one as 500 with a message', async () => {
    const known = await postJson('/api/invoke', { functionKey: 'known', payload: {} });
    expect(JSON.parse(known.body)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Not yours' } });
    const boom = await postJson('/api/invoke', { functionKey: 'boom', payload: {} });
    expect(boom.status).toBe(500);
    expect(JSON.parse(boom.body)).toEqual({ message: 'Resolver failed: kaput' });
  });

  it.each([
    ['an unknown user', { functionKey: 'getPanel', context: { user: 'mallory' } }, 400],
    ['no function key', { payload: {} }, 400],
    ['extra keys', { functionKey: 'x', extra: 1 }, 400],
  ])('refuses %s without calling the handler', async (_, body, status) => {
    const res = await postJson('/api/invoke', body);
    expect(res.status).toBe(status);
    expect(calls).toHaveLength(0);
  });

  it('refuses bodies over the limit with 413, bad JSON with 400, other content types with 415, GET with 405', async () => {
    const big = await postJson('/api/invoke', { functionKey: 'getPanel', payload: { pad: 'x'.repeat(20_000) } });
    expect(big.status).toBe(413);
    const bad = await raw('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{nope' });
    expect(bad.status).toBe(400);
    const text = await raw('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    const get = await raw('/api/invoke');
    expect(get.status).toBe(405);
    expect(calls).toHaveLength(0);
  });

  it('refuses cross-origin calls', async () => {
    const res = await postJson('/api/invoke', { functionKey: 'getPanel' }, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const rebound = await postJson('/api/invoke', { functionKey: 'getPanel' }, { Host: 'evil.example' });
    expect(rebound.status).toBe(403);
    expect(calls).toHaveLength(0);
  });
});

describe('/api/gadget-config', () => {
  it('starts empty, saves a valid configuration and hands it to gadget calls', async () => {
    expect(JSON.parse((await raw('/api/gadget-config')).body)).toEqual({ config: null });
    const saved = await postJson('/api/gadget-config', { scope: { kind: 'board', boardId: 7 }, pi: 'current' });
    expect(saved.status).toBe(200);
    expect(JSON.parse((await raw('/api/gadget-config')).body)).toEqual({ config: { scope: { kind: 'board', boardId: 7 }, pi: 'current', view: 'report' } });
    await postJson('/api/invoke', { functionKey: 'getScopeReport', context: { resource: 'gadget' } });
    expect(calls[0]!.request.context.extension).toMatchObject({ gadgetConfiguration: { scope: { kind: 'board', boardId: 7 } } });
  });

  it('refuses an invalid configuration with field issues and keeps the old one', async () => {
    await postJson('/api/gadget-config', { scope: { kind: 'project', projectKey: 'CLIN' } });
    const res = await postJson('/api/gadget-config', { scope: { kind: 'project', projectKey: 'clin!' } });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).issues[0].path).toEqual(['scope', 'projectKey']);
    expect(JSON.parse((await raw('/api/gadget-config')).body)).toEqual({ config: { scope: { kind: 'project', projectKey: 'CLIN' }, pi: 'next', view: 'report' } });
  });
});
