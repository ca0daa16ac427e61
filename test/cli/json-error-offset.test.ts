import { jsonErrorOffset } from '../../src/cli/json-error-offset';

/** The scanner agrees with JSON.parse on what is valid, and with V8 on where, when V8 says. */
const V8_POSITION = /at position (\d+)/;

const cases = [
  '{"a": x}',
  'SECRET',
  '{"a":1,}',
  '[1 2]',
  '{a:1}',
  '{"weights": ',
  '"unterminated',
  '"bad \\q escape"',
  '{"a": 1} trailing',
  '[1, [2, {"b": [3, 4]}, 5]',
  '01',
  '-',
  '{"a" 1}',
  '[tru]',
  '"tab\there"',
  '',
];
const valid = ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '"s"', '0', '[[[[[]]]]]'];

describe('jsonErrorOffset', () => {
  it.each(valid)('%s is valid', (text) => {
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(jsonErrorOffset(text)).toBeNull();
  });

  it.each(cases)('%s: a fault, at V8’s position when V8 gives one', (text) => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toBe('');
    const offset = jsonErrorOffset(text);
    expect(offset).not.toBeNull();
    const v8 = V8_POSITION.exec(message)?.[1];
    if (v8 !== undefined) expect(offset).toBe(Number(v8));
  });

  it('finds the unexpected token V8 names without a position', () => {
    expect(jsonErrorOffset('{"a": x}')).toBe(6);
    expect(jsonErrorOffset('{\n  "a": 1,\n  SECRET\n}')).toBe(14);
  });

  it('handles deep nesting without recursion', () => {
    expect(jsonErrorOffset(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeNull();
    expect(jsonErrorOffset(`${'['.repeat(200_000)}x`)).toBe(200_000);
  });
});
