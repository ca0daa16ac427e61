/**
 * One CSV (RFC 4180) field: quoted when it holds a quote, comma or line
 * break, quotes doubled. A value a spreadsheet would run as a formula
 * (starting with = + - @, tab or CR) gets a leading single quote first,
 * except a plain negative number ("-35", "-0.5"): a spreadsheet reads it as
 * the number, which is what a figure column needs, and it runs nothing.
 * Shared by the CLI's report CSV and the baseline export.
 */
const PLAIN_NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

export const csvCell = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) && !PLAIN_NEGATIVE_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Rows as CSV: fields joined by commas, CRLF after every row. */
export const csvRows = (rows: readonly (readonly string[])[]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
