#!/usr/bin/env node
import { fstatSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// Peak memory (DESIGN.md §9: under 6x the input + 100 MB): V8 grows its young generation from
// 1 MB to 16 MB semi-spaces as a run keeps allocating, up to ~48 MB of resident memory that a
// linter run, which allocates mostly long-lived objects, gains nothing from (same wall time in the
// benchmark). The growth factor is read each time V8 considers growing, so setting it here, before
// any work, keeps the young generation at its initial size: the generated worst case 1x peaks at
// ~97 MB instead of ~129 MB. A flag given by the user (NODE_OPTIONS, node's argv) wins.
const v8Options = `${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`;
if (!/semi[-_]space/.test(v8Options)) setFlagsFromString('--semi-space-growth-factor=1');

const { main } = await import('../dist/srcip-lint.mjs');

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
