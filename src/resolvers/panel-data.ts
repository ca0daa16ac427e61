import type { JiraClient } from '../jira/client';
import { readItemPanel } from '../services/read-item-panel';
import type { PanelData } from '../shared/payloads';
import { readEvidenceSigner } from '../storage/evidence-signature';
import { readSettings } from '../storage/settings-store';
import type { AppDeps } from './app-deps';
import { projectKeyOf } from './access';

/**
 * The issue panel's data for one work item, read as the person (the
 * project's settings decide how it is scored). Whether they may edit it
 * comes from the same read (Jira's editmeta), so the panel costs no
 * /mypermissions request.
 */
export const panelData = async (deps: AppDeps, client: JiraClient, issueKey: string): Promise<PanelData> => {
  const { settings, warning } = await readSettings(deps.kvs, projectKeyOf(issueKey));
  const signer = await readEvidenceSigner(deps.kvs);
  const panel = await readItemPanel(client, settings, issueKey, deps.today(), signer.check);
  const removed = panel.records.flatMap((r) =>
    r.removedAt === undefined ? [] : [{ id: r.id, summary: r.summary, removedAt: r.removedAt }],
  );
  return {
    assessment: panel.assessment,
    canEdit: panel.canEdit,
    current: panel.calendar.current,
    next: panel.calendar.next,
    removed,
    untrusted: panel.untrusted,
    phiGuard: settings.evidence.phi.enabled,
    capacityField: panel.capacityField,
    ...(warning === undefined ? {} : { settingsWarning: warning }),
  };
};
