export interface BenchOptions {
  /** Smaller sizes and fewer iterations, to try the harness; the figures are then not the reported ones. */
  readonly quick: boolean;
  /** The project root. */
  readonly root: string;
  /** The fixed "today" every generated site and report uses. */
  readonly today: string;
}
