import type { JiraRequest, JiraResponse, JiraTransport } from '../../src/jira/transport';

/** A transport that counts its requests, in all and by kind. */
export interface CountingTransport {
  readonly transport: JiraTransport;
  readonly count: () => number;
  readonly byPath: () => Record<string, number>;
  readonly reset: () => void;
}

/** Collapse ids and keys so that "/rest/api/3/issue/CLIN-12/remotelink" counts as one kind of request. */
export const requestKind = (request: Pick<JiraRequest, 'method' | 'path'>): string =>
  `${request.method} ${request.path.replace(/\/[A-Z][A-Z0-9_]*-\d+(?=\/|$)/g, '/{key}').replace(/(?<!\/api)\/\d+(?=\/|$)/g, '/{id}')}`;

export const countingTransport = (inner: JiraTransport): CountingTransport => {
  let total = 0;
  let kinds: Record<string, number> = {};
  const transport = async (request: JiraRequest): Promise<JiraResponse> => {
    total += 1;
    const kind = requestKind(request);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    return inner(request);
  };
  return {
    transport,
    count: () => total,
    byPath: () => ({ ...kinds }),
    reset: () => {
      total = 0;
      kinds = {};
    },
  };
};
