import type { Verdict } from '../shared/assessment';
import { VERDICTS } from '../shared/assessment';
import type { GadgetConfig } from '../shared/scope';
import { CONFIGURED_GADGET, JQL_GADGETS, NEW_GADGET, OUTCOMES_GADGET, TREND_GADGET, type PreviewGadget } from './gadget-config-store';
import { escapeHtml, href } from './html';
import { PREVIEW_USERS, type PreviewTheme, type PreviewUser } from './preview-context';

export interface IndexData {
  readonly today: string;
  readonly epics: readonly { readonly key: string; readonly summary: string; readonly verdict: Verdict | null }[];
  readonly projects: readonly { readonly key: string; readonly name: string }[];
  readonly boards: readonly { readonly id: number; readonly name: string; readonly projectKey?: string }[];
  readonly users: readonly { readonly id: PreviewUser; readonly displayName: string; readonly role: string }[];
}

const VERDICT_TITLES: Readonly<Record<Verdict, string>> = {
  gravity: 'Only here to fit the next PI',
  zombie: 'Carried over again and again',
  ungrounded: 'Strategy without field evidence',
  unanchored: 'Evidence without a strategic objective',
  aligned: 'All three forces present',
  delivered: 'Delivered: the outcome check comes later',
  unplanned: 'Not in a PI',
};

export const STYLE = `
:root { color-scheme: light; --bg:#FFFFFF; --surface:#F7F8F9; --text:#172B4D; --subtle:#44546F; --border:#DCDFE4; --link:#0C66E4; --brand:#0C66E4; --brand-text:#FFFFFF; --chip:#E9F2FF; }
body.dark { color-scheme: dark; --bg:#1D2125; --surface:#22272B; --text:#DEE4EA; --subtle:#9FADBC; --border:#38414A; --link:#579DFF; --brand:#161A1D; --brand-text:#DEE4EA; --chip:#1C2B41; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--text); font:14px/1.43 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", Ubuntu, "Helvetica Neue", sans-serif; }
header { background:var(--brand); color:var(--brand-text); padding:12px 24px; display:flex; flex-wrap:wrap; gap:16px; align-items:center; justify-content:space-between; border-bottom:1px solid var(--border); }
header h1 { font-size:20px; margin:0; font-weight:600; }
header p { margin:0; opacity:.9; }
main { max-width:1100px; margin:0 auto; padding:24px; }
h2 { font-size:16px; margin:28px 0 8px; }
h3 { font-size:14px; margin:16px 0 4px; color:var(--subtle); font-weight:600; }
a { color:var(--link); }
a:focus-visible, button:focus-visible, select:focus-visible { outline:2px solid var(--link); outline-offset:2px; }
form.switcher { display:flex; gap:12px; align-items:center; flex-wrap:wrap; }
label { font-weight:600; }
select, button { font:inherit; padding:4px 8px; border-radius:3px; border:1px solid var(--border); background:var(--surface); color:var(--text); }
button { cursor:pointer; font-weight:600; }
.grid { display:grid; grid-template-columns:repeat(auto-fill, minmax(320px, 1fr)); gap:12px; }
.card { background:var(--surface); border:1px solid var(--border); border-radius:6px; padding:12px 16px; }
ul { margin:4px 0; padding-left:18px; }
li { margin:2px 0; }
.key { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.chip { display:inline-block; background:var(--chip); border-radius:3px; padding:0 6px; font-size:12px; font-weight:600; text-transform:uppercase; }
.muted { color:var(--subtle); }
`;

const piWords = (config: GadgetConfig): string =>
  config.pi === 'current' ? 'current PI' : config.pi === 'next' ? 'next PI' : config.pi.name;

