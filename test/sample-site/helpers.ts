import type { JiraRequest } from '../../src/jira/transport';
import type { SampleSite, SampleUserId } from '../../src/jira/sample-site';

export const TODAY = '2026-11-26';

export interface Answer {
  readonly status: number;
  readonly json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly body: string;
}

/** One request to the site; the body must be JSON (or empty). */
export const call = async (site: SampleSite, request: JiraRequest, user?: SampleUserId): Promise<Answer> => {
  const response = await site.transport(user)(request);
  return { status: response.status, body: response.body, json: response.body === '' ? undefined : JSON.parse(response.body) };
};

export const searchKeys = async (site: SampleSite, jql: string, user?: SampleUserId): Promise<string[]> => {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const r = await call(site, { method: 'POST', path: '/rest/api/3/search/jql', body: { jql, fields: ['summary'], maxResults: 100, ...(token === undefined ? {} : { nextPageToken: token }) } }, user);
    if (r.status !== 200) throw new Error(`search failed ${r.status}: ${r.body}`);
    keys.push(...(r.json.issues as { key: string }[]).map((i) => i.key));
    token = r.json.nextPageToken;
  } while (token !== undefined);
  return keys;
};

/** Every key path of a JSON value ("values[].id"), for comparing shapes with Atlassian's examples. */
export const keyPaths = (value: unknown, prefix = ''): Set<string> => {
  const out = new Set<string>();
  if (Array.isArray(value)) {
    for (const item of value) for (const p of keyPaths(item, `${prefix}[]`)) out.add(p);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const path = prefix === '' ? k : `${prefix}.${k}`;
      out.add(path);
      for (const p of keyPaths(v, path)) out.add(p);
    }
  }
  return out;
};
