import { Fragment, type MouseEvent } from 'react';
import { openIssue } from '../issue-link';

/**
 * An issue key as a link inside a sentence: underlined, because there a link
 * must not be told apart by colour alone (axe link-in-text-block, WCAG 1.4.1).
 * Opens through the host like IssueLink (a Custom UI iframe cannot follow /browse links).
 */
export const InlineIssueLink = ({ issueKey, title }: { issueKey: string; title?: string }) => (
  <a
    href={`/browse/${encodeURIComponent(issueKey)}`}
    data-issue-key={issueKey}
    title={title}
    style={{ whiteSpace: 'nowrap', textDecoration: 'underline' }}
    onClick={(e: MouseEvent<HTMLAnchorElement>) => {
      e.preventDefault();
      openIssue(issueKey);
    }}
  >
    {issueKey}
  </a>
);

/** "CLIN-12, CLIN-13, CLIN-14" (or "… or CLIN-14" with last=" or ") with each key a link; a key's `after` adds words behind it ("(8 points)"). */
export const KeyLinks = ({ keys, last = ', ' }: { keys: readonly { key: string; title?: string; after?: string | null }[]; last?: string }) => (
  <>
    {keys.map((k, i) => (
      <Fragment key={k.key}>
        {i === 0 ? '' : i === keys.length - 1 ? last : ', '}
        {/* A key and its words stay on one line: "(13" and "points)" must not part. */}
        <span style={{ whiteSpace: 'nowrap' }}>
          <InlineIssueLink issueKey={k.key} {...(k.title === undefined ? {} : { title: k.title })} />
          {k.after === undefined || k.after === null ? '' : ` ${k.after}`}
        </span>
      </Fragment>
    ))}
  </>
);
