/**
 * dist/ is committed (pre-commit installs hooks from a clone with a plain `npm install`, and a
 * prepare/prepack script would break that: ECOSYSTEM.md §3). This test rebuilds it into a temporary
 * folder and fails when the committed copy is stale: run `npm run build` and commit dist/.
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fixtures.js';

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

describe('dist/', () => {
  it('is what `npm run build` produces from the sources (run it and commit dist/ if this fails)', () => {
    // Inside the repository, so that its package.json ("type": "module") applies as it does to dist/.
    fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
    const tmp = fs.mkdtempSync(path.join(ROOT, '.tmp', 'dist-check-'));
    try {
      const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
      execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', tmp], { cwd: ROOT, stdio: 'pipe' });
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), tmp], { cwd: ROOT, stdio: 'pipe' });
      const dist = path.join(ROOT, 'dist');
      expect(files(dist)).toEqual(files(tmp));
      const stale = files(tmp).filter((f) => !fs.readFileSync(path.join(tmp, f)).equals(fs.readFileSync(path.join(dist, f))));
      expect(stale).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('runs from the bin shim', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/srcip-lint.js'), '--version'], { encoding: 'utf8' });
    expect(out.trim()).toBe((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
