import type { GadgetConfig } from '../shared/scope';
import type { PreviewContext } from './preview-context';

/** The request shape @forge/resolver's handler receives: `{ call, context }`. */
export interface ForgeLikeRequest {
  readonly call: { readonly functionKey: string; readonly payload: unknown };
  readonly context: {
    readonly accountId: string;
    readonly cloudId: string;
    readonly siteUrl: string;
    readonly localId: string;
    readonly moduleKey: string;
    readonly environmentType: string;
    readonly locale: string;
    readonly timezone: string;
    readonly extension: Readonly<Record<string, unknown>>;
  };
}

export const PREVIEW_SITE_URL = 'https://factory-gravity-preview.atlassian.net';

const RESOURCE_MODULES: Readonly<Record<string, { moduleKey: string; type: string }>> = {
  'issue-panel': { moduleKey: 'factory-gravity-issue-panel', type: 'jira:issuePanel' },
  'issue-context': { moduleKey: 'factory-gravity-issue-context', type: 'jira:issueContext' },
  gadget: { moduleKey: 'factory-gravity-gadget', type: 'jira:dashboardGadget' },
  'gadget-edit': { moduleKey: 'factory-gravity-gadget', type: 'jira:dashboardGadget' },
  board: { moduleKey: 'factory-gravity-board-action', type: 'jira:boardAction' },
  settings: { moduleKey: 'factory-gravity-project-settings', type: 'jira:projectSettingsPage' },
};

/** Infers the resource from context.resource, else from which keys the page sent. */
const resourceOf = (context: PreviewContext): string => {
  if (context.resource !== undefined && context.resource in RESOURCE_MODULES) return context.resource;
  if (context.boardId !== undefined) return 'board';
  if (context.issueKey !== undefined) return 'issue-panel';
  if (context.entry === 'edit') return 'gadget-edit';
  if (context.projectKey !== undefined) return 'settings';
  return 'gadget';
};

/**
 * Builds what Forge would hand the resolver for a call from a Custom UI page:
 * the caller's accountId (from the chosen sample user) and the module's
 * extension context (issue, project, board, gadget configuration).
 */
export const buildForgeRequest = (
  functionKey: string,
  payload: unknown,
  context: PreviewContext,
  accountId: string,
  gadgetConfig: GadgetConfig | null,
): ForgeLikeRequest => {
  const resource = resourceOf(context);
  const module = RESOURCE_MODULES[resource] ?? { moduleKey: 'factory-gravity-gadget', type: 'jira:dashboardGadget' };
  const projectKey = context.projectKey ?? context.issueKey?.split('-')[0];
  const extension: Record<string, unknown> = { type: module.type };
  if (projectKey !== undefined) extension['project'] = { key: projectKey, type: 'software' };
  if (context.issueKey !== undefined) extension['issue'] = { key: context.issueKey, type: 'Epic' };
  if (context.boardId !== undefined) {
    extension['board'] = { id: String(context.boardId), type: 'scrum' };
    extension['location'] = `${PREVIEW_SITE_URL}/jira/software/projects/${projectKey ?? 'CLIN'}/boards/${String(context.boardId)}`;
  }
  if (module.type === 'jira:dashboardGadget') {
    extension['gadgetConfiguration'] = gadgetConfig ?? {};
    extension['entryPoint'] = context.entry === 'edit' || resource === 'gadget-edit' ? 'edit' : undefined;
    extension['dashboard'] = { id: '10000' };
    extension['gadget'] = { id: '20000' };
  }
  return {
    call: { functionKey, payload: payload ?? {} },
    context: {
      accountId,
      cloudId: 'preview-cloud-0000',
      siteUrl: PREVIEW_SITE_URL,
      localId: `preview-${resource}`,
      moduleKey: module.moduleKey,
      environmentType: 'DEVELOPMENT',
      locale: 'en-GB',
      timezone: 'UTC',
      extension,
    },
  };
};
