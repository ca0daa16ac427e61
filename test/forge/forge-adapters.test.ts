const kvsMock = { get: jest.fn(), set: jest.fn(), delete: jest.fn() };
jest.mock('@forge/kvs', () => ({ kvs: kvsMock }));

const requestJira = jest.fn();
const asUser = jest.fn(() => ({ requestJira }));
const asApp = jest.fn(() => ({ requestJira }));
jest.mock('@forge/api', () => ({
  __esModule: true,
  default: { asUser: () => asUser(), asApp: () => asApp() },
  assumeTrustedRoute: (path: string) => ({ value: path }),
}));

import { createForgeKeyValueStore } from '../../src/forge/forge-key-value-store';
import { createForgeTransport } from '../../src/forge/forge-transport';

describe('Forge KVS adapter', () => {
  beforeEach(() => jest.clearAllMocks());

  it('sets if absent with FAIL_IF_EXISTS and a TTL in seconds', async () => {
    kvsMock.set.mockResolvedValueOnce(undefined);
    expect(await createForgeKeyValueStore().setIfAbsent('lock:evidence:CLIN-1', 'token', 30)).toBe(true);
    expect(kvsMock.set).toHaveBeenCalledWith('lock:evidence:CLIN-1', 'token', { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 30, unit: 'SECONDS' } });
  });

  // A taken key and other failures: test/forge/forge-key-value-store.test.ts drives the real
  // @forge/kvs client, so the errors there are the ones the package really throws.
});

describe('Forge Jira transport', () => {
  beforeEach(() => jest.clearAllMocks());

  const response = (status: number, body: string) => ({
    status,
    headers: new Map([['Retry-After', '3']]),
    text: async () => body,
  });

  it('sends the path with its query as the user, JSON body and headers, and returns status, lower-case headers and body', async () => {
    requestJira.mockResolvedValueOnce(response(200, '{"ok":1}'));
    const answer = await createForgeTransport('user')({
      method: 'PUT',
      path: '/rest/api/3/issue/CLIN-1/properties/factory-gravity.evidence',
      query: { b: '2', a: ['x', 'y'] },
      body: { schemaVersion: 2 },
    });
    expect(asUser).toHaveBeenCalled();
    expect(asApp).not.toHaveBeenCalled();
    expect(requestJira).toHaveBeenCalledWith(
      { value: '/rest/api/3/issue/CLIN-1/properties/factory-gravity.evidence?a=x&a=y&b=2' },
      { method: 'PUT', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: '{"schemaVersion":2}' },
    );
    expect(answer).toEqual({ status: 200, headers: { 'retry-after': '3' }, body: '{"ok":1}' });
  });

  it('acts as the app for background work and sends no body on GET', async () => {
    requestJira.mockResolvedValueOnce(response(204, ''));
    await createForgeTransport('app')({ method: 'GET', path: '/rest/api/3/search/jql', query: { jql: 'key in (1)' } });
    expect(asApp).toHaveBeenCalled();
    expect(requestJira).toHaveBeenCalledWith({ value: '/rest/api/3/search/jql?jql=key+in+%281%29' }, { method: 'GET', headers: { Accept: 'application/json' } });
  });
});

describe('Forge dependencies', () => {
  it('takes the account id from the invocation context and refuses a call without one', async () => {
    const { createForgeDeps } = await import('../../src/forge/forge-deps');
    const deps = createForgeDeps();
    expect(deps.accountId({ accountId: '712020:abc' })).toBe('712020:abc');
    expect(() => deps.accountId({})).toThrow(expect.objectContaining({ code: 'JIRA_UNAUTHORIZED' }));
    expect(deps.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
