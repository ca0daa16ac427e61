import { z } from 'zod';
import { VERDICTS, type Verdict } from '../shared/assessment';
import { calendarDate } from '../shared/calendar-date';
import { AppError } from '../shared/result';
import { namedScope, userJqlSchema, type PiSelector, type ScopeName, type ScopeSpec } from '../shared/scope';
import { FORMATS, type Format } from './formats';

/** Where the Jira answers come from. */
export type SourceChoice =
  | { readonly kind: 'sample' }
  | { readonly kind: 'site'; readonly siteUrl: string; readonly email: string }
  | { readonly kind: 'snapshot'; readonly file: string };

/** What scan and snapshot share: source, scope, PI, settings file and today (undefined: use the source's default). */
export interface RunOptions {
  readonly source: SourceChoice;
  readonly scope: ScopeSpec | undefined;
  readonly pi: PiSelector | undefined;
  readonly settingsFile: string | undefined;
  readonly today: string | undefined;
  /** The run's time budget in seconds (--timeout); undefined: DEADLINES.cli. */
  readonly timeoutSeconds: number | undefined;
}

export interface ScanOptions extends RunOptions {
  readonly format: Format;
  readonly failOn: readonly Verdict[];
}

export interface SnapshotOptions extends RunOptions {
  readonly out: string;
  /** --force: replace --out when it already exists (never through a symbolic link). */
  readonly force: boolean;
}


/** The longest --timeout: a day. */
export const MAX_TIMEOUT_SECONDS = 86_400;

/** The flags as commander hands them over (strings and booleans). */
const RawSchema = z
  .object({
    sample: z.boolean().optional(),
    site: z.string().optional(),
    email: z.string().optional(),
    snapshot: z.string().optional(),
    project: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/, 'Use a project key like CLIN').optional(),
    board: z
      .string()
      .regex(/^[1-9]\d{0,9}$/, 'Use a board id like 12')
      .transform(Number)
      .optional(),
    jql: userJqlSchema('Give a JQL query').optional(),
    pi: z.string().trim().min(1, 'Use current, next or a PI name').max(200, 'At most 200 characters').optional(),
    settings: z.string().min(1, 'Give a file name').optional(),
    /** The same calendar rule as settings and evidence dates (2026-02-30 does not exist). */
    today: calendarDate('2026-11-26').optional(),
    format: z.enum(FORMATS, { error: `Use one of ${FORMATS.join(', ')}` }).optional(),
    failOn: z.string().optional(),
    out: z.string().min(1, 'Give a file name').optional(),
    force: z.boolean().optional(),
    /** baseline only: which committed version (default the newest). */
    version: z
      .string()
      .regex(/^[1-9]\d{0,5}$/, 'Use a version number like 2')
      .transform(Number)
      .optional(),
    timeout: z
      .string()
      .regex(/^[1-9]\d{0,4}$/, 'Use a whole number of seconds, like 600')
      .transform(Number)
      .refine((s) => s <= MAX_TIMEOUT_SECONDS, { error: `At most ${MAX_TIMEOUT_SECONDS} seconds` })
      .optional(),
  })
  .strict();

export interface BaselineOptions extends RunOptions {
  readonly format: Format;
  /** --version N: a committed version; undefined: the newest. */
  readonly version: number | undefined;
}

const FLAG_NAMES: Record<string, string> = { failOn: '--fail-on' };
const flagName = (key: PropertyKey | undefined): string =>
  key === undefined ? 'options' : (FLAG_NAMES[String(key)] ?? `--${String(key)}`);

const bad = (message: string): AppError => new AppError('BAD_PAYLOAD', message);

/** Validates the shared flags of scan and snapshot; every problem becomes one line naming the flag. */
export const parseRunOptions = (
  raw: unknown,
): { readonly run: RunOptions; readonly flags: z.output<typeof RawSchema> } => {
  const parsed = RawSchema.safeParse(raw);
  if (!parsed.success) throw bad(parsed.error.issues.map((i) => `${flagName(i.path[0])}: ${i.message}`).join('; '));
  const flags = parsed.data;
  return { run: toRunOptions(flags), flags };
};

