#!/usr/bin/env node
import { fstatSync } from 'node:fs';
import { main } from '../dist/srcip-lint.mjs';

// Bytes, not text: the linter decodes them as it decodes files (invalid UTF-8 is a finding).
// Stops once past maxBytes: the run then reports stdin as too large instead of exhausting memory.
const readStdin = async (maxBytes) => {
  // Node reads a directory on stdin as nothing at all: say so instead.
  if (fstatSync(0).isDirectory()) throw Object.assign(new Error('standard input is a directory'), { code: 'EISDIR' });
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > maxBytes) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks);
};

// A reader that goes away (`| head`) ends the run quietly; any other failure to write standard
// output (a full disk, /dev/full) is an I/O error of the tool: one line, exit 2.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`srcip-lint: cannot write the report to standard output: ${e.code ?? e.message}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  cwd: process.cwd(),
  env: process.env,
});
