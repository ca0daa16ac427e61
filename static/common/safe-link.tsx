import type { ReactNode } from 'react';
import { safeHref, type LinkPolicy } from '../../src/shared/link-url';

/**
 * Every link to outside the app is rendered through this: the URL becomes an
 * <a href> only when the one link rule (src/shared/link-url.ts) lets it
 * through; otherwise the words are shown as plain text, with the URL beside
 * them so a reader can still see where it pointed. A `javascript:` URL
 * planted in a Jira web link is never clickable, whatever the CSP does.
 */
export const OutsideLink = ({
  url,
  policy,
  children,
  testId,
}: {
  url: string;
  policy: LinkPolicy;
  children: ReactNode;
  testId?: string;
}) => {
  const href = safeHref(url, policy);
  if (href === null) {
    return (
      <span data-testid={testId} data-unsafe-link="true" title="Not shown as a link: not a plain web address">
        {children}
        {children === url ? null : <> ({url})</>}
      </span>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {children}
    </a>
  );
};