const toRunOptions = (flags: z.output<typeof RawSchema>): RunOptions => {
  const sources = [flags.sample === true && '--sample', flags.site !== undefined && '--site', flags.snapshot !== undefined && '--snapshot'].filter(
    (s): s is string => typeof s === 'string',
  );
  if (sources.length > 1) throw bad(`Choose one source: ${sources.join(' or ')}`);
  if (flags.email !== undefined && flags.site === undefined) throw bad('--email goes with --site URL');
  let source: SourceChoice;
  if (flags.site !== undefined) {
    if (flags.email === undefined) throw bad('--site needs --email (the Atlassian account the API token belongs to)');
    source = { kind: 'site', siteUrl: parseSiteUrl(flags.site), email: parseEmail(flags.email) };
  } else if (flags.snapshot !== undefined) {
    source = { kind: 'snapshot', file: flags.snapshot };
  } else source = { kind: 'sample' };

  const named = namedScope({ projectKey: flags.project, boardId: flags.board, jql: flags.jql });
  const FLAG: Readonly<Record<ScopeName, string>> = { projectKey: '--project', boardId: '--board', jql: '--jql' };
  if (named.given.length > 1) throw bad(`Choose one scope: ${named.given.map((k) => FLAG[k]).join(' or ')}`);
  const scope: ScopeSpec | undefined = named.spec ?? undefined;

  const pi: PiSelector | undefined =
    flags.pi === undefined ? undefined : flags.pi === 'current' || flags.pi === 'next' ? flags.pi : { name: flags.pi };

  return { source, scope, pi, settingsFile: flags.settings, today: flags.today, timeoutSeconds: flags.timeout };
};

export const parseScanOptions = (raw: unknown): ScanOptions => {
  const { run, flags } = parseRunOptions(raw);
  return { ...run, format: flags.format ?? 'table', failOn: parseFailOn(flags.failOn) };
};

export const parseBaselineOptions = (raw: unknown): BaselineOptions => {
  const { run, flags } = parseRunOptions(raw);
  if (run.scope !== undefined && run.scope.kind !== 'project') throw bad('baseline: a baseline belongs to one project: use --project KEY');
  return { ...run, format: flags.format ?? 'table', version: flags.version };
};

export const parseSnapshotOptions = (raw: unknown): SnapshotOptions => {
  const { run, flags } = parseRunOptions(raw);
  if (flags.out === undefined) throw bad('--out FILE is required: where to write the snapshot');
  return { ...run, out: flags.out, force: flags.force === true };
};

const isVerdict = (s: string): s is Verdict => (VERDICTS as readonly string[]).includes(s);

export const parseFailOn = (value: string | undefined): Verdict[] => {
  if (value === undefined) return [];
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (names.length === 0) throw bad(`--fail-on: name at least one verdict (${VERDICTS.join(', ')})`);
  const unknown = names.filter((n) => !isVerdict(n));
  if (unknown.length > 0)
    throw bad(`--fail-on: unknown verdict ${unknown.map((u) => `"${u}"`).join(', ')}; use ${VERDICTS.join(', ')}`);
  return [...new Set(names.filter(isVerdict))];
};

/** A Jira Cloud site's origin: https only, no path. A bare host name gets https:// in front. */
export const parseSiteUrl = (value: string): string => {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad(`--site: "${value}" is not a web address; use https://your-site.atlassian.net`);
  }
  if (url.protocol !== 'https:') throw bad('--site: use an https:// address (the API token must not travel unencrypted)');
  if (url.username !== '' || url.password !== '') throw bad('--site: do not put credentials in the address');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '')
    throw bad("--site: give the site's address only, like https://your-site.atlassian.net");
  return url.origin;
};

const parseEmail = (value: string): string => {
  const email = value.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw bad(`--email: "${value}" is not an email address`);
  return email;
};
