import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAppError } from '../shared/result';
import { handleAsk } from './ask-route';
import type { AskRunner } from './ask-runner';
import { contentTypeFor } from './content-types';
import { buildForgeContext, buildForgeRequest, type ForgeFullContext } from './forge-request';
import { manifestModules, type ResourceModules } from './manifest-modules';
import { createGadgetConfigStore, type GadgetConfigStore } from './gadget-config-store';
import { renderIndexPage } from './index-page';
import type { PreviewBackend } from './preview-backend';
import { InvokeBodySchema, PREVIEW_THEMES, PREVIEW_USERS, PreviewContextSchema, type PreviewContext, type PreviewTheme, type PreviewUser } from './preview-context';
import { BODY_TIMEOUT_MS, BodyTimeoutError, BodyTooLargeError, MAX_BODY_BYTES, readBody } from './read-body';
import { isResourceName, previewBuildDir } from './resources';
import { applySecurityHeaders } from './security-headers';
import { resolveStaticFile } from './static-files';

export interface PreviewServerOptions {
  readonly backend: PreviewBackend;
  readonly projectRoot: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: '127.0.0.1';
  readonly maxBodyBytes?: number;
  /** The module of each resource (default: read from manifest.yml). */
  readonly modules?: ResourceModules;
  /** Slow senders: see PREVIEW_TIMEOUTS (tests shorten them). */
  readonly timeouts?: Partial<PreviewTimeouts>;
  /** Unexpected errors are reported here (default: console.error). */
  readonly onError?: (error: unknown) => void;
  /** Runs the Rovo agent's actions for the Ask page (/ask/) over the backend's sample site; without it the page cannot run them. */
  readonly ask?: AskRunner;
}

export interface PreviewServer {
  readonly url: string;
  readonly port: number;
  readonly gadgetConfig: GadgetConfigStore;
  close(): Promise<void>;
}

/**
 * How long a connection may take to send its request. Node's own defaults
 * would keep a connection that trickles its headers for 60 s and its body
 * for 5 minutes (`server.headersTimeout`, `server.requestTimeout`, checked
 * every `connectionsCheckingInterval`; nodejs.org/api/http.html). A body
 * read has its own limit too (readBody), answered with 408.
 */
export interface PreviewTimeouts {
  readonly headersMs: number;
  readonly requestMs: number;
  readonly bodyMs: number;
  readonly checkEveryMs: number;
}
export const PREVIEW_TIMEOUTS: PreviewTimeouts = { headersMs: 10_000, requestMs: 30_000, bodyMs: BODY_TIMEOUT_MS, checkEveryMs: 1_000 };

const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  // After a stalled (408) or oversized (413) body the rest of it is not wanted: close the connection.
  const close = status === 408 || status === 413 ? { Connection: 'close' } : {};
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...close });
  res.end(text);
};

const sendText = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
};

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

const isJsonRequest = (req: IncomingMessage): boolean =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';

/** Only same-origin browser calls (or none, from tests and curl) may reach the API: stops cross-site posts and DNS rebinding. */
const isSameOrigin = (req: IncomingMessage, port: number): boolean => {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowedHosts.some((h) => origin === `http://${h}`);
};

const readJson = async (
  req: IncomingMessage,
  limit: number,
  timeoutMs: number,
): Promise<{ ok: true; value: unknown } | { ok: false; status: number; message: string }> => {
  if (!isJsonRequest(req)) return { ok: false, status: 415, message: 'Send Content-Type: application/json' };
  let text: string;
  try {
    text = await readBody(req, limit, timeoutMs);
  } catch (e) {
    if (e instanceof BodyTooLargeError) return { ok: false, status: 413, message: e.message };
    if (e instanceof BodyTimeoutError) return { ok: false, status: 408, message: e.message };
    throw e;
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON' };
  }
};

/**
 * The local preview: one sample site (inside `backend`) for the server's
 * lifetime, the preview builds of the Custom UI resources, and the API the
 * preview bridge calls (/api/invoke, /api/gadget-config).
 */
