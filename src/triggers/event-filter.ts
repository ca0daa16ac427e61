import { z } from 'zod';
import { DECISIONS_PROPERTY_KEY } from '../shared/decision';
import { ASSESSMENT_PROPERTY_KEY, EVIDENCE_PROPERTY_KEY } from '../shared/evidence';

/**
 * Which Jira events can change an assessment. The same rule runs twice: in
 * manifest.yml as the trigger's `filter.expression` (a Jira expression over
 * `event`, so Jira does not invoke the function at all; DOC
 * developer.atlassian.com/platform/forge/manifest-reference/modules/trigger,
 * schema ProductEventsFilter in node_modules/@forge/manifest/out/schema/manifest-schema.json)
 * and here in the handler, which the tests can run. test/forge/event-filter.test.ts
 * checks that the manifest's expression is the one built below.
 *
 * avi:jira:updated:issue carries `changelog.items[]` with `field`,
 * `fieldtype` ('jira' | 'custom') and `fieldId` (DOC
 * developer.atlassian.com/platform/forge/events-reference/jira, Issue updated).
 */

/** System fields the app reads (map-work-item workItemFields, objectives, the PI sources): a change to one can move an assessment. */
export const ASSESSMENT_FIELD_IDS = [
  'issuetype',
  'status',
  'resolution',
  'duedate',
  'parent',
  'fixVersions',
  'labels',
  'project',
  'issuekey',
  'issuelinks',
] as const;

/** Changelog items Jira names by field rather than by id (links, the parent, a move). */
export const ASSESSMENT_FIELD_NAMES = ['Link', 'IssueParentAssociation', 'Parent', 'Fix Version', 'Key', 'Project'] as const;

/**
 * The app's own issue properties: evidence, the indexed assessment (src/shared/evidence.ts) and the
 * PI decisions (src/shared/decision.ts). A direct REST edit of any of them gets the issue re-scored.
 */
export const APP_PROPERTY_KEYS: readonly string[] = [EVIDENCE_PROPERTY_KEY, ASSESSMENT_PROPERTY_KEY, DECISIONS_PROPERTY_KEY];

const jiraList = (values: readonly string[]): string => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

/**
 * The Jira expression of the avi:jira:updated:issue trigger. Any custom
 * field passes, because settings may name any custom field (the PI field,
 * the sprint field, the objective field, the target date); an event
 * without a changelog passes too (the handler decides).
 */
export const updatedIssueFilterExpression = (): string =>
  `event.changelog == null || event.changelog.items.some(item => item.fieldtype == "custom" || ${jiraList(ASSESSMENT_FIELD_IDS)}.includes(item.fieldId) || ${jiraList(ASSESSMENT_FIELD_NAMES)}.includes(item.field))`;

const ChangelogItemSchema = z.object({ field: z.string().optional(), fieldtype: z.string().optional(), fieldId: z.string().optional() }).loose();
const UpdatedEventSchema = z.object({
  eventType: z.literal('avi:jira:updated:issue'),
  changelog: z.object({ items: z.array(ChangelogItemSchema) }).loose().nullish(),
});

const isAssessmentField = (item: z.infer<typeof ChangelogItemSchema>): boolean =>
  item.fieldtype === 'custom' ||
  (item.fieldId !== undefined && (ASSESSMENT_FIELD_IDS as readonly string[]).includes(item.fieldId)) ||
  (item.field !== undefined && (ASSESSMENT_FIELD_NAMES as readonly string[]).includes(item.field));

/**
 * The property key of an avi:jira:set:issue-property event. The payload's
 * shape is not in the docs this project could read, so the key is looked
 * for where Jira's webhooks and entity-property events put it
 * (`propertyKey`, `property.key`, `issueProperty.key`); undefined when none.
 */
const PropertyEventSchema = z.object({
  eventType: z.literal('avi:jira:set:issue-property'),
  propertyKey: z.string().optional(),
  property: z.object({ key: z.string() }).loose().optional(),
  issueProperty: z.object({ key: z.string() }).loose().optional(),
});

/**
 * False only for events that certainly cannot change an assessment: an
 * issue update whose changelog names only other fields (description,
 * comment, assignee, ...), or a property set on a key that is not the
 * app's. Anything this cannot read is re-scored (never a missed update).
 */
export const mayChangeAssessment = (event: unknown): boolean => {
  const updated = UpdatedEventSchema.safeParse(event);
  if (updated.success) {
    const items = updated.data.changelog?.items;
    return items === undefined || items.length === 0 || items.some(isAssessmentField);
  }
  const property = PropertyEventSchema.safeParse(event);
  if (property.success) {
    const key = property.data.propertyKey ?? property.data.property?.key ?? property.data.issueProperty?.key;
    return key === undefined || APP_PROPERTY_KEYS.includes(key);
  }
  return true;
};
