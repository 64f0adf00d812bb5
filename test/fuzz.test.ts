/**
 * Property tests (DESIGN.md §10): arbitrary text and mutated fixtures (byte flips, truncation,
 * indentation shifts, document splices of every fixture and sample) never throw, never make a
 * rule fail, every finding's range lies inside its file, and every output format stays valid
 * (SARIF against the schema, JSON parses, the others format). Seeded, so a run is repeatable.
 */

import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultConfig, presetLevels } from '../src/config/config.js';
import { DOCS_BASE_URL } from '../src/docs/catalog.js';
import { formatters, resultNotices } from '../src/formatters/index.js';
import { lint } from '../src/lint.js';
import { FIXTURES, ROOT } from './helpers/fixtures.js';
import { assertValidSarif } from './helpers/sarif.js';

const config = { ...defaultConfig(rules, ROOT), levels: presetLevels(rules, 'all') };

/** Lints text or bytes; no rule fails, every range lies inside the file, every output format stays valid. */
function check(input: string | Uint8Array): void {
  const result = lint({ cwd: ROOT, texts: [{ path: 'fuzz.yaml', text: input }], config });
  expect(result.internalErrors).toEqual([]);
  const text = typeof input === 'string' ? input : decodeStrict(input);
  if (text !== undefined) {
    const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // A release's values may live in another file of the repository (an Argo CD $values file).
    const linesOf = (file: string): string[] => (file === 'fuzz.yaml' ? clean : fs.readFileSync(path.join(ROOT, file), 'utf8')).split('\n');
    for (const f of result.findings) {
      for (const [file, r] of [[f.file, f] as const, ...f.related.map((x) => [x.file, x.range] as const)]) {
        const lines = linesOf(file);
        expect(r.line).toBeGreaterThanOrEqual(1);
        expect(r.line).toBeLessThanOrEqual(lines.length);
        expect(r.endLine).toBeGreaterThanOrEqual(r.line);
        expect(r.endLine).toBeLessThanOrEqual(lines.length);
        expect(r.column).toBeGreaterThanOrEqual(1);
        expect(r.column).toBeLessThanOrEqual((lines[r.line - 1]?.length ?? 0) + 1);
        expect(r.endColumn).toBeLessThanOrEqual((lines[r.endLine - 1]?.length ?? 0) + 1);
        if (r.endLine === r.line) expect(r.endColumn).toBeGreaterThanOrEqual(r.column);
      }
    }
  }
  const ctx = { rules, stats: result.stats, toolVersion: '0.0.0', color: false, notices: resultNotices(result), docsBaseUrl: DOCS_BASE_URL };
  assertValidSarif(formatters['sarif']!(result.findings, ctx));
  const json = JSON.parse(formatters['json']!(result.findings, ctx)) as { stats: { files: number; skippedFiles: number } };
  // Read, or skipped as a whole with the reason (a template throughout).
  expect(json.stats.files + json.stats.skippedFiles).toBe(1);
  for (const name of ['stylish', 'compact', 'github']) expect(typeof formatters[name]!(result.findings, { ...ctx, color: name === 'stylish' })).toBe('string');
}

/** The text of valid UTF-8 bytes; undefined for invalid ones (then a finding, not text). */
function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Every fixture and sample, by path relative to the repository. */
function allInputs(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(e.name)) out.set(path.relative(ROOT, p), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(FIXTURES);
  walk(path.join(ROOT, 'samples'));
  return out;
}

function allFixtures(): string[] {
  return [...allInputs()].filter(([rel]) => !rel.startsWith('fixtures/cli/')).map(([, text]) => text);
}

/** Mutations of a text, as the issue lists them. */
const mutations: Record<string, (text: string) => fc.Arbitrary<string | Uint8Array>> = {
  /** A few bytes XOR-ed with random values (the result may be invalid UTF-8, or hold NULs). */
  'byte flips': (text: string) =>
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const bytes = Buffer.from(text, 'utf8');
      for (const [at, mask] of flips) if (bytes.length > 0) bytes[at % bytes.length]! ^= mask;
      return new Uint8Array(bytes);
    }),
  /** Cut anywhere, even inside a multi-byte character or a CRLF. */
  truncation: (text: string) => fc.nat().map((n) => text.slice(0, n % (text.length + 1))),
  /** A run of lines moved left or right, by spaces or a tab. */
  'indentation shifts': (text: string) =>
    fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -4, max: 4 }), fc.boolean()).map(([at, count, by, tab]) => {
      const lines = text.split('\n');
      const from = at % Math.max(lines.length, 1);
      for (let i = from; i < Math.min(lines.length, from + count); i++) {
        const line = lines[i] as string;
        lines[i] = by >= 0 ? (tab ? '\t' : ' '.repeat(by)) + line : line.replace(new RegExp(`^ {0,${-by}}`), '');
      }
      return lines.join('\n');
    }),
};

describe('every fixture and sample, mutated (seeded)', () => {
  const inputs = allInputs();
  const texts = [...inputs.values()];
  const entries = [...inputs].map(([rel, text], i) => [rel, text, i] as const);
  it.each(entries)('%s: byte flips, truncation, indentation shifts, document splices', (_, text, i) => {
    for (const mutate of Object.values(mutations)) fc.assert(fc.property(mutate(text), (m) => check(m)), { numRuns: 4, seed: 1000 + i });
    // A document of this input spliced with one of another: cut both anywhere, joined by ---.
    const splice = fc.tuple(fc.nat(), fc.nat({ max: texts.length - 1 }), fc.nat(), fc.constantFrom('\n---\n', '---\n', '\n...\n---\n', '\n')).map(([a, other, b, sep]) => {
      const t = texts[other] as string;
      return text.slice(0, a % (text.length + 1)) + sep + t.slice(b % (t.length + 1));
    });
    fc.assert(fc.property(splice, (m) => check(m)), { numRuns: 4, seed: 2000 + i });
  });
});

describe('robustness', () => {
  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: 300, seed: 7 });
  });

  it('YAML-looking text', () => {
    const token = fc.constantFrom('apiVersion: v1\n', 'kind: Service\n', 'kind: ConfigMap\n', 'metadata:\n', '  name: x\n', 'spec:\n', '  type: NodePort\n',
      '  externalTrafficPolicy: Local\n', 'data:\n', '  a: yes\n', '---\n', '...\n', '- ', '  ', '[', ']', '{', '}', ': ', '"', "'", '#', '&a ', '*a', '|\n', '\t', '\r\n', '\uFEFF', '%YAML 1.1\n');
    fc.assert(fc.property(fc.array(token, { maxLength: 40 }).map((t) => t.join('')), check), { numRuns: 300, seed: 11 });
  });

  it('mutated fixtures', () => {
    const fixtures = allFixtures();
    const mutated = fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 8 })).map(([text, at, del, ins]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + ins + text.slice(i + del);
    });
    fc.assert(fc.property(mutated, check), { numRuns: 300, seed: 13 });
  });
});
