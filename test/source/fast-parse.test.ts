/**
 * The fast parser's contract: whenever it returns a value, the full parser (the `yaml` package
 * with Kubernetes scalar rules) returns the same value and no error. Checked on every document of
 * the corpus and on generated documents.
 */

import fs from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_DOCUMENT, fastParse, fastProbe, PROBE_LIMIT } from '../../src/source/fast-parse.js';
import { readYamlStream } from '../../src/source/index.js';
import { exactSpan, locateInDocument } from '../../src/source/locate.js';
import { splitDocuments } from '../../src/source/split.js';
import { parseWithYaml } from '../../src/source/yaml-parse.js';
import { CORPUS_NOTE, corpusFiles, HAS_CORPUS } from '../helpers/corpus.js';

/** Compares the fast parser with the full parser on one document; returns a problem or undefined. */
function compare(text: string, start: number, end: number, bodyStart: number, bodyEnd: number): string | undefined {
  const fast = fastParse(text, bodyStart, bodyEnd);
  if (fast === undefined) return undefined;
  const full = parseWithYaml(text, start, end);
  if (fast === EMPTY_DOCUMENT) return full.length === 0 || full.every((d) => d.empty) ? undefined : 'fast: empty, full: content';
  if (full.length !== 1) return `full parser saw ${full.length} documents`;
  const doc = full[0]!;
  if (doc.errors.length > 0) return `fast parser accepted invalid YAML: ${doc.errors.map((e) => e.code).join(', ')}`;
  return isDeepStrictEqual(fast, doc.value) ? undefined : `values differ: ${JSON.stringify(fast)} vs ${JSON.stringify(doc.value)}`;
}

function compareText(text: string): string | undefined {
  return compare(text, 0, text.length, 0, text.length);
}

/** Every path of a value (capped), plus a missing key under each mapping and an index past each sequence. */
function pathsOf(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (out.length > 300) return out;
  out.push(prefix);
  if (Array.isArray(v)) {
    v.forEach((x, i) => pathsOf(x, [...prefix, i], out));
    out.push([...prefix, v.length]);
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) pathsOf(x, [...prefix, k], out);
    out.push([...prefix, '\u0000missing']);
  }
  return out;
}

/**
 * Positions from the fast probe must equal those of the full parser (locate.ts) for every path of
 * a document the fast parser takes; the probe may decline (undefined), never differ.
 */
function compareProbe(text: string, start: number, end: number, bodyStart: number, bodyEnd: number): string[] {
  const value = fastParse(text, bodyStart, bodyEnd);
  if (value === undefined || value === EMPTY_DOCUMENT) return [];
  const full = parseWithYaml(text, start, end)[0];
  if (!full) return ['no document'];
  const problems: string[] = [];
  for (const path of pathsOf(value)) {
    const probe = fastProbe(text, bodyStart, bodyEnd, path, 0);
    if (!probe) continue;
    const [a, b] = locateInDocument(full.doc, full.text, path, 0);
    const exact = exactSpan(full.doc, path);
    const same = probe.span[0] === full.base + a && probe.span[1] === full.base + b;
    const sameValue = !probe.exact || !probe.value || (exact !== undefined && text.slice(probe.value[0], probe.value[1]) === full.text.slice(exact[0], exact[1]));
    if (!same || !sameValue) problems.push(`${JSON.stringify(path)}: probe ${JSON.stringify(text.slice(probe.span[0], probe.span[1]))}, full parser ${JSON.stringify(full.text.slice(a, b))}`);
  }
  return problems;
}

