/**
 * Where a JSON text first stops being JSON (RFC 8259), as a 0-based offset,
 * or null when it is valid. Used only after JSON.parse has failed, to name
 * the position of the problem without quoting the file: V8's own message
 * gives a position for some errors ("… in JSON at position 7") but only the
 * offending text for others ("Unexpected token 'x', "…" is not valid JSON").
 * Iterative (no recursion), so deep nesting cannot overflow the stack.
 */
type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** The offset after the string starting at `start` (a `"`), or the offset of its first fault as a negative number minus one. */
const stringEnd = (text: string, start: number): number => {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return -(i + 1) - 1; // the character after the backslash, as V8 reports it
      i = ESCAPE.lastIndex;
    } else i += 1;
  }
  return -i - 1;
};

const primitiveEnd = (text: string, start: number): number | null => {
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, start)) return start + word.length;
  NUMBER.lastIndex = start;
  return NUMBER.test(text) ? NUMBER.lastIndex : null;
};

export const jsonErrorOffset = (text: string): number | null => {
  const stack: ('[' | '{')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
    if (i >= text.length) return expect === 'commaOrClose' && stack.length === 0 ? null : i;
    const c = text[i];
    if (expect === 'value' || expect === 'valueOrClose') {
      if (expect === 'valueOrClose' && c === ']') {
        stack.pop();
        i += 1;
      } else if (c === '[' || c === '{') {
        stack.push(c);
        i += 1;
        expect = c === '[' ? 'valueOrClose' : 'keyOrClose';
        continue;
      } else if (c === '"') {
        const end = stringEnd(text, i);
        if (end < 0) return -end - 1;
        i = end;
      } else {
        const end = primitiveEnd(text, i);
        if (end === null) return c === '-' ? i + 1 : i; // "-" alone: V8 points after the sign
        i = end;
      }
      expect = 'commaOrClose';
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (expect === 'keyOrClose' && c === '}') {
        stack.pop();
        i += 1;
        expect = 'commaOrClose';
        continue;
      }
      if (c !== '"') return i;
      const end = stringEnd(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i += 1;
      expect = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i; // text after a complete value
      if (c === ',') {
        i += 1;
        expect = top === '[' ? 'value' : 'key';
      } else if ((top === '[' && c === ']') || (top === '{' && c === '}')) {
        stack.pop();
        i += 1;
      } else return i;
    }
  }
};
