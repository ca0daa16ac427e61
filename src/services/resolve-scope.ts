import type { JiraClient } from '../jira/client';
import { projectJql } from '../jira/jql';
import type { ScopeSpec } from '../shared/scope';

export interface ResolvedScope {
  readonly label: string;
  readonly baseJql: string;
  /** Known before searching (project and board scopes); empty for JQL scopes (read from the items). */
  readonly projectKeys: readonly string[];
  readonly boardId?: number;
}

/** A scope → its base JQL and projects. Board scopes cost two requests (configuration, filter); the others none. */
export const resolveScope = async (client: JiraClient, scope: ScopeSpec): Promise<ResolvedScope> => {
  switch (scope.kind) {
    case 'project':
      return { label: `project ${scope.projectKey}`, baseJql: projectJql(scope.projectKey), projectKeys: [scope.projectKey] };
    case 'board': {
      const board = await client.boardScope(scope.boardId);
      return { label: `board ${board.name}`, baseJql: board.jql, projectKeys: board.projectKeys, boardId: scope.boardId };
    }
    case 'jql':
      return { label: `JQL: ${scope.jql}`, baseJql: scope.jql, projectKeys: [] };
  }
};
