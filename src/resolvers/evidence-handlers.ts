import type { JiraClient } from '../jira/client';
import { writeAssessmentIfChanged } from '../services/rescore-property';
import { HttpsUrlSchema, type EvidenceRecord } from '../shared/evidence';
import type { PanelData } from '../shared/payloads';
import { AppError, isAppError } from '../shared/result';
import {
  addEvidenceRecord,
  confirmEvidenceRecord,
  editEvidenceRecord,
  removeEvidenceRecord,
  refuseMisplacedFigure,
  restoreEvidenceRecord,
  type EvidenceStoreDeps,
} from '../storage/evidence-store';
import { storeDeps } from './store-deps';
import type { AppDeps, ResolverContext } from './app-deps';
import { requireIssueEdit } from './access';
import { panelData } from './panel-data';
import { refuseUnconfirmedPatientData } from './patient-data-guard';
import type { Handler } from './resolver-wrapper';

/**
 * Evidence changes, as the person: Edit issues is checked first (FORBIDDEN),
 * the change runs under the per-issue lock (src/storage/evidence-store.ts),
 * then the item is re-read, its indexed assessment property refreshed, and
 * the panel returned. Records are signed with the installation's key
 * (src/storage/evidence-signature.ts), read here and never answered. Text that
 * looks like patient data needs the person's confirmation (./patient-data-guard.ts).
 * A figure or unit on a kind that has none is refused (BAD_PAYLOAD at
 * ['evidence', 'figure']) before anything else, as a payload that does not
 * match its schema is.
 */

const changeThenPanel = async (
  deps: AppDeps,
  context: ResolverContext,
  issueKey: string,
  change: (store: EvidenceStoreDeps, client: JiraClient) => Promise<unknown>,
): Promise<PanelData> => {
  const client = deps.jiraAsUser(context);
  await requireIssueEdit(client, issueKey);
  await change(await storeDeps(deps, client), client);
  try {
    const panel = await panelData(deps, client, issueKey);
    await writeAssessmentIfChanged(client, panel.assessment, deps.today());
    return panel;
  } catch (error) {
    // The change is stored: an error now must say so, or the person makes it again (a duplicate record).
    if (!isAppError(error)) throw error;
    throw new AppError(
      error.code,
      `Your change to the evidence on ${issueKey} was saved, but the panel could not be refreshed: reload the item to see it, and do not make the change again. (${error.message})`,
    );
  }
};

const newRecord = (deps: AppDeps, context: ResolverContext, fields: Omit<EvidenceRecord, 'id' | 'addedBy' | 'addedAt'>): EvidenceRecord => ({
  ...fields,
  id: deps.newId(),
  addedBy: deps.accountId(context),
  addedAt: deps.now(),
});

export const addEvidence: Handler<'addEvidence'> = async (deps, context, { issueKey, evidence, notPatientData }) => {
  refuseMisplacedFigure(issueKey, evidence);
  return changeThenPanel(deps, context, issueKey, async (store) => {
    await refuseUnconfirmedPatientData(deps.kvs, issueKey, evidence, notPatientData);
    return addEvidenceRecord(store, issueKey, newRecord(deps, context, evidence));
  });
};

export const editEvidence: Handler<'editEvidence'> = async (deps, context, { issueKey, id, evidence, notPatientData }) => {
  refuseMisplacedFigure(issueKey, evidence);
  return changeThenPanel(deps, context, issueKey, async (store) => {
    await refuseUnconfirmedPatientData(deps.kvs, issueKey, evidence, notPatientData);
    return editEvidenceRecord(store, issueKey, id, evidence, deps.accountId(context));
  });
};

export const removeEvidence: Handler<'removeEvidence'> = (deps, context, { issueKey, id }) =>
  changeThenPanel(deps, context, issueKey, (store) => removeEvidenceRecord(store, issueKey, id, deps.accountId(context)));

export const restoreEvidence: Handler<'restoreEvidence'> = (deps, context, { issueKey, id }) =>
  changeThenPanel(deps, context, issueKey, (store) => restoreEvidenceRecord(store, issueKey, id));

/** Vouches for a record the app had not signed (older evidence, or changed outside the app): signed under the person's name, it counts. */
export const confirmEvidence: Handler<'confirmEvidence'> = (deps, context, { issueKey, id }) =>
  changeThenPanel(deps, context, issueKey, (store) => confirmEvidenceRecord(store, issueKey, id, deps.accountId(context)));

/** Turns a suggested web link into evidence: the URL is read from the item's own remote link, never from the payload. */
export const confirmSuggestion: Handler<'confirmSuggestion'> = async (deps, context, { issueKey, linkId, evidence, notPatientData }) => {
  refuseMisplacedFigure(issueKey, evidence);
  return changeThenPanel(deps, context, issueKey, async (store, client) => {
    await refuseUnconfirmedPatientData(deps.kvs, issueKey, evidence, notPatientData);
    const link = (await client.remoteLinks(issueKey)).find((l) => l.id === linkId);
    if (link === undefined) {
      throw new AppError('NOT_FOUND', `That web link is no longer on ${issueKey}. Reload the item to see its current links.`);
    }
    const url = HttpsUrlSchema.safeParse(link.url);
    if (!url.success) {
      throw new AppError('BAD_PAYLOAD', `The web link "${link.title}" is not an https:// link, so it cannot be confirmed as evidence.`, [
        { path: ['linkId'], message: 'Use a full https:// link' },
      ]);
    }
    return addEvidenceRecord(store, issueKey, newRecord(deps, context, { ...evidence, url: url.data, fromLinkId: link.id }));
  });
};
