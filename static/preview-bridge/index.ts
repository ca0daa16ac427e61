import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';

/**
 * Local stand-in for @forge/bridge, used ONLY by preview builds
 * (FG_PREVIEW=1 node static/build.mjs aliases '@forge/bridge' to this file).
 * It speaks to the local preview server (src/preview) over plain HTTP; the
 * protocol is in static/README-preview.md. No production file imports it.
 */

type Extension = Record<string, unknown>;

/**
 * @forge/bridge's FullContext (node_modules/@forge/bridge/out/types.d.ts), as
 * the preview server builds it from manifest.yml (src/preview/forge-request.ts).
 * The server builds it once for both sides: view.getContext() here answers
 * exactly the context the resolver receives for the same page.
 */
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

const query = (): URLSearchParams => new URLSearchParams(window.location.search);
const colorMode = (): 'light' | 'dark' => (query().get('theme') === 'dark' ? 'dark' : 'light');
/** The resource name from the path the server serves it at: /<name>/ */
const resourceName = (): string => window.location.pathname.split('/').filter((s) => s !== '')[0] ?? 'preview';

const postJson = async (path: string, body: unknown): Promise<{ status: number; json: unknown }> => {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  try {
    return { status: res.status, json: JSON.parse(text) as unknown };
  } catch {
    throw new Error(`The preview server answered ${res.status} without JSON for ${path}.`);
  }
};

/** POST /api/context with the page's parameters → the Forge context the server hands the resolvers. */
const fetchContext = async (): Promise<PreviewContext> => {
  const { status, json } = await postJson('/api/context', invokeContext());
  if (status !== 200) throw new Error(`The preview server refused the page context (${status}).`);
  return json as PreviewContext;
};

let contextPromise: Promise<PreviewContext> | null = null;
const context = (): Promise<PreviewContext> => (contextPromise ??= fetchContext());

/**
 * The `context` sent with each call: the page's resource and query
 * parameters, flat, as the preview server reads them (user, resource,
 * issueKey, projectKey, boardId, entry, theme, gadget); absent parameters are left out.
 */
export const invokeContext = (): Record<string, string> => {
  const q = query();
  const out: Record<string, string> = { resource: resourceName() };
  for (const k of ['user', 'issueKey', 'projectKey', 'boardId', 'entry', 'theme', 'gadget']) {
    const v = q.get(k);
    if (v !== null && v !== '') out[k] = v;
  }
  return out;
};

/** POST /api/invoke {functionKey, payload, context} → the resolver's envelope, as JSON. */
export const invoke = async (functionKey: string, payload?: Record<string, unknown>): Promise<unknown> =>
  (await postJson('/api/invoke', { functionKey, payload: payload ?? {}, context: invokeContext() })).json;

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
  /** Saves the gadget config on the preview server (POST /api/gadget-config[?gadget=<instance>]) and shows the gadget view. */
  submit: async (payload?: unknown): Promise<void> => {
    const gadget = query().get('gadget');
    const { status, json } = await postJson(`/api/gadget-config${gadget === null ? '' : `?gadget=${encodeURIComponent(gadget)}`}`, payload ?? null);
    if (status === 400) throw new Error((json as { message?: string }).message ?? 'The preview server refused the configuration.');
    if (status !== 200) throw new Error(`The preview server could not save the configuration (${status}).`);
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

/** The app's own page modules the preview serves (manifest.yml key → preview resource path). */
const MODULE_PAGES: Readonly<Record<string, string>> = { 'factory-gravity-pi-review': 'pi-review' };

const withUserAndTheme = (q: URLSearchParams): string => {
  for (const keep of ['user', 'theme']) {
    const v = query().get(keep);
    if (v !== null) q.set(keep, v);
  }
  return q.toString();
};

/**
 * An issue opens the preview's panel page for it; target 'module' (the app's
 * own project page, @forge/bridge router NavigationTarget.Module: moduleKey,
 * projectKey) opens that page; other targets have no local page.
 */
const urlOf = (location: Location): string | null => {
  if (typeof location === 'string') return location;
  if (location.target === 'issue' && typeof location.issueKey === 'string') {
    return `/issue-panel/?${withUserAndTheme(new URLSearchParams({ issueKey: location.issueKey }))}`;
  }
  if (location.target === 'module' && typeof location['moduleKey'] === 'string') {
    const page = MODULE_PAGES[location['moduleKey']];
    if (page === undefined) throw new Error(`The preview has no page for module ${location['moduleKey']}`);
    const q = new URLSearchParams();
    if (typeof location['projectKey'] === 'string') q.set('projectKey', location['projectKey']);
    return `/${page}/?${withUserAndTheme(q)}`;
  }
  return null;
};

/** The URL the host would open (router.getUrl): a preview path as a URL, or null. */
const getUrl = async (location: Location): Promise<URL | null> => {
  const url = urlOf(location);
  return url === null ? null : new URL(url, window.location.origin);
};

export const router = {
  getUrl,
  open: async (location: Location): Promise<void> => {
    const url = urlOf(location);
    if (url !== null) window.open(url, '_blank', 'noopener,noreferrer');
  },
  navigate: async (location: Location): Promise<void> => {
    const url = urlOf(location);
    if (url !== null) window.location.assign(url);
  },
};
