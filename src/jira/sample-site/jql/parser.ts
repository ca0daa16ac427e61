import type { Expr, Operand, Operator, OrderTerm, Query } from './ast';
import { JqlError } from './jql-error';
import { tokenize, type Token } from './tokenizer';

/**
 * Recursive-descent JQL parser for the subset the sample site answers:
 *
 *   query   := [or] [ORDER BY term ("," term)*]
 *   or      := and (OR and)*
 *   and     := not (AND not)*
 *   not     := (NOT | "!") not | "(" or ")" | clause
 *   clause  := field op operand
 *   op      := = | != | < | <= | > | >= | IN | NOT IN | IS | IS NOT | WAS | WAS IN
 *   operand := value | "(" value ("," value)* ")" | EMPTY | NULL | name "(" [value ("," value)*] ")"
 *   term    := field [ASC | DESC]
 *
 * Keywords are case-insensitive. Anything else (~, WAS NOT, CHANGED, WAS predicates such as BEFORE, ...) is an error.
 */

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'empty', 'null', 'order', 'by', 'asc', 'desc', 'was', 'changed']);

const isKeyword = (t: Token, word: string): boolean => t.kind === 'word' && t.text.toLowerCase() === word;

const describe = (t: Token): string => (t.kind === 'end' ? 'the end of the query' : `'${t.text}'`);

