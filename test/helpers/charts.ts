/**
 * The chart facts and ground truth in ../shared/charts (values → rendered pairs, chart unit
 * tests). CI always has them; a fresh clone of the repository does not, and the tests that read
 * them then say they were skipped.
 */

import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures.js';

export const CHARTS = path.resolve(ROOT, '../shared/charts');
export const HAS_CHARTS = fs.existsSync(path.join(CHARTS, 'ingress-nginx/4.15.1/static'));
/** Appended to test names that need the charts. */
export const CHARTS_NOTE = HAS_CHARTS ? '' : ' (skipped: ../shared/charts not found)';

export type Segs = (string | number)[];

/** Every leaf of a plain value with its path (empty maps and lists are leaves). */
export function leaves(v: unknown, prefix: Segs = []): [Segs, unknown][] {
  if (Array.isArray(v)) return v.length === 0 ? [[prefix, []]] : v.flatMap((x, i) => leaves(x, [...prefix, i]));
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    return entries.length === 0 ? [[prefix, {}]] : entries.flatMap(([k, x]) => leaves(x, [...prefix, k]));
  }
  return [[prefix, v]];
}

/** The value at a path, or undefined. */
export function at(v: unknown, p: readonly (string | number)[]): unknown {
  let cur = v;
  for (const seg of p) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
