import { deadlineIn, DEADLINES, type Deadline } from '../shared/deadline';
import type { CliIo } from './io';
import type { RunOptions } from './run-options';

/**
 * The one deadline of a CLI run: --timeout SECONDS, else DEADLINES.cli (the
 * CLI has no platform limit, but a run against a huge board still ends). It
 * runs on the io's clock, so tests move time without waiting.
 */
export const runDeadline = (io: CliIo, options: Pick<RunOptions, 'timeoutSeconds'>): Deadline =>
  deadlineIn(options.timeoutSeconds === undefined ? DEADLINES.cli : options.timeoutSeconds * 1000, () => io.now().getTime());
