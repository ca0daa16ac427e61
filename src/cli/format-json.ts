import type { ScopeReport } from '../shared/report';
import { toJsonReport } from './json-report';

/** The JSON contract (json-report.ts), pretty-printed. */
export const formatJson = (report: ScopeReport): string => `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
