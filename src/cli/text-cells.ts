/**
 * Text from Jira goes to terminals and documents: control characters (an
 * ANSI escape in a summary could rewrite the terminal) become spaces, and
 * widths are counted in code points.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export const plainText = (text: string): string => text.replace(CONTROL, ' ');

export const width = (text: string): number => Array.from(text).length;

/** Cuts text to at most `max` code points, ending with … when it was cut. */
export const truncate = (text: string, max: number): string => {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 0) return '';
  return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
};

export const padEnd = (text: string, size: number): string => text + ' '.repeat(Math.max(0, size - width(text)));
export const padStart = (text: string, size: number): string => ' '.repeat(Math.max(0, size - width(text))) + text;

/** Word-wraps text into lines of at most `max` code points (long words are cut). */
export const wrap = (text: string, max: number, indent = ''): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (width(candidate) <= max - (lines.length === 0 ? 0 : width(indent))) line = candidate;
    else {
      if (line !== '') lines.push(line);
      line = truncate(word, max - width(indent));
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
};
