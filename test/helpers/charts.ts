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
