import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { usableTimeZone } from './timeline';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The module's extension and the reader's time zone, read once from
 * view.getContext() (@forge/bridge FullContext: `extension`, `timezone`, the
 * user's Jira time zone; node_modules/@forge/bridge/out/types.d.ts). For
 * jira:issueActivity the extension holds `issue {id, key, type, typeId}` and
 * `project {id, key, type}` (developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-activity/,
 * "Extension data"). null until it arrives.
 */
export const useHostContext = (): { ext: Record<string, unknown> | null; timeZone: string | undefined; failed: boolean } => {
  const [state, setState] = useState<{ ext: Record<string, unknown> | null; timeZone: string | undefined; failed: boolean }>({
    ext: null,
    timeZone: undefined,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (ctx) => {
        if (live) setState({ ext: isRecord(ctx.extension) ? ctx.extension : {}, timeZone: usableTimeZone(ctx.timezone), failed: false });
      },
      () => {
        if (live) setState({ ext: null, timeZone: undefined, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
};