const where = (t: Token): string => `(line 1, character ${t.pos + 1})`;

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(offset = 0): Token {
    const t = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (t === undefined) throw new JqlError('Error in the JQL Query: empty token stream.');
    return t;
  }

  private next(): Token {
    const t = this.peek();
    if (this.index < this.tokens.length - 1) this.index++;
    return t;
  }

  private fail(expected: string, t: Token): never {
    throw new JqlError(`Error in the JQL Query: Expecting ${expected} but got ${describe(t)}. ${where(t)}`);
  }

  parseQuery(): Query {
    let whereExpr: Expr | null = null;
    if (this.peek().kind !== 'end' && !isKeyword(this.peek(), 'order')) whereExpr = this.parseOr();
    const orderBy: OrderTerm[] = [];
    if (isKeyword(this.peek(), 'order')) {
      this.next();
      if (!isKeyword(this.peek(), 'by')) this.fail("'BY'", this.peek());
      this.next();
      for (;;) {
        const f = this.peek();
        if (f.kind !== 'word' && f.kind !== 'string') this.fail('a field name', f);
        if (f.kind === 'word' && KEYWORDS.has(f.text.toLowerCase())) this.fail('a field name', f);
        this.next();
        let direction: 'asc' | 'desc' = 'asc';
        if (isKeyword(this.peek(), 'asc') || isKeyword(this.peek(), 'desc')) direction = this.next().text.toLowerCase() as 'asc' | 'desc';
        orderBy.push({ field: f.text, direction });
        if (this.peek().kind === 'punct' && this.peek().text === ',') {
          this.next();
          continue;
        }
        break;
      }
    }
    const end = this.peek();
    if (end.kind !== 'end') this.fail("'AND', 'OR' or 'ORDER BY'", end);
    return { where: whereExpr, orderBy };
  }

  private parseOr(): Expr {
    const items = [this.parseAnd()];
    while (isKeyword(this.peek(), 'or')) {
      this.next();
      items.push(this.parseAnd());
    }
    return items.length === 1 && items[0] !== undefined ? items[0] : { kind: 'or', items };
  }

  private parseAnd(): Expr {
    const items = [this.parseNot()];
    while (isKeyword(this.peek(), 'and')) {
      this.next();
      items.push(this.parseNot());
    }
    return items.length === 1 && items[0] !== undefined ? items[0] : { kind: 'and', items };
  }

  private parseNot(): Expr {
    const t = this.peek();
    if (isKeyword(t, 'not') || (t.kind === 'punct' && t.text === '!')) {
      this.next();
      return { kind: 'not', expr: this.parseNot() };
    }
    if (t.kind === 'punct' && t.text === '(') {
      this.next();
      const inner = this.parseOr();
      const close = this.peek();
      if (!(close.kind === 'punct' && close.text === ')')) this.fail("')'", close);
      this.next();
      return inner;
    }
    return this.parseClause();
  }

  private parseClause(): Expr {
    const f = this.peek();
    if ((f.kind !== 'word' && f.kind !== 'string') || (f.kind === 'word' && KEYWORDS.has(f.text.toLowerCase()))) {
      this.fail('a field name', f);
    }
    this.next();
    const op = this.parseOperator();
    const operand = this.parseOperand(op);
    return { kind: 'clause', field: f.text, op, operand };
  }

  private parseOperator(): Operator {
    const t = this.next();
    if (t.kind === 'punct') {
      if (t.text === '~' || t.text === '!~') {
        throw new JqlError(`Error in the JQL Query: The sample site does not support the text-search operator '${t.text}'. ${where(t)}`);
      }
      if (t.text === '=' || t.text === '!=' || t.text === '<' || t.text === '<=' || t.text === '>' || t.text === '>=') return t.text;
    }
    if (isKeyword(t, 'in')) return 'in';
    if (isKeyword(t, 'not')) {
      if (isKeyword(this.peek(), 'in')) {
        this.next();
        return 'not in';
      }
      this.fail("'IN' after 'NOT'", this.peek());
    }
    if (isKeyword(t, 'is')) {
      if (isKeyword(this.peek(), 'not')) {
        this.next();
        return 'is not';
      }
      return 'is';
    }
    // WAS and WAS IN (fixVersion only, checked in compile.ts); WAS NOT, WAS NOT IN and CHANGED stay refused.
    if (isKeyword(t, 'was') && !isKeyword(this.peek(), 'not')) {
      if (isKeyword(this.peek(), 'in')) {
        this.next();
        return 'was in';
      }
      return 'was';
    }
    if (isKeyword(t, 'was') || isKeyword(t, 'changed')) {
      throw new JqlError(`Error in the JQL Query: The sample site does not support the history operator '${t.text.toUpperCase()}'. ${where(t)}`);
    }
    return this.fail("an operator ('=', '!=', '<', '<=', '>', '>=', 'IN', 'NOT IN', 'IS', 'IS NOT')", t);
  }

  private parseValue(): string {
    const t = this.peek();
    if (t.kind === 'string') return this.next().text;
    if (t.kind === 'word' && !KEYWORDS.has(t.text.toLowerCase())) return this.next().text;
    return this.fail('a value', t);
  }

  private parseOperand(op: Operator): Operand {
    const t = this.peek();
    if (op === 'is' || op === 'is not') {
      if (isKeyword(t, 'empty') || isKeyword(t, 'null')) {
        this.next();
        return { kind: 'empty' };
      }
      return this.fail("'EMPTY' or 'NULL' after 'IS'", t);
    }
    if (isKeyword(t, 'empty') || isKeyword(t, 'null')) {
      if (op === '=' || op === '!=') {
        this.next();
        return { kind: 'empty' };
      }
      this.fail('a value', t);
    }
    if (t.kind === 'punct' && t.text === '(') {
      if (op !== 'in' && op !== 'not in' && op !== 'was in') this.fail('a value', t);
      this.next();
      const values = [this.parseValue()];
      while (this.peek().kind === 'punct' && this.peek().text === ',') {
        this.next();
        values.push(this.parseValue());
      }
      const close = this.peek();
      if (!(close.kind === 'punct' && close.text === ')')) this.fail("',' or ')'", close);
      this.next();
      return { kind: 'list', values };
    }
    if (t.kind === 'word' && this.peek(1).kind === 'punct' && this.peek(1).text === '(') {
      this.next();
      this.next();
      const args: string[] = [];
      if (!(this.peek().kind === 'punct' && this.peek().text === ')')) {
        args.push(this.parseValue());
        while (this.peek().kind === 'punct' && this.peek().text === ',') {
          this.next();
          args.push(this.parseValue());
        }
      }
      const close = this.peek();
      if (!(close.kind === 'punct' && close.text === ')')) this.fail("',' or ')'", close);
      this.next();
      return { kind: 'function', name: t.text, args };
    }
    if (op === 'in' || op === 'not in' || op === 'was in') return this.fail("'(' or a function", t);
    return { kind: 'value', value: this.parseValue() };
  }
}

export const parseJql = (jql: string): Query => new Parser(tokenize(jql)).parseQuery();
