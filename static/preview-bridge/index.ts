import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

/**
 * Local stand-in for @forge/bridge, used ONLY by preview builds
 * (FG_PREVIEW=1 node static/build.mjs aliases '@forge/bridge' to this file).
 * It speaks to the local preview server (src/preview) over plain HTTP; the
 * protocol is in static/README-preview.md. No production file imports it.
 */

type Extension = Record<string, unknown>;

export interface PreviewContext {
  readonly accountId: string;
  readonly cloudId: string;
  readonly extension: Extension;
  readonly localId: string;
  readonly moduleKey: string;
  readonly siteUrl: string;
  readonly locale: string;
  readonly timezone: string;
  readonly environmentType: 'DEVELOPMENT';
  readonly environmentId: string;
  readonly theme: { readonly colorMode: 'light' | 'dark' };
}

const GADGET_STORAGE_PREFIX = 'fg-preview-gadget-config:';

const query = (): URLSearchParams => new URLSearchParams(window.location.search);
const colorMode = (): 'light' | 'dark' => (query().get('theme') === 'dark' ? 'dark' : 'light');
const gadgetId = (): string => query().get('gadgetId') ?? 'default';
/** The resource name from the path the server serves it at: /<name>/ */
const resourceName = (): string => window.location.pathname.split('/').filter((s) => s !== '')[0] ?? 'preview';

const parseJson = (s: string | null): unknown => {
  if (s === null || s === '') return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
};

/** Saved gadget config: ?config=<json> first, then the preview server (GET /api/gadget-config → {config}), then sessionStorage. */
const readGadgetConfig = async (): Promise<unknown> => {
  const fromUrl = parseJson(query().get('config'));
  if (fromUrl !== undefined) return fromUrl;
  try {
    const res = await fetch('/api/gadget-config');
    if (res.ok) {
      const body = (await res.json()) as { config?: unknown };
      if (body.config !== undefined && body.config !== null) return body.config;
    }
  } catch {
    // No server endpoint: fall back to this tab's storage.
  }
  return parseJson(window.sessionStorage.getItem(GADGET_STORAGE_PREFIX + gadgetId()));
};

const buildContext = async (): Promise<PreviewContext> => {
  const q = query();
  const extension: Extension = {};
  const issueKey = q.get('issueKey');
  const projectKey = q.get('projectKey') ?? (issueKey === null ? null : (issueKey.split('-')[0] ?? null));
  if (issueKey !== null) extension['issue'] = { key: issueKey, id: issueKey, type: 'Epic' };
  if (projectKey !== null) extension['project'] = { key: projectKey, id: projectKey, type: 'software' };
  const boardId = q.get('boardId');
  if (boardId !== null) extension['board'] = { id: boardId, type: 'scrum' };
  const name = resourceName();
  if (name === 'gadget' || name === 'gadget-edit') {
    extension['gadgetConfiguration'] = await readGadgetConfig();
    extension['entryPoint'] = q.get('entry') === 'edit' || name === 'gadget-edit' ? 'edit' : 'view';
    extension['gadget'] = { id: gadgetId() };
  }
  return {
    accountId: q.get('user') ?? 'preview-user',
    cloudId: 'preview-cloud',
    extension,
    localId: `${name}-${gadgetId()}`,
    moduleKey: name,
    siteUrl: window.location.origin,
    locale: 'en-US',
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    environmentType: 'DEVELOPMENT',
    environmentId: 'preview',
    theme: { colorMode: colorMode() },
  };
};

let contextPromise: Promise<PreviewContext> | null = null;
const context = (): Promise<PreviewContext> => (contextPromise ??= buildContext());

/**
 * The `context` sent with each call: the page's query parameters, flat, as
 * the preview server reads them (user, resource, moduleKey, issueKey,
 * projectKey, boardId, entry, theme); absent parameters are left out.
 */
