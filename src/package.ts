/** Files shipped with the package (schema, rule docs), found from wherever the code runs. */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package's root directory (the one with srcip-lint's package.json). */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'srcip-lint') return (root = dir);
      } catch {
        // not ours; keep looking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('srcip-lint: cannot find the package root');
    dir = parent;
  }
}

export function packageFile(relative: string): string {
  return path.join(packageRoot(), relative);
}

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
}
