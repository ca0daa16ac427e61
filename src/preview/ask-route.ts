import type { IncomingMessage, ServerResponse } from 'node:http';
import { askActions } from './ask-actions';
import { parseAskForm } from './ask-form';
import { renderAskPage, type AskPageView } from './ask-page';
import type { AskRunner } from './ask-runner';
import { PREVIEW_THEMES, PREVIEW_USERS, type PreviewTheme, type PreviewUser } from './preview-context';
import { BodyTimeoutError, BodyTooLargeError, readBody } from './read-body';

/**
 * /ask/: GET shows the Ask page, POST (the page's own form, urlencoded) runs
 * one action and shows its answer. A POST must come from the preview's own
 * page: the Host is the preview's, and the browser says the form is
 * same-origin. The preview sends Referrer-Policy: no-referrer, under which
 * Chromium sends a form post's Origin as "null" (the Fetch standard's
 * "serializing a request origin"), so Sec-Fetch-Site, which a page cannot
 * set, decides then; curl and tests send neither header.
 */

export interface AskRouteOptions {
  readonly ask: AskRunner | undefined;
  readonly today: string;
  readonly port: number;
  readonly limit: number;
  readonly bodyMs: number;
  readonly onError: (error: unknown) => void;
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

const sendHtml = (res: ServerResponse, status: number, html: string, head: boolean): void => {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(head ? undefined : html);
};

export const isSameOriginForm = (req: IncomingMessage, port: number): boolean => {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (origin !== undefined && origin !== 'null') return hosts.some((h) => origin === `http://${h}`) && (site === undefined || site === 'same-origin');
  return site === undefined ? origin === undefined : site === 'same-origin';
};

const isForm = (req: IncomingMessage): boolean =>
  (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';

export const handleAsk = async (req: IncomingMessage, res: ServerResponse, url: URL, options: AskRouteOptions): Promise<void> => {
  const base = {
    actions: askActions(),
    today: options.today,
    user: pick<PreviewUser>(url.searchParams.get('user'), PREVIEW_USERS, 'alex'),
    theme: pick<PreviewTheme>(url.searchParams.get('theme'), PREVIEW_THEMES, 'light'),
  };
  const page = (status: number, view: Partial<AskPageView>) => sendHtml(res, status, renderAskPage({ ...base, run: null, problem: null, ...view }), req.method === 'HEAD');
  if (req.method === 'GET' || req.method === 'HEAD') return page(200, {});
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'GET, HEAD, POST');
    return page(405, { problem: 'Use the forms on this page (GET or POST).' });
  }
  if (!isSameOriginForm(req, options.port)) return page(403, { problem: 'Only the Ask page itself may run an action: open it from the preview index.' });
  if (!isForm(req)) return page(415, { problem: 'Send the form as application/x-www-form-urlencoded.' });
  let body: string;
  try {
    body = await readBody(req, options.limit, options.bodyMs);
  } catch (e) {
    if (e instanceof BodyTooLargeError) return page(413, { problem: e.message });
    if (e instanceof BodyTimeoutError) return page(408, { problem: e.message });
    throw e;
  }
  const form = parseAskForm(body, base.actions);
  if (!form.ok) return page(400, { problem: form.message });
  const { request } = form;
  const view = { theme: request.theme, user: request.user };
  if (options.ask === undefined) return page(503, { ...view, problem: 'This preview server runs no sample site for the agent actions: start it with npm start.' });
  try {
    const answer = await options.ask(request.action, request.inputs, request.user);
    return page(200, { ...view, run: { action: request.action, user: request.user, values: request.values, answer } });
  } catch (e) {
    options.onError(e);
    return page(500, { ...view, problem: `The ${request.action} action failed: ${e instanceof Error ? e.message : String(e)}. See the preview's console.` });
  }
};
