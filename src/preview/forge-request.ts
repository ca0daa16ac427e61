import type { GadgetConfig } from '../shared/scope';
import type { ResourceModule, ResourceModules } from './manifest-modules';
import type { PreviewContext } from './preview-context';
import { isResourceName, type ResourceName } from './resources';

/**
 * The one Forge context of the preview. The server hands it to the resolver
 * (as the request's `context`) and answers it to the bridge stand-in's
 * view.getContext() (POST /api/context), so both always see the same object.
 * Its shape is @forge/bridge's FullContext
 * (node_modules/@forge/bridge/out/types.d.ts; FORGE-NOTES.md §2): moduleKey
 * and extension.type from manifest.yml (./manifest-modules.ts), locale one of
 * @forge/i18n's FORGE_SUPPORTED_LOCALE_CODES, environmentType DEVELOPMENT,
 * and for issue modules `extension.issue {id, key, type, typeId}` with the
 * issue's numeric id (the key apart) and `extension.project {id, key, type}`.
 */
export interface PreviewIssue {
  readonly id: string;
  readonly key: string;
  readonly type: string;
  readonly typeId: string;
  readonly project: { readonly id: string; readonly key: string; readonly type: string };
}

export interface ForgeFullContext {
  readonly accountId: string;
  readonly cloudId: string;
  readonly siteUrl: string;
  readonly localId: string;
  readonly moduleKey: string;
  readonly environmentId: string;
  readonly environmentType: 'DEVELOPMENT';
  readonly locale: 'en-GB';
  readonly timezone: string;
  readonly theme: { readonly colorMode: 'light' | 'dark' };
  readonly extension: Readonly<Record<string, unknown>>;
}

/** The request shape @forge/resolver's handler receives: `{ call, context }`. */
export interface ForgeLikeRequest {
  readonly call: { readonly functionKey: string; readonly payload: unknown };
  readonly context: ForgeFullContext;
}

export const PREVIEW_SITE_URL = 'https://factory-gravity-preview.atlassian.net';

/** The resource from context.resource, else from which keys the page sent. */
export const resourceOf = (context: PreviewContext): ResourceName => {
  if (context.resource !== undefined && isResourceName(context.resource)) return context.resource;
  if (context.boardId !== undefined) return 'board';
  if (context.issueKey !== undefined) return 'issue-panel';
  if (context.entry === 'edit') return 'gadget-edit';
  if (context.projectKey !== undefined) return 'settings';
  return 'gadget';
};

const moduleOf = (modules: ResourceModules, resource: ResourceName): ResourceModule => {
  const module = modules.get(resource);
  if (module === undefined) throw new Error(`manifest.yml has no module for the preview resource ${resource}`);
  return module;
};

export interface ForgeContextInput {
  readonly page: PreviewContext;
  readonly accountId: string;
  readonly gadgetConfig: GadgetConfig | null;
  /** The page's issue as the site knows it; null when there is none (or it does not exist). */
  readonly issue: PreviewIssue | null;
}

export const buildForgeContext = (modules: ResourceModules, input: ForgeContextInput): ForgeFullContext => {
  const { page, issue } = input;
  const resource = resourceOf(page);
  const module = moduleOf(modules, resource);
  const projectKey = page.projectKey ?? issue?.project.key ?? page.issueKey?.split('-')[0];
  const extension: Record<string, unknown> = { type: module.type };
  if (issue !== null) {
    extension['issue'] = { id: issue.id, key: issue.key, type: issue.type, typeId: issue.typeId };
    extension['project'] = issue.project;
  } else if (projectKey !== undefined) extension['project'] = { key: projectKey, type: 'software' };
  if (page.boardId !== undefined) {
    extension['board'] = { id: String(page.boardId), type: 'scrum' };
    extension['location'] = `${PREVIEW_SITE_URL}/jira/software/projects/${projectKey ?? 'CLIN'}/boards/${String(page.boardId)}`;
  }
  if (module.type === 'jira:dashboardGadget') {
    extension['gadgetConfiguration'] = input.gadgetConfig ?? {};
    extension['entryPoint'] = module.entryPoint ?? (page.entry === 'edit' ? 'edit' : 'view');
    extension['dashboard'] = { id: '10000' };
    extension['gadget'] = { id: '20000' };
  }
  return {
    accountId: input.accountId,
    cloudId: 'preview-cloud-0000',
    siteUrl: PREVIEW_SITE_URL,
    localId: `preview-${module.moduleKey}`,
    moduleKey: module.moduleKey,
    environmentId: 'preview',
    environmentType: 'DEVELOPMENT',
    locale: 'en-GB',
    timezone: 'UTC',
    theme: { colorMode: page.theme ?? 'light' },
    extension,
  };
};

export const buildForgeRequest = (functionKey: string, payload: unknown, context: ForgeFullContext): ForgeLikeRequest => ({
  call: { functionKey, payload: payload ?? {} },
  context,
});
