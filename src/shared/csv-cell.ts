/**
 * One CSV (RFC 4180) field: quoted when it holds a quote, comma or line
 * break, quotes doubled. A value a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) gets a leading single quote first.
 * Shared by the CLI's report CSV and the baseline export.
 */
export const csvCell = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Rows as CSV: fields joined by commas, CRLF after every row. */
export const csvRows = (rows: readonly (readonly string[])[]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
