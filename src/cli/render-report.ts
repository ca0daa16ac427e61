import type { ScopeReport } from '../shared/report';
import { painter, useColour } from './colour';
import { formatCsv } from './format-csv';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatTable } from './format-table';
import type { Format } from './formats';
import type { CliIo } from './io';

/** The report in the chosen format; colour only in the table, only on a terminal, never with NO_COLOR. */
export const renderReport = (report: ScopeReport, format: Format, io: CliIo): string => {
  switch (format) {
    case 'table':
      return formatTable(report, painter(useColour(io.stdoutIsTTY, io.env)));
    case 'markdown':
      return formatMarkdown(report);
    case 'csv':
      return formatCsv(report);
    case 'json':
      return formatJson(report);
  }
};
