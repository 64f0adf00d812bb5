/**
 * Runs the built command line (bin/srcip-lint.js, on dist/srcip-lint.mjs) as a child process, as
 * users and CI run it: real streams, real exit codes, real signals.
 */

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './fixtures.js';

export const BIN = path.join(ROOT, 'bin/srcip-lint.js');

/**
 * Tests may run as root, for whom permission bits do not stop a read or a write. Runs that need
 * them to ("unprivileged") then run as the unprivileged user nobody (65534); the files they must
 * read have to be world-readable.
 */
export const IS_ROOT = process.getuid?.() === 0;

export interface BinRun {
  code: number;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface BinOptions {
  cwd: string;
  /** Standard input; none means an empty one (not a terminal). */
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Run as a user for whom permission bits count (nobody when the tests run as root). */
  unprivileged?: boolean;
  /** Extra node options before the script (e.g. `--import` of a preload). */
  nodeArgs?: string[];
  stdio?: SpawnSyncOptions['stdio'];
}

export function runBin(args: string[], options: BinOptions): BinRun {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: options.cwd,
    ...(options.stdio ? { stdio: options.stdio } : { input: options.input ?? '' }),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', ...options.env },
    ...(options.unprivileged && IS_ROOT ? { uid: 65534, gid: 65534 } : {}),
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** A tool failure: exit 2, one line on stderr, no stack trace. */
export function isOneLineFailure(run: BinRun): boolean {
  return run.code === 2 && run.stderr.trimEnd().split('\n').length === 1 && !/\n\s+at /.test(run.stderr);
}
