import type { JiraClient } from '../jira/client';
import { readScopeReport } from '../services/read-scope-report';
import type { ScopeSpec } from '../shared/scope';
import { readSettings, type StoredSettings } from '../storage/settings-store';
import type { KeyValueStore } from '../storage/key-value-store';
import type { Handler } from './resolver-wrapper';

/** The project whose settings score a scope: the project itself, the board's project, or the first project a JQL query names. */
const projectOfScope = async (client: JiraClient, scope: ScopeSpec): Promise<string | null> => {
  switch (scope.kind) {
    case 'project':
      return scope.projectKey;
    case 'board':
      return (await client.boardScope(scope.boardId)).projectKeys[0] ?? null;
    case 'jql': {
      const named = /\bproject\s*(?:=|in\s*\()\s*"?([A-Z][A-Z0-9_]{0,19})\b/i.exec(scope.jql);
      return named?.[1]?.toUpperCase() ?? null;
    }
  }
};

const settingsForScope = async (kvs: KeyValueStore, client: JiraClient, scope: ScopeSpec): Promise<StoredSettings> => {
  const projectKey = await projectOfScope(client, scope);
  return projectKey === null ? readSettings(kvs, '') : readSettings(kvs, projectKey);
};

/** The client with board look-ups remembered for one request (the settings and the report both need the board's scope). */
const rememberingBoards = (client: JiraClient): JiraClient => {
  const boards = new Map<number, ReturnType<JiraClient['boardScope']>>();
  return {
    ...client,
    boardScope: (boardId) => {
      const known = boards.get(boardId) ?? client.boardScope(boardId);
      boards.set(boardId, known);
      return known;
    },
  };
};

/** getScopeReport: the gadget's and the board action's PI view, read as the person. */
export const getScopeReport: Handler<'getScopeReport'> = async (deps, context, { scope, pi }) => {
  const client = rememberingBoards(deps.jiraAsUser(context));
  const { settings, warning } = await settingsForScope(deps.kvs, client, scope);
  const report = await readScopeReport(client, settings, scope, pi, deps.today());
  return warning === undefined ? report : { ...report, settingsWarning: warning };
};

/** getScopeOptions: projects and boards the person can see, for the gadget's configuration view. */
export const getScopeOptions: Handler<'getScopeOptions'> = async (deps, context) => {
  const client = deps.jiraAsUser(context);
  const [projects, boards] = await Promise.all([client.listProjects(), client.listBoards()]);
  return { projects, boards };
};
