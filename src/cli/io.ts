/**
 * Everything the CLI touches outside itself, passed in so main() can be
 * tested without spawning a process. bin.cjs supplies the real ones.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly readFile: (path: string) => Promise<string>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** The clock, read once at the edge to default --today. */
  readonly now: () => Date;
  /** Whether stdout is a terminal (colour is used only then, and only without NO_COLOR). */
  readonly stdoutIsTTY?: boolean;
  /** The fetch used for --site (tests inject one). */
  readonly fetch?: typeof fetch;
  /** How retries wait (tests inject one that does not). */
  readonly sleep?: (ms: number) => Promise<void>;
}
