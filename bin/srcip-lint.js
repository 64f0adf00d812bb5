#!/usr/bin/env node
import { main } from '../dist/srcip-lint.mjs';

// Bytes, not text: the linter decodes them as it decodes files (invalid UTF-8 is a finding).
// Stops once past maxBytes: the run then reports stdin as too large instead of exhausting memory.
const readStdin = async (maxBytes) => {
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

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  cwd: process.cwd(),
  env: process.env,
});
