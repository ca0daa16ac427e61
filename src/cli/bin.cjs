#!/usr/bin/env node
'use strict';
// The `factory-gravity` command: registers tsx for CommonJS, then runs main.ts with the process's own I/O.
require('tsx/cjs');
const { main } = require('./main.ts');
const { readLimitedFile, writeNewFile } = require('./node-io.ts');

// A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go,
// which is not an error of the command. It is dropped without a stack trace, and the command still
// ends with its own exit code (a --fail-on gate piped into head still fails).
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') return;
  throw error;
});

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  readFile: readLimitedFile,
  writeFile: writeNewFile,
  now: () => new Date(),
  stdoutIsTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // main() catches everything; this is the last guard, still one line.
    process.stderr.write(`factory-gravity: internal error (${error && error.message ? error.message : String(error)}); please report this\n`);
    process.exitCode = 3;
  },
);
