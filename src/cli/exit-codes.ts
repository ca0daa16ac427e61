/**
 * Exit codes of `factory-gravity`:
 * 0 the command ran (and no item matched --fail-on);
 * 1 the report ran and at least one item has a verdict named by --fail-on;
 * 2 bad input: unknown flag, bad value, unreadable or invalid file, invalid
 *   settings, unreachable site, refused credentials, unknown PI, a snapshot
 *   that cannot answer a request;
 * 3 an internal error (a bug): one line on stderr asking to report it;
 * 4 the run's time budget (--timeout) ran out: the report on stdout is
 *   partial (a line on stderr says so), or there is none (a snapshot, or a
 *   read that cannot stop early). A CI gate never passes on half a report;
 *   1 still wins when an item that was read has a --fail-on verdict.
 */
export const EXIT = { ok: 0, failOn: 1, input: 2, internal: 3, partial: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
