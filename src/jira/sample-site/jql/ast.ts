/** The parsed form of a JQL query. */

/** `was` and `was in`: the history operators, for fixVersion only (compile.ts says why). */
export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in' | 'is' | 'is not' | 'was' | 'was in';

export type Operand =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'empty' }
  | { readonly kind: 'function'; readonly name: string; readonly args: readonly string[] };

export type Expr =
  | { readonly kind: 'and'; readonly items: readonly Expr[] }
  | { readonly kind: 'or'; readonly items: readonly Expr[] }
  | { readonly kind: 'not'; readonly expr: Expr }
  | { readonly kind: 'clause'; readonly field: string; readonly op: Operator; readonly operand: Operand };

export interface OrderTerm {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

export interface Query {
  /** null when the query has no search restriction (only ORDER BY, or empty). */
  readonly where: Expr | null;
  readonly orderBy: readonly OrderTerm[];
}
