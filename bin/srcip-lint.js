#!/usr/bin/env node
import { fstatSync, writeSync } from 'node:fs';
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

// Standard output is where the report goes: if it cannot all be written, the run failed (exit 2,
// one line), whatever the findings. That includes a reader that goes away early (`| head`): the
// report it got is incomplete, and a pipeline must not read that as a pass.
const stdoutFailed = (e) => {
  const why = e.code === 'EPIPE' ? 'the reader closed the pipe before the whole report was written (EPIPE)' : (e.code ?? e.message);
  process.stderr.write(`srcip-lint: cannot write the report to standard output: ${why}\n`);
  process.exit(2);
};
process.stdout.on('error', stdoutFailed);
// Nowhere left to report a failure to write standard error itself.
process.stderr.on('error', () => {});

// A regular file (`> report.sarif`) is written here, in a loop: Node's stream makes one write(2)
// per chunk and drops what a short write leaves (a full disk, a file size limit) without a word.
const stdoutIsFile = (() => {
  try {
    return fstatSync(1).isFile();
  } catch {
    return false;
  }
})();
const stdout = stdoutIsFile
  ? {
      isTTY: false,
      write(s) {
        const buf = Buffer.from(s);
        try {
          for (let off = 0; off < buf.length; ) off += writeSync(1, buf, off);
        } catch (e) {
          stdoutFailed(e);
        }
        return true;
      },
    }
  : process.stdout;

process.exitCode = await main(process.argv.slice(2), {
  stdout,
  stderr: process.stderr,
  readStdin,
  cwd: process.cwd(),
  env: process.env,
});
