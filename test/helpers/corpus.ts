/**
 * The shared corpus of real manifests (../shared/corpus). CI always has it; a fresh clone of the
 * repository does not, and the tests that read it then say they were skipped.
 */

import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures.js';

export const CORPUS = path.resolve(ROOT, '../shared/corpus');
export const HAS_CORPUS = fs.existsSync(path.join(CORPUS, 'realworld'));
/** Appended to test names that need the corpus. */
export const CORPUS_NOTE = HAS_CORPUS ? '' : ' (skipped: ../shared/corpus not found)';

export function corpusFiles(...subdirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/i.test(e.name)) out.push(p);
    }
  };
  for (const s of subdirs) if (fs.existsSync(path.join(CORPUS, s))) walk(path.join(CORPUS, s));
  return out.sort();
}
