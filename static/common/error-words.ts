import type { UiError, UiErrorCode } from './client';

/** The one table from an error code to the words a person reads: what happened and what to do. */
export const ERROR_WORDS: Readonly<Record<UiErrorCode, { readonly title: string; readonly action: string }>> = {
  BAD_PAYLOAD: { title: 'Some values are not valid', action: 'Correct the fields marked below and try again.' },
  NOT_FOUND: { title: 'Not found', action: 'Check the issue key, project, board or PI name, and that you can see it in Jira.' },
  FORBIDDEN: { title: 'You cannot change this', action: 'Ask a project admin for permission to edit this issue.' },
  CONFLICT: { title: 'Someone else changed this at the same moment', action: 'Reload and try again.' },
  PROPERTY_FULL: { title: 'No room for more evidence on this issue', action: 'Remove stale or duplicate evidence, then try again.' },
  INVALID_SETTINGS: { title: 'The settings are not valid', action: 'Correct the fields marked below and save again.' },
  PHI_SUSPECTED: { title: 'This may be patient data', action: 'Remove the identifiers from the fields marked below, or tick “This is not patient data” and save again.' },
  JIRA_BAD_REQUEST: { title: 'Jira refused the request', action: 'Check the gadget or board scope (for example, the JQL) and try again.' },
  JIRA_UNAUTHORIZED: { title: 'The app cannot reach Jira for you', action: 'Reload the page; if it persists, allow the app access to Jira when asked.' },
  JIRA_FORBIDDEN: { title: 'Jira did not allow this', action: 'Ask a Jira admin for access to the project or board.' },
  JIRA_UNAVAILABLE: { title: 'Jira is busy or unavailable', action: 'Wait a minute and try again.' },
  JIRA_BAD_RESPONSE: { title: 'Jira answered in an unexpected way', action: 'Try again; if it persists, report it to your Jira admin.' },
  DEADLINE: { title: 'Jira could not answer within the time limit', action: 'Try again; if it happens every time, narrow the scope (a board or a PI with fewer items).' },
  PARTIAL: { title: 'Only part of the work items could be read', action: 'The items listed could not be read; check your access to them.' },
  UNEXPECTED: { title: 'Something went wrong', action: 'Reload the page and try again.' },
};

export const describeError = (e: UiError): { title: string; action: string; detail: string } => {
  // A newer back end may send a code this front end does not know yet.
  const known: Readonly<Partial<Record<string, { readonly title: string; readonly action: string }>>> = ERROR_WORDS;
  const words = known[e.code] ?? ERROR_WORDS.UNEXPECTED;
  return { title: words.title, action: words.action, detail: e.message };
};