describe('fast parser', () => {
  it.skipIf(!HAS_CORPUS)(`agrees with the full parser on every corpus document${CORPUS_NOTE}`, () => {
    const problems: string[] = [];
    let accepted = 0;
    let documents = 0;
    for (const file of corpusFiles('realworld', 'nasty', 'big', 'helm')) {
      let text = fs.readFileSync(file, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const segments = splitDocuments(text);
      if (segments === 'directives') continue;
      for (const seg of segments) {
        documents++;
        if (seg.markerContent) continue;
        if (fastParse(text, seg.bodyStart, seg.bodyEnd) !== undefined) accepted++;
        const p = compare(text, seg.start, seg.end, seg.bodyStart, seg.bodyEnd);
        if (p) problems.push(`${file} @${seg.start}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
    // The fast path must carry almost all real documents, or it buys no speed.
    expect(accepted / documents).toBeGreaterThan(0.95);
  });

  it.skipIf(!HAS_CORPUS)(`locates every path of the corpus documents as the full parser does${CORPUS_NOTE}`, () => {
    const problems: string[] = [];
    for (const file of corpusFiles('realworld', 'nasty', 'helm')) {
      let text = fs.readFileSync(file, 'utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const segments = splitDocuments(text);
      if (segments === 'directives') continue;
      for (const seg of segments) {
        if (seg.markerContent) continue;
        for (const p of compareProbe(text, seg.start, seg.end, seg.bodyStart, seg.bodyEnd)) problems.push(`${file} @${seg.start} ${p}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it.each([
    ['plain scalars resolve as go-yaml v2', 'a: yes\nb: on\nc: 0755\nd: 1.30\ne: ~\nf: 12:30\ng: 0x1F\nh: 1_000\ni: .5\nj: -0b101\n'],
    ['quoted scalars and escapes', 'a: "x\\ty\\u00e9"\nb: \'it\'\'s\'\nc: "multi\n  line"\nd: \'folded\n\n  para\'\n'],
    ['block scalars', 'a: |\n  one\n  two\n\nb: >-\n  f\n  g\n\n  h\nc: |+\n  keep\n\n\nd: x\n'],
    ['compact sequences and flow', 'a:\n- x\n- k: v\n  k2: [1, {b: c}]\nb: {x: [], y: {}}\n'],
    ['comments everywhere', '# head\na: 1 # c\n  # indented comment\nb:\n  # inside\n  c: 2\n'],
    ['keys that are not strings', 'true: a\n8080: b\n1.5: c\non: d\n'],
    ['CRLF', 'a: 1\r\nb:\r\n  - x\r\n'],
  ])('%s: agrees or bails', (_name, text) => {
    expect(compareText(text)).toBeUndefined();
  });

  it('bails out on what it does not handle', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', '? complex\n: key\n', 'a:\n\tb: 1\n', 'a: 1\na: 2\n', '- - x\n', 'a: [1,\n  2]\n']) {
      expect(fastParse(text), text).toBeUndefined();
    }
  });

  it('agrees with the full parser on generated documents', () => {
    const scalar = fc.oneof(
      fc.constantFrom('yes', 'no', 'on', 'Off', 'y', 'N', 'true', 'False', '~', 'null', '0755', '0x1F', '1_000', '1e3', '.5', '-.inf', '12:30', '2024-01-02', '-', '?x', ':x', 'a:b', 'a #b', 'a# b', 'x,y', '[x]', '{x}', ''),
      fc.string({ maxLength: 12 }),
      fc.integer().map(String),
      fc.double({ noNaN: true }).map(String),
    );
    const quoted = fc.oneof(scalar.map((s) => JSON.stringify(s)), scalar.map((s) => `'${s.replace(/'/g, "''")}'`), scalar);
    const key = fc.oneof(fc.constantFrom('a', 'b', 'kind', 'on', '8080', 'x y', 'a.b/c', '"q"', "'s'"), fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/));
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        quoted.map((s) => ` ${s}`),
        fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }).map((pairs) => `\n${pairs.map(([k, v]) => `${k}:${v}`).join('\n')}`),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => `\n${items.map((v) => `-${v}`).join('\n')}`),
        fc.array(quoted, { maxLength: 3 }).map((items) => ` [${items.join(', ')}]`),
        fc.constantFrom(' |\n  line\n  two', ' >-\n  a\n  b', ' # comment', ''),
      ),
    })).node;
    const indent = (text: string, depth: number): string => text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
    const document = fc.array(fc.tuple(key, node), { minLength: 1, maxLength: 5 }).map((pairs) =>
      pairs.map(([k, v]) => `${k}:${indent(v, 1)}`).join('\n') + '\n',
    );
    let accepted = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (fastParse(text) !== undefined) accepted++;
        const p = compareText(text) ?? compareProbe(text, 0, text.length, 0, text.length)[0];
        if (p) throw new Error(`${p}\n--- input ---\n${text}`);
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise the fast path, not only its bail-outs.
    expect(accepted).toBeGreaterThan(600);
  });

  it('agrees with the full parser on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const p = compareText(text);
        if (p) throw new Error(`${p}\n--- input ---\n${JSON.stringify(text)}`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readYamlStream on a one-document text', () => {
  it('answers as the full parser does, before and after its probe limit', () => {
    const keys = Array.from({ length: PROBE_LIMIT * 3 }, (_, i) => `k${i}`);
    const text = `a:\n${keys.map((k) => `  ${k}: "${k}"\n`).join('')}b: |\n  text\n`;
    const fast = readYamlStream(text)[0];
    const slow = readYamlStream(`---\n${text}`)[0];
    expect(fast?.value).toEqual(slow?.value);
    const shift = (span: readonly [number, number] | undefined) => span && [span[0] + 4, span[1] + 4];
    for (const k of [...keys, 'missing']) {
      for (const path of [['a', k], ['a', k, 'deeper']]) {
        expect(shift(fast?.pairSpan(path)), path.join('.')).toEqual(slow?.pairSpan(path));
        expect(shift(fast?.valueSpan(path)), path.join('.')).toEqual(slow?.valueSpan(path));
        expect(shift(fast?.closestSpan(path)), path.join('.')).toEqual(slow?.closestSpan(path));
      }
    }
    expect(shift(fast?.valueSpan(['b']))).toEqual(slow?.valueSpan(['b']));
  });
});
