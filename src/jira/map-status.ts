import type { StatusCategory } from '../domain/model';

/** Jira's status category key → the app's three categories ('undefined' and unknown keys count as new). */
export const statusCategoryOf = (key: string | undefined): StatusCategory =>
  key === 'done' ? 'done' : key === 'indeterminate' ? 'indeterminate' : 'new';
