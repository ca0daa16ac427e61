export const FORMATS = ['table', 'markdown', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];
