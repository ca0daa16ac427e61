/**
 * Text from Jira or from people as inert Markdown inside one line: control
 * characters (an ANSI escape, a line break) become spaces, and emphasis,
 * code, link, HTML and table-pipe characters are escaped. Shared by the
 * CLI's Markdown report, the baseline export and the PI review page's
 * register export.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export const markdownText = (text: string): string => text.replace(CONTROL, ' ').replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
