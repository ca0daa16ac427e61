import { SAMPLE_USERS } from '../jira/sample-site/users';
import type { AgentAction, AgentResult } from '../shared/agent';
import type { AskAction, AskInput } from './ask-actions';
import { inputChoices } from './ask-form';
import { escapeHtml, href } from './html';
import { STYLE } from './index-page';
import { PREVIEW_USERS, type PreviewTheme, type PreviewUser } from './preview-context';

/**
 * The preview's Ask page (/ask/): the Rovo agent's four actions, each a
 * plain HTML form with its manifest inputs and a "Run as" choice, posted
 * back to /ask/ and answered server-side with the action's raw output
 * (pretty-printed, escaped) and its summary sentence. No script: the
 * preview's CSP allows none inline (src/preview/security-headers.ts).
 */

/** What the page shows after a run: the form that ran, with its values, and the answer. */
export interface AskRun {
  readonly action: AgentAction;
  readonly user: PreviewUser;
  readonly values: Readonly<Record<string, string>>;
  readonly answer: AgentResult<AgentAction>;
}

export interface AskPageView {
  readonly actions: readonly AskAction[];
  readonly theme: PreviewTheme;
  /** The user the forms run as by default (?user=). */
  readonly user: PreviewUser;
  readonly today: string;
  readonly run: AskRun | null;
  /** A form that could not run (a bad action or user), or an action that failed unexpectedly. */
  readonly problem: string | null;
}

/** Questions a person would ask, as each form is filled in before a run. */
export const ASK_EXAMPLES: Readonly<Record<AgentAction, { readonly question: string; readonly values: Readonly<Record<string, string>> }>> = {
  'explain-item': { question: 'Why is CLIN-7 in the next PI?', values: { issueKey: 'CLIN-7' } },
  'pi-report': { question: 'What in the next PI has no evidence?', values: { projectKey: 'CLIN', pi: 'next', verdicts: 'gravity, ungrounded' } },
  'suggest-swaps': { question: 'What could we drop to make room for better candidates?', values: { projectKey: 'CLIN', pi: 'next' } },
  'record-decision': {
    question: 'Keep CLIN-11 in this PI; Dana Whitfield sponsors it.',
    values: { issueKey: 'CLIN-11', kind: 'keep', sponsor: 'Dana Whitfield', rationale: 'The vendor contract ends in January; Dana answers for the exit this PI.' },
  },
};

const ASK_STYLE = `
.actions { display:grid; grid-template-columns:repeat(auto-fill, minmax(420px, 1fr)); gap:16px; }
.card h2 { margin:4px 0 4px; }
.field { display:grid; gap:2px; margin:10px 0; }
.field .muted { font-size:12px; }
.check { display:flex; gap:8px; align-items:flex-start; margin:10px 0; }
.check input { margin-top:3px; }
input[type=text], input[type=number], textarea, select { font:inherit; padding:4px 8px; border-radius:3px; border:1px solid var(--border); background:var(--bg); color:var(--text); width:100%; }
textarea { min-height:64px; resize:vertical; }
input:focus-visible, textarea:focus-visible, pre:focus-visible { outline:2px solid var(--link); outline-offset:2px; }
.run { display:flex; gap:12px; align-items:end; flex-wrap:wrap; margin-top:12px; }
.run .field { margin:0; min-width:180px; }
.primary { background:var(--link); color:var(--bg); border-color:var(--link); }
.answer { margin:16px 0 24px; }
.answer.failed { border-left:4px solid #C9372C; }
.answer.succeeded { border-left:4px solid #22A06B; }
.summary { font-size:15px; margin:8px 0; }
pre { background:var(--bg); border:1px solid var(--border); border-radius:3px; padding:12px; overflow:auto; max-height:480px; font:12px/1.5 ui-monospace, SFMono-Regular, Menlo, monospace; white-space:pre-wrap; overflow-wrap:anywhere; }
.required { color:var(--subtle); font-weight:400; }
header a { color:var(--brand-text); }
`;

const userLabel = (id: PreviewUser): string => {
  const u = SAMPLE_USERS.find((x) => x.id === id);
  return u === undefined ? id : `${u.displayName} (${id})`;
};

