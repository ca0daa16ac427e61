import { router } from '@forge/bridge';
import type { MouseEvent, ReactNode } from 'react';

/** Opens an issue through the host (a Custom UI iframe cannot follow /browse links itself). */
export const openIssue = (issueKey: string): void => {
  void router.open({ target: 'issue', issueKey }).catch(() => undefined);
};

export const IssueLink = ({ issueKey, children }: { issueKey: string; children?: ReactNode }) => (
  <a
    href={`/browse/${encodeURIComponent(issueKey)}`}
    data-issue-key={issueKey}
    style={{ whiteSpace: 'nowrap' }}
    onClick={(e: MouseEvent<HTMLAnchorElement>) => {
      e.preventDefault();
      openIssue(issueKey);
    }}
  >
    {children ?? issueKey}
  </a>
);
