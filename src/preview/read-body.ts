import type { IncomingMessage } from 'node:http';

/** Thrown when a request body passes the limit; the server answers 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body is larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** Thrown when a request body is not complete within the time allowed; the server answers 408. */
export class BodyTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The request body did not arrive within ${timeoutMs} ms`);
    this.name = 'BodyTimeoutError';
  }
}

export const MAX_BODY_BYTES = 1024 * 1024;
/** A local browser sends a resolver payload in milliseconds; 10 s is only ever reached by a stalled sender. */
export const BODY_TIMEOUT_MS = 10_000;

/** Reads the whole body as UTF-8, refusing more than `limit` bytes (by header or by count) or taking longer than `timeoutMs`. */
export const readBody = (req: IncomingMessage, limit: number = MAX_BODY_BYTES, timeoutMs: number = BODY_TIMEOUT_MS): Promise<string> =>
  new Promise((resolvePromise, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    const timer = setTimeout(() => {
      failed = true;
      reject(new BodyTimeoutError(timeoutMs));
    }, timeoutMs);
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        clearTimeout(timer);
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      if (!failed) resolvePromise(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      if (!failed) reject(e);
    });
  });