export const startPreviewServer = async (options: PreviewServerOptions): Promise<PreviewServer> => {
  const { backend, projectRoot } = options;
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const timeouts: PreviewTimeouts = { ...PREVIEW_TIMEOUTS, ...options.timeouts };
  const onError = options.onError ?? ((e: unknown) => console.error(e));
  const gadgetConfig = createGadgetConfigStore();
  const modules = options.modules ?? manifestModules();
  let port = 0;

  /** The one place the preview builds a Forge context: for the resolver (/api/invoke) and the bridge (/api/context). */
  const forgeContextFor = async (page: PreviewContext): Promise<ForgeFullContext> =>
    buildForgeContext(modules, {
      page,
      accountId: backend.accountIdOf(page.user),
      gadgetConfig: gadgetConfig.get(page.gadget),
      issue: page.issueKey === undefined ? null : await backend.describeIssue(page.issueKey),
    });

  const handleContext = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readJson(req, limit, timeouts.bodyMs);
    if (!body.ok) return sendJson(res, body.status, { message: body.message });
    const page = PreviewContextSchema.safeParse(body.value ?? {});
    if (!page.success) return sendJson(res, 400, { message: 'The context is not valid (user must be alex, priya or sam)' });
    return sendJson(res, 200, await forgeContextFor(page.data));
  };

  const handleInvoke = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readJson(req, limit, timeouts.bodyMs);
    if (!body.ok) return sendJson(res, body.status, { message: body.message });
    const parsed = InvokeBodySchema.safeParse(body.value);
    if (!parsed.success) return sendJson(res, 400, { message: 'Send {functionKey, payload, context}' });
    const context = PreviewContextSchema.safeParse(parsed.data.context ?? {});
    if (!context.success) return sendJson(res, 400, { message: 'The context is not valid (user must be alex, priya or sam)' });
    const user: PreviewUser = context.data.user;
    const request = buildForgeRequest(parsed.data.functionKey, parsed.data.payload, await forgeContextFor(context.data));
    try {
      const answer = await backend.invoke(request, user);
      return sendJson(res, 200, answer ?? null);
    } catch (e) {
      if (isAppError(e)) return sendJson(res, 200, { ok: false, error: e.toBody() });
      onError(e);
      return sendJson(res, 500, { message: e instanceof Error ? `Resolver failed: ${e.message}` : 'Resolver failed' });
    }
  };

  /** ?gadget=<instance> picks the gadget (none: the default one); a bad name is a 400 like a bad body. */
  const handleGadgetConfig = async (req: IncomingMessage, res: ServerResponse, gadget: string | undefined) => {
    if (req.method === 'GET') {
      try {
        return sendJson(res, 200, { config: gadgetConfig.get(gadget) });
      } catch (e) {
        if (isAppError(e)) return sendJson(res, 400, { message: e.message, issues: e.issues ?? [] });
        throw e;
      }
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'GET, POST');
      return sendJson(res, 405, { message: 'Use GET or POST' });
    }
    const body = await readJson(req, limit, timeouts.bodyMs);
    if (!body.ok) return sendJson(res, body.status, { message: body.message });
    try {
      return sendJson(res, 200, { config: gadgetConfig.save(body.value, gadget) });
    } catch (e) {
      if (isAppError(e)) return sendJson(res, 400, { message: e.message, issues: e.issues ?? [] });
      throw e;
    }
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    const [, resource = '', ...rest] = pathname.split('/');
    if (!isResourceName(resource)) return sendText(res, 404, 'Not found');
    if (rest.length === 0) {
      // "/gadget" → "/gadget/" so the build's relative asset URLs resolve.
      const search = new URL(req.url ?? '/', 'http://x').search;
      res.writeHead(301, { Location: `/${resource}/${search}` });
      res.end();
      return;
    }
    const file = await resolveStaticFile(previewBuildDir(projectRoot, resource), `/${rest.join('/')}`);
    if (file === null) return sendText(res, 404, 'Not found');
    res.writeHead(200, { 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    applySecurityHeaders(res);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = url.pathname;
    if (pathname.startsWith('/api/')) {
      if (!isSameOrigin(req, port)) return sendJson(res, 403, { message: 'Cross-origin requests are refused' });
      if (pathname === '/api/invoke') {
        if (req.method !== 'POST') {
          res.setHeader('Allow', 'POST');
          return sendJson(res, 405, { message: 'Use POST' });
        }
        return handleInvoke(req, res);
      }
      if (pathname === '/api/gadget-config') return handleGadgetConfig(req, res, url.searchParams.get('gadget') ?? undefined);
      if (pathname === '/api/context') {
        if (req.method !== 'POST') {
          res.setHeader('Allow', 'POST');
          return sendJson(res, 405, { message: 'Use POST' });
        }
        return handleContext(req, res);
      }
      return sendJson(res, 404, { message: 'No such API' });
    }
    if (pathname === '/ask') {
      res.writeHead(301, { Location: `/ask/${url.search}` });
      res.end();
      return;
    }
    if (pathname === '/ask/') return handleAsk(req, res, url, { ask: options.ask ?? backend.ask, today: backend.today, port, limit, bodyMs: timeouts.bodyMs, onError });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, 'Method not allowed');
    }
    if (pathname === '/favicon.ico') {
      // No icon: 204 keeps the browser console free of a 404 on every page.
      res.writeHead(204, { 'Cache-Control': 'max-age=86400' });
      res.end();
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      const user = pick(url.searchParams.get('user'), PREVIEW_USERS, 'alex');
      const theme: PreviewTheme = pick(url.searchParams.get('theme'), PREVIEW_THEMES, 'light');
      const html = renderIndexPage(await backend.indexData(), user, theme);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    return handleStatic(req, res, pathname);
  };

  const serverOptions = { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: timeouts.checkEveryMs };
  const server = createServer(serverOptions, (req, res) => {
    route(req, res).catch((e: unknown) => {
      onError(e);
      if (!res.headersSent) sendJson(res, 500, { message: 'The preview server failed; see its console' });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}/`,
    port,
    gadgetConfig,
    close: () =>
      new Promise<void>((resolvePromise, reject) => {
        server.close((e) => (e === undefined ? resolvePromise() : reject(e)));
        server.closeAllConnections();
      }),
  };
};