/** The preview's start page: plain HTML, no script (the CSP allows none inline), links carry user and theme. */
export const renderIndexPage = (data: IndexData, user: PreviewUser, theme: PreviewTheme): string => {
  const q = (extra: Readonly<Record<string, string | number | undefined>>) => ({ ...extra, user, theme });
  const link = (path: string, extra: Readonly<Record<string, string | number | undefined>>, text: string) =>
    `<a href="${escapeHtml(href(path, q(extra)))}">${escapeHtml(text)}</a>`;

  const groups = [...VERDICTS, null].map((verdict) => ({
    verdict,
    epics: data.epics.filter((e) => e.verdict === verdict),
  }));
  const epicCards = groups
    .filter((g) => g.epics.length > 0)
    .map(
      (g) => `<section class="card" aria-labelledby="v-${g.verdict ?? 'other'}">
  <h3 id="v-${g.verdict ?? 'other'}"><span class="chip">${escapeHtml(g.verdict ?? 'other')}</span> ${escapeHtml(g.verdict === null ? 'Other work items' : VERDICT_TITLES[g.verdict])}</h3>
  <ul>${g.epics
    .map(
      (e) =>
        `<li><span class="key">${link('/issue-panel/', { issueKey: e.key }, e.key)}</span> ${escapeHtml(e.summary)} <span class="muted">(${link('/issue-context/', { issueKey: e.key }, 'context view')}, ${link('/issue-activity/', { issueKey: e.key }, 'alignment history')})</span></li>`,
    )
    .join('')}</ul>
</section>`,
    )
    .join('\n');

  // Each gadget instance has its own saved configuration (src/preview/gadget-config-store.ts), named by ?gadget=.
  const gadgetLinks = (g: PreviewGadget, text: string, editText: string): string =>
    `${link('/gadget/', { gadget: g.id }, text)} <span class="muted">(${link('/gadget-edit/', { gadget: g.id, entry: 'edit' }, editText)})</span>`;
  const jqlExamples = JQL_GADGETS.flatMap((g) =>
    g.config?.scope.kind === 'jql'
      ? [
          `<li>${link('/gadget/', { gadget: g.id }, g.config.scope.jql)} <span class="muted">${escapeHtml(g.title)}, ${escapeHtml(piWords(g.config))}</span></li>`,
        ]
      : [],
  ).join('');

  const boards = data.boards
    .map((b) => `<li>${link('/board/', { boardId: b.id, projectKey: b.projectKey }, b.name)}${b.projectKey === undefined ? '' : ` <span class="muted">(${escapeHtml(b.projectKey)})</span>`}</li>`)
    .join('');
  const settings = data.projects
    .map((p) => `<li>${link('/settings/', { projectKey: p.key }, `${p.name} (${p.key})`)}</li>`)
    .join('');
  // The PI review page as each sample user: alex decides and commits, priya decides, sam only views.
  const asUser = (path: string, extra: Readonly<Record<string, string | number | undefined>>, text: string, as: PreviewUser) =>
    `<a href="${escapeHtml(href(path, { ...extra, user: as, theme }))}">${escapeHtml(text)}</a>`;
  const piReviews = data.projects
    .map(
      (p) =>
        `<li>${link('/pi-review/', { projectKey: p.key }, `PI review of ${p.name} (${p.key})`)} <span class="muted">as ${PREVIEW_USERS.map((id) => asUser('/pi-review/', { projectKey: p.key }, id, id)).join(', ')}</span></li>`,
    )
    .join('');
  const userOptions = PREVIEW_USERS.map((id) => {
    const u = data.users.find((x) => x.id === id);
    const label = u === undefined ? id : `${u.displayName} (${id}): ${u.role}`;
    return `<option value="${id}"${id === user ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  }).join('');
  const themeOptions = (['light', 'dark'] as const)
    .map((t) => `<option value="${t}"${t === theme ? ' selected' : ''}>${t === 'light' ? 'Light' : 'Dark'}</option>`)
    .join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Factory Gravity preview</title>
<style>${STYLE}</style>
</head>
<body class="${theme}">
<header>
  <div><h1>Factory Gravity preview</h1><p>The real views and resolvers over the sample health-system release train. Today is ${escapeHtml(data.today)}.</p></div>
  <form class="switcher" method="get" action="/">
    <label for="user">Acting as</label>
    <select id="user" name="user">${userOptions}</select>
    <label for="theme">Theme</label>
    <select id="theme" name="theme">${themeOptions}</select>
    <button type="submit">Apply</button>
  </form>
</header>
<main>
  <h2>Dashboard gadget</h2>
  <ul>
    <li id="configured-gadget">${gadgetLinks(CONFIGURED_GADGET, `Gadget: ${CONFIGURED_GADGET.title}`, 'change its configuration')}</li>
    <li id="trend-gadget">${gadgetLinks(TREND_GADGET, `Gadget: ${TREND_GADGET.title}`, 'change its configuration')}</li>
    <li id="outcomes-gadget">${gadgetLinks(OUTCOMES_GADGET, `Gadget: ${OUTCOMES_GADGET.title}`, 'change its configuration')} <span class="muted">overdue first: delivered, no sign of use since</span></li>
    <li id="new-gadget">${gadgetLinks(NEW_GADGET, `Gadget: ${NEW_GADGET.title}`, 'configure it')}</li>
  </ul>
  <h3>Gadgets scoped by the app's JQL</h3>
  <p class="muted">The re-score writes each item's assessment to an issue property that manifest.yml indexes for JQL (gravityVerdict, gravityScore, ...); the preview wrote them all at start.</p>
  <ul id="jql-examples">${jqlExamples}</ul>
  <h2>PI review page</h2>
  <p class="muted">Decide on items (keep, re-justify, drop), commit the PI baseline, see drift, the decision log and the not-doing register. Alex (project admin) decides and commits, Priya decides, Sam only views.</p>
  <ul id="pi-review-links">${piReviews === '' ? '<li class="muted">No projects</li>' : piReviews}</ul>
  <h2>Rovo agent</h2>
  <ul><li id="ask-link">${link('/ask/', {}, "Ask the PI alignment coach's actions")} <span class="muted">explain an item, a PI report, swaps, record a decision: the raw answers, without Rovo</span></li></ul>
  <h2>Board action</h2>
  <ul>${boards === '' ? '<li class="muted">No boards</li>' : boards}</ul>
  <h2>Project settings</h2>
  <ul>${settings === '' ? '<li class="muted">No projects</li>' : settings}</ul>
  <h2>Issue panel: work items by intended verdict</h2>
  <div class="grid">${epicCards === '' ? '<p class="muted">No work items</p>' : epicCards}</div>
</main>
</body>
</html>
`;
};