export const invokeContext = (): Record<string, string> => {
  const q = query();
  const out: Record<string, string> = { resource: resourceName(), moduleKey: resourceName() };
  for (const k of ['user', 'issueKey', 'projectKey', 'boardId', 'entry', 'theme']) {
    const v = q.get(k);
    if (v !== null && v !== '') out[k] = v;
  }
  return out;
};

/** POST /api/invoke {functionKey, payload, context} → the resolver's envelope, as JSON. */
export const invoke = async (functionKey: string, payload?: Record<string, unknown>): Promise<unknown> => {
  const res = await fetch('/api/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey, payload: payload ?? {}, context: invokeContext() }),
  });
  const text = await res.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`The preview server answered ${res.status} without JSON for ${functionKey}.`);
  }
};

export const makeInvoke =
  () =>
  (functionKey: string, payload?: Record<string, unknown>): Promise<unknown> =>
    invoke(functionKey, payload);

/** The URL of another resource with the same user/theme/gadget parameters. */
const resourceUrl = (name: string, drop: readonly string[]): string => {
  const q = query();
  for (const d of drop) q.delete(d);
  const s = q.toString();
  return `/${name}/${s === '' ? '' : `?${s}`}`;
};

export const view = {
  getContext: (): Promise<PreviewContext> => context(),
  /** Saves the gadget config (server, and this tab's storage) and shows the gadget view. */
  submit: async (payload?: unknown): Promise<void> => {
    const config = payload ?? null;
    window.sessionStorage.setItem(GADGET_STORAGE_PREFIX + gadgetId(), JSON.stringify(config));
    let res: Response | null = null;
    try {
      res = await fetch('/api/gadget-config', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(config),
      });
    } catch {
      // No server endpoint: sessionStorage already holds it.
    }
    if (res !== null && res.status === 400) {
      const body = (await res.json().catch(() => ({}))) as { message?: string };
      throw new Error(body.message ?? 'The preview server refused the configuration.');
    }
    window.location.assign(resourceUrl('gadget', ['entry', 'config']));
  },
  close: async (): Promise<void> => {
    window.history.back();
  },
  theme: {
    /** Applies ?theme=dark|light: loads the design-token themes and sets data-color-mode on <html>. */
    enable: async (): Promise<void> => {
      const mode = colorMode();
      document.documentElement.setAttribute('data-color-mode', mode);
      await setGlobalTheme({ colorMode: mode, light: 'light', dark: 'dark' });
    },
  },
};

/**
 * Host events. Tests fire one with
 *   window.dispatchEvent(new CustomEvent('fg-preview:JIRA_ISSUE_CHANGED'))
 */
export const events = {
  on: async (event: string, callback: (payload?: unknown) => unknown): Promise<{ unsubscribe: () => void }> => {
    const listener = (e: Event) => void callback(e instanceof CustomEvent ? (e.detail as unknown) : undefined);
    window.addEventListener(`fg-preview:${event}`, listener);
    return { unsubscribe: () => window.removeEventListener(`fg-preview:${event}`, listener) };
  },
  emit: async (event: string, payload?: unknown): Promise<void> => {
    window.dispatchEvent(new CustomEvent(`fg-preview:${event}`, { detail: payload }));
  },
};

type Location = string | { readonly target: string; readonly issueKey?: string; readonly [k: string]: unknown };

/** An issue opens the preview's panel page for it; other targets have no local page. */
const urlOf = (location: Location): string | null => {
  if (typeof location === 'string') return location;
  if (location.target === 'issue' && typeof location.issueKey === 'string') {
    const q = new URLSearchParams({ issueKey: location.issueKey });
    for (const keep of ['user', 'theme']) {
      const v = query().get(keep);
      if (v !== null) q.set(keep, v);
    }
    return `/issue-panel/?${q.toString()}`;
  }
  return null;
};

export const router = {
  open: async (location: Location): Promise<void> => {
    const url = urlOf(location);
    if (url !== null) window.open(url, '_blank', 'noopener,noreferrer');
  },
  navigate: async (location: Location): Promise<void> => {
    const url = urlOf(location);
    if (url !== null) window.location.assign(url);
  },
};
