import type { JiraRequest, JiraTransport } from '../transport';
import { exchangeKey } from './exchange-key';
import type { SnapshotExchange, SnapshotResponse } from './snapshot-format';

export interface RecordingTransport {
  readonly transport: JiraTransport;
  /** Every distinct request with the last answer it got (a retried 429 leaves only the final answer), in first-asked order. */
  exchanges(): SnapshotExchange[];
}

/** Wraps a transport and remembers what it was asked and what it answered. */
export const createRecordingTransport = (inner: JiraTransport): RecordingTransport => {
  const recorded = new Map<string, SnapshotExchange>();
  const transport: JiraTransport = async (request) => {
    const response = await inner(request);
    recorded.set(exchangeKey(request), { request: toSnapshotRequest(request), response: toSnapshotResponse(response.status, response.body) });
    return response;
  };
  return { transport, exchanges: () => [...recorded.values()] };
};

const toSnapshotRequest = (request: JiraRequest): SnapshotExchange['request'] => {
  const query: Record<string, string | number | boolean | string[]> = {};
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === undefined) continue;
    query[name] = Array.isArray(value) ? [...(value as readonly string[])] : (value as string | number | boolean);
  }
  return request.body === undefined
    ? { method: request.method, path: request.path, query }
    : { method: request.method, path: request.path, query, body: request.body };
};

/** A JSON body is kept as JSON (so the file stays readable and editable); anything else as text. */
const toSnapshotResponse = (status: number, text: string): SnapshotResponse => {
  if (text === '') return { status };
  try {
    return { status, body: JSON.parse(text) as unknown };
  } catch {
    return { status, text };
  }
};
