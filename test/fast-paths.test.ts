/**
 * The fast paths change nothing (DESIGN.md §9): over the whole shared corpus, a run with them
 * (metadata-only reading of kinds no rule reads, the fast block-YAML parser, positions from the
 * fast probe, JSON.parse for JSON files) gives exactly the findings, positions, messages, related
 * locations and document counts of a run where every document goes through the `yaml` package.
 * And the document splitter both runs share agrees with the `yaml` package reading whole files.
 */

import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultConfig, presetLevels } from '../src/config/config.js';
import { lint } from '../src/lint.js';
import { EMPTY_DOCUMENT, fastParse } from '../src/source/fast-parse.js';
import { splitDocuments } from '../src/source/split.js';
import { parseWithYaml } from '../src/source/yaml-parse.js';
import { CORPUS, CORPUS_NOTE, corpusFiles, HAS_CORPUS } from './helpers/corpus.js';

const SUBDIRS = HAS_CORPUS ? fs.readdirSync(CORPUS).filter((d) => fs.statSync(path.join(CORPUS, d)).isDirectory()).sort() : [];

describe('fast paths over the whole corpus', () => {
  it(`cover every corpus folder${CORPUS_NOTE}`, { skip: !HAS_CORPUS }, () => {
    expect(SUBDIRS).toEqual(expect.arrayContaining(['big', 'nasty', 'realworld']));
  });

  for (const sub of SUBDIRS) {
    it(`corpus/${sub}: the same findings with and without them${CORPUS_NOTE}`, { skip: !HAS_CORPUS, timeout: 300_000 }, () => {
      const config = { ...defaultConfig(rules, CORPUS), levels: presetLevels(rules, 'all') };
      const fast = lint({ cwd: CORPUS, files: [sub], config });
      const full = lint({ cwd: CORPUS, files: [sub], config, fastPaths: false });
      expect(fast.internalErrors).toEqual([]);
      expect(full.internalErrors).toEqual([]);
      expect(fast.stats.files).toBeGreaterThan(0);
      // Every document accounted for in the same way; only the count of partly read objects differs.
      const counts = (s: typeof fast.stats) => ({ ...s, metadataOnlyObjects: 0 });
      expect(counts(fast.stats)).toEqual(counts(full.stats));
      expect(full.stats.metadataOnlyObjects).toBe(0);
      // Compare in one go (a readable diff), then prove the comparison was not vacuous.
      const strip = (r: typeof fast) => r.findings.map((f) => ({ ...f }));
      expect(strip(fast)).toEqual(strip(full));
      expect(fast.findings.length).toBe(full.findings.length);
    });
  }

  it(`the splitter and a whole-file parse see the same documents${CORPUS_NOTE}`, { skip: !HAS_CORPUS, timeout: 300_000 }, () => {
    const problems: string[] = [];
    let documents = 0;
    for (const file of corpusFiles(...SUBDIRS)) {
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const segments = splitDocuments(text);
      if (segments === 'directives') continue;
      const whole = parseWithYaml(text);
      if (whole.some((d) => d.errors.length > 0)) continue; // broken files: positions of errors are compared elsewhere
      // Each segment's value from the fast parser when it takes it (it equals the full parser's:
      // test/source/fast-parse.test.ts), else from the full parser.
      const parts = segments.flatMap((s) => {
        const v = fastParse(text, s.bodyStart, s.bodyEnd);
        if (v === EMPTY_DOCUMENT) return [];
        if (v !== undefined) return [v];
        return parseWithYaml(text, s.start, s.end).filter((d) => !d.empty).map((d) => d.value);
      });
      const values = whole.filter((d) => !d.empty).map((d) => d.value);
      documents += values.length;
      if (!isDeepStrictEqual(values, parts)) problems.push(path.relative(CORPUS, file));
    }
    expect(problems).toEqual([]);
    expect(documents).toBeGreaterThan(3000);
  });
});
