import { makeInvoke } from '@forge/bridge';
import type { PayloadOf, ResolverDefs, ResolverKey, ResponseTypes } from '../../src/shared/payloads';
import type { ErrorCode, FieldIssue } from '../../src/shared/result';

/**
 * The one typed client every front end calls resolvers through. Every
 * resolver answers with the envelope from src/shared/result.ts; anything else
 * (the bridge throwing, a resolver crash, an unreadable answer) becomes an
 * UNEXPECTED error so screens handle a single shape.
 */

export type UiErrorCode = ErrorCode | 'UNEXPECTED';

export interface UiError {
  readonly code: UiErrorCode;
  readonly message: string;
  readonly issues?: readonly FieldIssue[];
}

export type Outcome<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: UiError };

const invokeResolver = makeInvoke<ResolverDefs>();

type AnyInvoke = (key: ResolverKey, payload: unknown) => Promise<unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const toIssues = (v: unknown): FieldIssue[] | undefined => {
  if (!Array.isArray(v)) return undefined;
  return v.flatMap((i: unknown): FieldIssue[] =>
    isRecord(i) && Array.isArray(i['path']) && typeof i['message'] === 'string'
      ? [{ path: (i['path'] as unknown[]).filter((p): p is string | number => typeof p === 'string' || typeof p === 'number'), message: i['message'] }]
      : [],
  );
};

/** Checks the envelope's shape (the wire is untyped at run time). */
export const readEnvelope = <T>(raw: unknown): Outcome<T> => {
  if (isRecord(raw) && raw['ok'] === true && 'data' in raw) return { ok: true, data: raw['data'] as T };
  if (isRecord(raw) && raw['ok'] === false && isRecord(raw['error'])) {
    const e = raw['error'];
    const code = typeof e['code'] === 'string' ? (e['code'] as UiErrorCode) : 'UNEXPECTED';
    const message = typeof e['message'] === 'string' ? e['message'] : 'The app answered without a message.';
    const issues = toIssues(e['issues']);
    return { ok: false, error: issues === undefined ? { code, message } : { code, message, issues } };
  }
  return { ok: false, error: { code: 'UNEXPECTED', message: 'The app sent an answer this page cannot read.' } };
};

export const call = async <K extends ResolverKey>(key: K, payload: PayloadOf<K>): Promise<Outcome<ResponseTypes[K]>> => {
  try {
    const raw = await (invokeResolver as unknown as AnyInvoke)(key, payload);
    return readEnvelope<ResponseTypes[K]>(raw);
  } catch (e) {
    const message = e instanceof Error && e.message !== '' ? e.message : 'The request did not complete.';
    return { ok: false, error: { code: 'UNEXPECTED', message } };
  }
};
