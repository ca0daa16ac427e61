import { IssueFieldsSchema, SprintFieldValueSchema } from './issue';

/**
 * Fast paths for the schemas read for every work item. Each check accepts only
 * values its zod schema certainly accepts (it may refuse more); whatever it
 * refuses goes to the zod schema, which decides and words any error. Accepted
 * values are returned as they are: the schemas are passthrough without
 * transforms, so zod's output is a copy with the same content.
 */

type Json = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v);
const isAbsent = (v: unknown): boolean => v === undefined;
const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';
const isNamed = (v: unknown): boolean => isObject(v) && typeof v.name === 'string';

const isStatus = (v: unknown): boolean =>
  isObject(v) && typeof v.name === 'string' && (isAbsent(v.statusCategory) || (isObject(v.statusCategory) && typeof v.statusCategory.key === 'string'));

const isEmbeddedIssue = (v: unknown): boolean => {
  if (!isObject(v) || typeof v.key !== 'string' || !optionalString(v.id)) return false;
  const f = v.fields;
  if (isAbsent(f)) return true;
  return (
    isObject(f) &&
    optionalString(f.summary) &&
    (isAbsent(f.status) || isStatus(f.status)) &&
    (isAbsent(f.issuetype) || isNamed(f.issuetype))
  );
};

const isIssueLink = (v: unknown): boolean =>
  isObject(v) &&
  optionalString(v.id) &&
  isObject(v.type) &&
  typeof v.type.name === 'string' &&
  optionalString(v.type.inward) &&
  optionalString(v.type.outward) &&
  (isAbsent(v.inwardIssue) || isEmbeddedIssue(v.inwardIssue)) &&
  (isAbsent(v.outwardIssue) || isEmbeddedIssue(v.outwardIssue));

/** True when SprintFieldValueSchema certainly accepts v. */
export const isSprintFieldValue = (v: unknown): boolean =>
  isObject(v) &&
  isInt(v.id) &&
  typeof v.name === 'string' &&
  typeof v.state === 'string' &&
  (isAbsent(v.boardId) || isInt(v.boardId)) &&
  optionalString(v.startDate) &&
  optionalString(v.endDate) &&
  optionalString(v.completeDate);

const every = (v: unknown, check: (item: unknown) => boolean): boolean => {
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!check(item)) return false;
  return true;
};

const nullable = (v: unknown, check: (value: unknown) => boolean): boolean => v === undefined || v === null || check(v);

const isFixVersion = (v: unknown): boolean => isObject(v) && typeof v.name === 'string' && optionalString(v.id);
const isProject = (v: unknown): boolean => isObject(v) && typeof v.key === 'string' && optionalString(v.name);
const isString = (v: unknown): boolean => typeof v === 'string';

const fastIssueFields = (f: Json): boolean =>
  nullable(f.summary, isString) &&
  nullable(f.status, isStatus) &&
  nullable(f.issuetype, isNamed) &&
  nullable(f.project, isProject) &&
  nullable(f.fixVersions, (v) => every(v, isFixVersion)) &&
  nullable(f.issuelinks, (v) => every(v, isIssueLink)) &&
  nullable(f.parent, isEmbeddedIssue) &&
  nullable(f.labels, (v) => every(v, isString)) &&
  nullable(f.duedate, isString);

/** IssueFieldsSchema.safeParse, without zod for the fields Jira usually sends. */
export const safeParseIssueFields = (fields: unknown): ReturnType<typeof IssueFieldsSchema.safeParse> =>
  isObject(fields) && fastIssueFields(fields) ? { success: true, data: fields } : IssueFieldsSchema.safeParse(fields);

/** SprintFieldValueSchema.safeParse, without zod for well-formed sprints. */
export const safeParseSprintFieldValue = (value: unknown): ReturnType<typeof SprintFieldValueSchema.safeParse> =>
  isSprintFieldValue(value)
    ? { success: true, data: value as ReturnType<typeof SprintFieldValueSchema.parse> }
    : SprintFieldValueSchema.safeParse(value);
