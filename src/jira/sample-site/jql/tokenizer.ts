import { JqlError } from './jql-error';

/** JQL tokens: words (bare values, field names, keywords), quoted strings and punctuation. */
export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly pos: number }
  | { readonly kind: 'string'; readonly text: string; readonly pos: number }
  | { readonly kind: 'punct'; readonly text: '(' | ')' | ',' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~' | '!'; readonly pos: number }
  | { readonly kind: 'end'; readonly text: ''; readonly pos: number };

const WORD_STOP = new Set([' ', '\t', '\n', '\r', '(', ')', ',', '=', '!', '<', '>', '~', '"', "'"]);

export const tokenize = (jql: string): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const c = jql.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const two = jql.slice(i, i + 2);
    if (two === '!=' || two === '<=' || two === '>=' || two === '!~') {
      tokens.push({ kind: 'punct', text: two, pos: i });
      i += 2;
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === '=' || c === '<' || c === '>' || c === '~' || c === '!') {
      tokens.push({ kind: 'punct', text: c, pos: i });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const start = i;
      let text = '';
      i++;
      for (;;) {
        if (i >= jql.length) throw new JqlError(`Error in the JQL Query: The quoted string starting at character ${start + 1} is not closed.`);
        const d = jql.charAt(i);
        if (d === '\\') {
          const next = jql.charAt(i + 1);
          if (next === '') throw new JqlError(`Error in the JQL Query: The escape at character ${i + 1} is not followed by a character.`);
          text += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          i += 2;
          continue;
        }
        if (d === c) {
          i++;
          break;
        }
        text += d;
        i++;
      }
      tokens.push({ kind: 'string', text, pos: start });
      continue;
    }
    if (c === '&' || c === '|') {
      throw new JqlError(`Error in the JQL Query: The character '${c}' at character ${i + 1} is not supported by the sample site; use AND / OR.`);
    }
    const start = i;
    let depth = 0;
    while (i < jql.length) {
      const d = jql.charAt(i);
      if (d === '[') depth++;
      else if (d === ']') depth = Math.max(0, depth - 1);
      else if (depth === 0 && WORD_STOP.has(d)) break;
      i++;
    }
    tokens.push({ kind: 'word', text: jql.slice(start, i), pos: start });
  }
  tokens.push({ kind: 'end', text: '', pos: jql.length });
  return tokens;
};
