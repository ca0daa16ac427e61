import { view } from '@forge/bridge';

/**
 * Typed readers for the untyped `extension` object of view.getContext().
 * Each returns null when the module did not provide what the screen needs.
 */

type Ext = Record<string, unknown>;

const isRecord = (v: unknown): v is Ext => typeof v === 'object' && v !== null;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export interface IssueContext {
  readonly issueKey: string;
  readonly projectKey: string | null;
}

export interface GadgetContext {
  readonly configuration: unknown;
  readonly isEdit: boolean;
}

export interface BoardContext {
  readonly boardId: number;
  readonly projectKey: string | null;
}

export const readExtension = async (): Promise<Ext> => {
  const ctx = await view.getContext();
  return isRecord(ctx.extension) ? ctx.extension : {};
};

const projectKeyOf = (ext: Ext): string | null => (isRecord(ext['project']) ? str(ext['project']['key']) : null);

export const issueContextOf = (ext: Ext): IssueContext | null => {
  const key = isRecord(ext['issue']) ? str(ext['issue']['key']) : null;
  return key === null ? null : { issueKey: key, projectKey: projectKeyOf(ext) };
};

export const gadgetContextOf = (ext: Ext): GadgetContext => ({
  configuration: ext['gadgetConfiguration'],
  isEdit: ext['entryPoint'] === 'edit',
});

export const boardContextOf = (ext: Ext): BoardContext | null => {
  const raw = isRecord(ext['board']) ? ext['board']['id'] : undefined;
  const id = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isInteger(id) && id > 0 ? { boardId: id, projectKey: projectKeyOf(ext) } : null;
};

export const projectKeyFromExtension = projectKeyOf;
