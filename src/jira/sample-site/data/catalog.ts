import type { SiteIssueType, SiteLinkType, SiteStatus } from '../model';

/** Issue types, statuses and link types shared by the demo site and the generated one. */

export const ISSUE_TYPES: readonly SiteIssueType[] = [
  { id: '10000', name: 'Epic', hierarchyLevel: 1 },
  { id: '10001', name: 'Story', hierarchyLevel: 0 },
  { id: '10010', name: 'Objective', hierarchyLevel: 2 },
  { id: '10011', name: 'Initiative', hierarchyLevel: 2 },
  { id: '10012', name: 'Strategic Theme', hierarchyLevel: 3 },
];

/** Epics move through the SAFe portfolio kanban; objectives through a plain workflow. */
export const STATUSES: readonly SiteStatus[] = [
  { id: '10000', name: 'Funnel', category: 'new' },
  { id: '10001', name: 'Analyzing', category: 'new' },
  { id: '10002', name: 'Implementing', category: 'indeterminate' },
  { id: '10003', name: 'Done', category: 'done' },
  { id: '10004', name: 'To Do', category: 'new' },
  { id: '10005', name: 'In Progress', category: 'indeterminate' },
];

export const LINK_TYPES: readonly SiteLinkType[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
  { id: '10100', name: 'Supports', inward: 'is supported by', outward: 'supports' },
];

export const LINK_TYPE_ID = { blocks: '10000', relates: '10003', supports: '10100' } as const;

export const BASE_URL = 'https://riverside-health.atlassian.net';
