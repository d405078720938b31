#!/usr/bin/env node
import { run } from './program';

// exitCode, not exit(): stdout may still be flushing into a pipe.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
