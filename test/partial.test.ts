/**
 * Partial views (DESIGN.md §3): a finding is reported when any of its locations lies in a linted
 * file; when its primary lies in a context file, at its first related location in a linted file,
 * with the rule's message for that side.
 *
 * The sweep below takes every fixture of every cross-object rule, and for each finding related to
 * an object in another document, lints that document alone with the rest of the fixture as
 * context (line numbers kept): the finding must be reported there, with the other side's message,
 * and point back at its own location. The tests after it check the messages of each rule.
 */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { Finding } from '../src/engine/types.js';
import { lint } from '../src/lint.js';
import { configFor, FIXTURES, fixtureFiles, readHeader, ROOT } from './helpers/fixtures.js';

const CROSS = rules.filter((r) => r.meta.crossObject);
/** Findings checked from the other side, per rule. */
const checked = new Map<string, number>();

/** The lines of the document that holds `line` (1-based), between `---` markers. */
function documentLines(lines: readonly string[], line: number): [number, number] {
  const marker = (i: number) => /^(---|\.\.\.)(\s|$)/.test(lines[i] ?? '');
  let start = line - 1;
  while (start > 0 && !marker(start - 1)) start--;
  let end = line - 1;
  while (end < lines.length - 1 && !marker(end + 1)) end++;
  return [start, end];
}

/** The text with only lines [start, end] kept (`keep`), or with them blanked; line numbers stay. */
function cut(lines: readonly string[], [start, end]: [number, number], keep: boolean): string {
  return lines.map((l, i) => (/^(---|\.\.\.)(\s|$)/.test(l) || (i >= start && i <= end) === keep ? l : '')).join('\n');
}

describe('every cross-object finding is reported from the other side', () => {
  it('the cross-object rules are the ones that relate other objects', () => {
    expect(CROSS.map((r) => r.meta.id).sort()).toEqual([
      'client-ip-lost-cluster-policy',
      'forwarded-headers-trust-all',
      'ingress-nginx-forwarded-headers-missing',
      'ingress-nginx-forwarded-headers-spoofable',
      'local-etp-nodeport-not-daemonset',
      'local-etp-unspread-workload',
      'local-itp-not-daemonset',
      'proxy-protocol-backend-mismatch',
      'proxy-protocol-not-sent',
      'proxy-protocol-unverified-backend',
    ]);
  });

  for (const rule of rules) {
    const id = rule.meta.id;
    for (const file of fixtureFiles(path.join(FIXTURES, id))) {
      it(`${id}: ${path.basename(file)}`, () => {
        const text = fs.readFileSync(file, 'utf8');
        const config = configFor(id, readHeader(text));
        const rel = path.relative(ROOT, file).split(path.sep).join('/');
        const whole = lint({ cwd: ROOT, texts: [{ path: rel, text }], config }).findings.filter((f) => f.ruleId === id);
        const lines = text.split('\n');
        for (const f of whole) {
          const own = documentLines(lines, f.line);
          const sides = f.related.filter((r) => r.object !== undefined && r.file === rel && documentLines(lines, r.range.line)[0] !== own[0]);
          if (sides.length > 0 && !rule.meta.crossObject) throw new Error(`${id} relates another object: set meta.crossObject`);
          // One run per other document: it is linted alone, the rest of the fixture is context.
          const docs = new Map<number, (typeof sides)[number]>();
          for (const r of sides) if (!docs.has(documentLines(lines, r.range.line)[0])) docs.set(documentLines(lines, r.range.line)[0], r);
          for (const r of docs.values()) {
            const doc = documentLines(lines, r.range.line);
            const linted = rel.replace(/\.(ya?ml|json)$/, '.side.yaml');
            const texts = (context: boolean) => [
              { path: linted, text: cut(lines, doc, true) },
              { path: rel, text: cut(lines, doc, false), context },
            ];
            const where = `${rel}:${f.line} (${f.messageId}) seen from ${r.range.line} (${r.object?.kind} "${r.object?.name}")`;
            // Both files linted: the model must still see the same relation (it prefers
            // counterparts in the same file, so splitting a fixture can change what it selects).
            const split = lint({ cwd: ROOT, texts: texts(false), config }).findings;
            if (!split.some((g) => g.fingerprint === f.fingerprint && g.related.some((x) => x.file === linted && x.range.line === r.range.line))) continue;
            const result = lint({ cwd: ROOT, texts: texts(true), config }).findings;
            checked.set(id, (checked.get(id) ?? 0) + 1);
            const here = result.filter((g) => g.fingerprint === f.fingerprint);
            // Reported once, at the first related location in the linted file, which names its object first.
            expect(here.map((g) => `${g.file}:${g.line}`), where).toEqual([`${linted}:${r.range.line}`]);
            const g = here[0] as Finding;
            expect(g.messageId, where).not.toBe(f.messageId);
            expect(g.summary ?? g.message, where).toContain(`"${r.object?.name}"`);
            // The old primary is the first related location, with a note written for it.
            expect(g.related[0] && [g.related[0].file, g.related[0].range.line], where).toEqual([rel, f.line]);
            expect(g.related[0]?.message, where).not.toMatch(/^The finding's own location/);
            expect(g.related.length, where).toBe(f.related.length);
          }
        }
      });
    }
  }

  it('checked each cross-object rule from the other side', () => {
    expect(CROSS.filter((r) => !checked.has(r.meta.id)).map((r) => r.meta.id)).toEqual([]);
  });
});
