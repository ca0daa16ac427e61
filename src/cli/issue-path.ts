/** Turns zod issues into "settings.weights.strategy: At most 100" lines. */
interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly keys?: readonly string[];
}

export const describeIssues = (root: string, issues: readonly ZodIssueLike[]): string[] =>
  issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys !== undefined)
      return issue.keys.map((key) => `${joinPath(root, [...issue.path, key])}: Unknown key`);
    return [`${joinPath(root, issue.path)}: ${issue.message}`];
  });

const joinPath = (root: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), root);
