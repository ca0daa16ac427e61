import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startPreviewServer, type PreviewServer } from '../../src/preview/http-server';
import type { ForgeLikeRequest } from '../../src/preview/forge-request';
import { manifestModules, MANIFEST_PATH, resourceModulesOf } from '../../src/preview/manifest-modules';
import type { PreviewBackend } from '../../src/preview/preview-backend';
import { RESOURCES } from '../../src/preview/resources';

/**
 * The preview's Forge context: module keys straight from manifest.yml, and
 * one context object for the resolver (/api/invoke) and the bridge stand-in's
 * view.getContext() (/api/context).
 */

type Module = { key: string; resource?: string; edit?: { resource: string } };
const manifest = parse(readFileSync(MANIFEST_PATH, 'utf8')) as { modules: Record<string, Module[]> };

/** What manifest.yml says each resource is, read here independently of src/preview. */
const manifestResourceKeys = (): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const modules of Object.values(manifest.modules))
    for (const m of modules) {
      if (m.resource !== undefined) out[m.resource] = m.key;
      if (m.edit !== undefined) out[m.edit.resource] = m.key;
    }
  return out;
};

describe('module keys', () => {
  it("every preview resource's module key is the manifest's", () => {
    const expected = manifestResourceKeys();
    const actual = Object.fromEntries(RESOURCES.map((r) => [r, manifestModules().get(r)?.moduleKey]));
    expect(actual).toEqual(Object.fromEntries(RESOURCES.map((r) => [r, expected[r]])));
    expect(actual).toEqual({
      'issue-panel': 'factory-gravity-panel',
      'issue-context': 'factory-gravity-context',
      gadget: 'factory-gravity-gadget',
      'gadget-edit': 'factory-gravity-gadget',
      board: 'factory-gravity-board',
      settings: 'factory-gravity-settings',
      'pi-review': 'factory-gravity-pi-review',
      'issue-activity': 'factory-gravity-activity',
    });
  });

  it('a manifest without a module for a resource is refused, naming it', () => {
    const text = readFileSync(MANIFEST_PATH, 'utf8').replace('resource: board', 'resource: elsewhere');
    expect(() => resourceModulesOf(text)).toThrow(/preview resource\(s\) board/);
  });
});

describe('one Forge context for the resolver and the bridge', () => {
  const calls: ForgeLikeRequest[] = [];
  const backend: PreviewBackend = {
    today: '2026-11-26',
    accountIdOf: (user) => `acc-${user}`,
    invoke: async (request) => {
      calls.push(request);
      return { ok: true, data: null };
    },
    dump: () => '',
    describeIssue: async (key) => (key === 'CLIN-1' ? { id: '10006', key, type: 'Epic', typeId: '10000', project: { id: '10000', key: 'CLIN', type: 'software' } } : null),
    indexData: async () => ({ today: '2026-11-26', epics: [], projects: [], boards: [], users: [] }),
  };
  let root: string;
  let server: PreviewServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'fg-preview-context-'));
    server = await startPreviewServer({ backend, projectRoot: root, port: 0, host: '127.0.0.1', onError: () => undefined });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const post = async (path: string, body: unknown): Promise<unknown> => {
    const res = await fetch(`${server.url}${path.slice(1)}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    return res.json();
  };

  // The flat page context the bridge stand-in sends (static/preview-bridge/index.ts, invokeContext).
  const pages: readonly [string, Record<string, string>][] = [
    ['issue-panel', { resource: 'issue-panel', user: 'priya', issueKey: 'CLIN-1', theme: 'dark' }],
    ['issue-context', { resource: 'issue-context', user: 'sam', issueKey: 'CLIN-1' }],
    ['gadget', { resource: 'gadget', user: 'alex' }],
    ['gadget-edit', { resource: 'gadget-edit', user: 'alex', entry: 'edit' }],
    ['board', { resource: 'board', user: 'alex', boardId: '7', projectKey: 'CLIN' }],
    ['settings', { resource: 'settings', user: 'alex', projectKey: 'CLIN' }],
    ['pi-review', { resource: 'pi-review', user: 'priya', projectKey: 'CLIN' }],
    ['issue-activity', { resource: 'issue-activity', user: 'sam', issueKey: 'CLIN-1' }],
  ];

  it.each(pages)('%s: view.getContext() answers exactly the context the resolver receives', async (resource, page) => {
    calls.length = 0;
    const bridgeContext = await post('/api/context', page);
    await post('/api/invoke', { functionKey: 'getScopeOptions', payload: {}, context: page });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.context).toEqual(bridgeContext);
    expect(bridgeContext).toMatchObject({ moduleKey: manifestResourceKeys()[resource], locale: 'en-GB', environmentType: 'DEVELOPMENT', accountId: `acc-${page['user'] ?? 'alex'}` });
  });

  it('an issue module gets the numeric issue id, the key apart, and the project', async () => {
    const context = (await post('/api/context', pages[0]?.[1])) as { extension: Record<string, unknown> };
    expect(context.extension).toMatchObject({
      type: 'jira:issuePanel',
      issue: { id: '10006', key: 'CLIN-1', type: 'Epic', typeId: '10000' },
      project: { id: '10000', key: 'CLIN', type: 'software' },
    });
  });

  it('the PI review page is a project page with the project in its extension', async () => {
    const context = (await post('/api/context', pages[6]?.[1])) as { moduleKey: string; extension: Record<string, unknown> };
    expect(context.moduleKey).toBe('factory-gravity-pi-review');
    expect(context.extension).toMatchObject({ type: 'jira:projectPage', project: { key: 'CLIN' } });
  });

  it('the gadget and its edit view are one module, told apart by entryPoint', async () => {
    const view = (await post('/api/context', pages[2]?.[1])) as { moduleKey: string; extension: Record<string, unknown> };
    const edit = (await post('/api/context', pages[3]?.[1])) as { moduleKey: string; extension: Record<string, unknown> };
    expect(view.moduleKey).toBe(edit.moduleKey);
    expect([view.extension['entryPoint'], edit.extension['entryPoint']]).toEqual(['view', 'edit']);
  });
});