const fieldHtml = (action: AgentAction, input: AskInput, value: string): string => {
  const id = `${action}-${input.name}`;
  const help = input.description === '' ? '' : `<span class="muted" id="${id}-help">${escapeHtml(input.description)}</span>`;
  const described = input.description === '' ? '' : ` aria-describedby="${id}-help"`;
  const label = `<label for="${id}">${escapeHtml(input.title)} <span class="required">(${escapeHtml(input.name)}${input.required ? ', required' : ''})</span></label>`;
  if (input.type === 'boolean') {
    // Always unticked, after a run too: a decision is confirmed on purpose, every time (running again records a new version).
    return `<div class="check"><input type="checkbox" id="${id}" name="${escapeHtml(input.name)}" value="true"${described}><div>${label}<br>${help}</div></div>`;
  }
  const choices = inputChoices(action, input.name);
  let control: string;
  if (choices !== null) {
    const options = (input.required ? choices : ['', ...choices])
      .map((c) => `<option value="${escapeHtml(c)}"${c === value ? ' selected' : ''}>${c === '' ? '(none)' : escapeHtml(c)}</option>`)
      .join('');
    control = `<select id="${id}" name="${escapeHtml(input.name)}"${described}>${options}</select>`;
  } else if (input.name === 'rationale' || input.name === 'jql') {
    control = `<textarea id="${id}" name="${escapeHtml(input.name)}"${described}>${escapeHtml(value)}</textarea>`;
  } else {
    const type = input.type === 'string' ? 'text' : 'number';
    control = `<input type="${type}" id="${id}" name="${escapeHtml(input.name)}" value="${escapeHtml(value)}"${described}>`;
  }
  return `<div class="field">${label}${control}${help}</div>`;
};

const formHtml = (a: AskAction, view: AskPageView): string => {
  const ran = view.run?.action === a.action ? view.run : null;
  const values = ran?.values ?? ASK_EXAMPLES[a.action].values;
  const runAs = ran?.user ?? view.user;
  const users = PREVIEW_USERS.map((id) => `<option value="${id}"${id === runAs ? ' selected' : ''}>${escapeHtml(userLabel(id))}</option>`).join('');
  return `<section class="card" id="action-${a.action}" aria-labelledby="title-${a.action}">
  <h2 id="title-${a.action}">${escapeHtml(a.name)} <span class="chip">${escapeHtml(a.action)}</span></h2>
  <p class="muted">${escapeHtml(a.description)}</p>
  <p>For example: “${escapeHtml(ASK_EXAMPLES[a.action].question)}”</p>
  <form method="post" action="/ask/#answer">
    <input type="hidden" name="action" value="${a.action}">
    <input type="hidden" name="theme" value="${view.theme}">
    ${a.inputs.map((i) => fieldHtml(a.action, i, values[i.name] ?? '')).join('\n    ')}
    <div class="run">
      <div class="field"><label for="${a.action}-user">Run as</label><select id="${a.action}-user" name="user">${users}</select></div>
      <button type="submit" class="primary">Run ${escapeHtml(a.action)}</button>
    </div>
  </form>
</section>`;
};

const answerHtml = (view: AskPageView): string => {
  if (view.problem !== null) {
    return `<section class="card answer failed" id="answer" aria-labelledby="answer-title"><h2 id="answer-title">Not run</h2><p class="summary" data-testid="answer-problem">${escapeHtml(view.problem)}</p></section>`;
  }
  const run = view.run;
  if (run === null) return `<p class="muted" id="answer">Fill in an action below and run it: its answer, exactly as Rovo would get it, shows here.</p>`;
  const { answer } = run;
  const words = answer.ok
    ? `<p class="summary" data-testid="answer-summary">${escapeHtml(answer.summary)}</p>`
    : `<p class="summary" data-testid="answer-error"><span class="chip">${escapeHtml(answer.error.code)}</span> ${escapeHtml(answer.error.message)}</p>`;
  return `<section class="card answer ${answer.ok ? 'succeeded' : 'failed'}" id="answer" aria-labelledby="answer-title">
  <h2 id="answer-title">${escapeHtml(run.action)} as ${escapeHtml(userLabel(run.user))}: ${answer.ok ? 'answered' : 'refused'}</h2>
  ${words}
  <h3>Raw output</h3>
  <pre tabindex="0" aria-label="The action's raw output (JSON)" data-testid="answer-json">${escapeHtml(JSON.stringify(answer, null, 2))}</pre>
</section>`;
};

export const renderAskPage = (view: AskPageView): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ask the PI alignment coach's actions · Factory Gravity preview</title>
<style>${STYLE}${ASK_STYLE}</style>
</head>
<body class="${view.theme}">
<header>
  <div><h1>Ask the PI alignment coach's actions</h1><p>The Rovo agent's actions over the sample site, without Rovo. Today is ${escapeHtml(view.today)}.</p></div>
  <a href="${escapeHtml(href('/', { user: view.user, theme: view.theme }))}">Back to the preview index</a>
</header>
<main>
  <p class="muted">Each action runs as the person chosen, with the same permissions Jira gives them: Sam cannot see "Leadership only" items such as CLIN-4. A decision recorded here is written to the preview's sample site and shows in the issue panel and on the PI review page. Record a decision only with <strong>Confirmed</strong> ticked, as the agent may only after the person said yes.</p>
  ${answerHtml(view)}
  <div class="actions">
  ${view.actions.map((a) => formHtml(a, view)).join('\n')}
  </div>
</main>
</body>
</html>
`;
