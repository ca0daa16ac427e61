/** How much of a file the CLI reads, and for how long (FILE_LIMITS in ./read-text-file.ts). */
export interface FileReadLimits {
  readonly maxBytes: number;
  readonly timeoutMs: number;
}

/** `force`: replace an existing file (--force). Without it an existing file is never overwritten. */
export interface FileWriteOptions {
  readonly force: boolean;
}

/**
 * Everything the CLI touches outside itself, passed in so main() can be
 * tested without spawning a process. bin.cjs supplies the real ones.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Regular files only, at most limits.maxBytes, within limits.timeoutMs (src/cli/node-io.ts). */
  readonly readFile: (path: string, limits: FileReadLimits) => Promise<string>;
  /** Never through a symbolic link; an existing file only with options.force (src/cli/node-io.ts). */
  readonly writeFile: (path: string, text: string, options: FileWriteOptions) => Promise<void>;
  /** The clock, read once at the edge to default --today. */
  readonly now: () => Date;
  /** Whether stdout is a terminal (colour is used only then, and only without NO_COLOR). */
  readonly stdoutIsTTY?: boolean;
  /** The fetch used for --site (tests inject one). */
  readonly fetch?: typeof fetch;
  /** How retries wait (tests inject one that does not). */
  readonly sleep?: (ms: number) => Promise<void>;
}
