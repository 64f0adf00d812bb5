/**
 * The skimmer's contract (src/source/skim.ts): whenever it says a document is valid, the full
 * parser (the `yaml` package as yaml-parse.ts runs it) reads it as a mapping with no error,
 * duplicate keys included. Checked on every document of the corpus, on mutations of them, on
 * generated documents and on arbitrary text; and it must say yes often enough to be worth having.
 */

import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skimValid } from '../../src/source/skim.js';
import { splitDocuments } from '../../src/source/split.js';
import { parseWithYaml } from '../../src/source/yaml-parse.js';
import { CORPUS_NOTE, corpusFiles, HAS_CORPUS } from '../helpers/corpus.js';

/** What the full parser says of a document: 'ok' for a mapping without errors. */
function full(text: string): string {
  const docs = parseWithYaml(text).filter((d) => !d.empty);
  if (docs.length !== 1) return `${docs.length} documents`;
  const d = docs[0]!;
  if (d.errors.length > 0) return d.errors.map((e) => e.code).join(',');
  const v = d.value;
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? 'ok' : 'not a mapping';
}

/** The contract on one text; returns a problem or undefined. */
function check(text: string): string | undefined {
  if (!skimValid(text, 0, text.length)) return undefined;
  const verdict = full(text);
  return verdict === 'ok' ? undefined : `skim said valid, the full parser says ${verdict}`;
}

const CASES: [string, boolean][] = [
  ['a: b\n', true],
  ['a: b\nc:\n  d: e\n  f:\n  - g\n  - h: i\n    j: k\n', true],
  ['a:\n- b\n- c\nd: e\n', true],
  ['a: "x\\ty" # c\nb: \'it\'\'s\'\n', true],
  ['a: |\n  one\n\n  two\nb: >-\n    folded\n    text\n', true],
  ['a: plain text\n  that goes on\n  and on\nb: 1\n', true],
  ["a: 'quoted text\n  that goes on'\nb: 1\n", true],
  ['verbs: ["get", "list"]\nempty: {}\nitems: []\n', true],
  ['"quoted key": 1\nplain: 2\n', true],
  ['a: 1\na: 2\n', false], // a duplicate key
  ['a: 1\n"a": 2\n', false], // the same key, quoted
  ['a:\n  b: 1\n  c: 2\n  b: 3\n', false],
  ['a: b: c\n', false],
  ['a: b\n  c: d\n', false],
  ['a: |\n    x\n  y\n', false],
  ['a: |\n      \n    x\n', false],
  ['k: [a, , b]\n', false],
  ['a: "x\\q"\n', false],
  ["a: 'x\ny'\n", false],
  ['a:\n  b: "x\n  y"\n', false],
  ['a: b #c\n  d\n', false],
  ['a: &x 1\nb: *x\n', false], // anchors: not decided cheaply
  ['a: !!str 1\n', false],
  ['- a\n', false], // not a mapping
  ['a:\n\tb: 1\n', false],
  ['a: 1\n b: 2\n', false],
];

describe('skimmer', () => {
  it('decides the cases it should, and never says valid to what the full parser rejects', () => {
    for (const [text, valid] of CASES) {
      expect(skimValid(text, 0, text.length), JSON.stringify(text)).toBe(valid);
      if (valid) expect(full(text), JSON.stringify(text)).toBe('ok');
    }
  });

  it(`keeps its contract on every document of the corpus, and says yes to most valid ones${CORPUS_NOTE}`, { skip: !HAS_CORPUS, timeout: 120_000 }, () => {
    const problems: string[] = [];
    let valid = 0;
    let skimmed = 0;
    for (const file of corpusFiles('realworld', 'big', 'nasty', 'helm')) {
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const segments = splitDocuments(text);
      if (segments === 'directives') continue;
      for (const seg of segments) {
        const body = text.slice(seg.bodyStart, seg.bodyEnd);
        const verdict = full(body);
        if (verdict === 'ok' && /^kind:/m.test(body)) valid++;
        if (!skimValid(text, seg.bodyStart, seg.bodyEnd)) continue;
        skimmed++;
        if (verdict !== 'ok') problems.push(`${file} @${seg.bodyStart}: ${verdict}`);
      }
    }
    expect(problems).toEqual([]);
    expect(skimmed / valid).toBeGreaterThan(0.95);
  });

  it('keeps its contract on mutated manifests', () => {
    const seeds = [
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels: {app: web}\n  annotations:\n    a: "1"\nspec:\n  ports:\n  - port: 80\n    name: http\n  selector:\n    app: web\n',
      "kind: CustomResourceDefinition\nspec:\n  versions:\n  - name: v1\n    schema:\n      openAPIV3Schema:\n        description: 'A long text: with a colon\n          that continues'\n        properties:\n          spec:\n            description: plain text that\n              continues here\n            type: object\n            x-kubernetes-preserve-unknown-fields: true\n",
      'kind: ClusterRole\nrules:\n- apiGroups: [""]\n  resources: ["pods", "services"]\n  verbs:\n  - get\n  - list\n- nonResourceURLs: ["/metrics"]\n  verbs: ["get"]\n',
      'kind: ConfigMap\ndata:\n  script: |\n    #!/bin/sh\n    echo "a: b"\n\n    exit 0\n  other: >-\n    x\n    y\n',
    ];
    const mutation = fc.tuple(
      fc.constantFrom(...seeds),
      fc.array(
        fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'dup-line', 'indent', 'dedent'), fc.constantFrom(' ', ':', '#', '"', "'", '-', '\n', '\t', '|', '[', '{', '&', 'x', '\\')),
        { minLength: 1, maxLength: 4 },
      ),
    );
    let accepted = 0;
    fc.assert(
      fc.property(mutation, ([seed, edits]) => {
        let text = seed;
        for (const [at, op, ch] of edits) {
          const i = at % (text.length + 1);
          const lineStart = text.lastIndexOf('\n', i - 1) + 1;
          let lineEnd = text.indexOf('\n', i);
          if (lineEnd < 0) lineEnd = text.length;
          if (op === 'delete') text = text.slice(0, i) + text.slice(i + 1);
          else if (op === 'insert') text = text.slice(0, i) + ch + text.slice(i);
          else if (op === 'dup-line') text = text.slice(0, lineEnd) + '\n' + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
          else if (op === 'indent') text = `${text.slice(0, lineStart)} ${text.slice(lineStart)}`;
          else if (text[lineStart] === ' ') text = text.slice(0, lineStart) + text.slice(lineStart + 1);
        }
        if (skimValid(text, 0, text.length)) accepted++;
        const p = check(text);
        if (p) throw new Error(`${p}\n--- input ---\n${text}`);
      }),
      { numRuns: 4000, seed: 20261122 },
    );
    expect(accepted).toBeGreaterThan(400);
  });

  it('keeps its contract on generated documents', () => {
    const word = fc.constantFrom('a', 'b', 'kind', 'on', '-1', ':x', 'x:y', '"q"', "'s'", '`t`', '[x]', '{y}', 'a #b', 'a# b', 'a: b', '- c', '?', '|', '&x', '*y', '!z', '', 'é');
    const line = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const scalar = fc.oneof(
      line.map((l) => ` ${l}`),
      fc.tuple(line, fc.array(line, { minLength: 1, maxLength: 3 }), fc.nat(3)).map(([a, rest, extra]) => ` ${a}${rest.map((r) => `\n  ${' '.repeat(extra)}${r}`).join('')}`),
      fc.tuple(line, line, fc.constantFrom("'", '"')).map(([a, b, q]) => ` ${q}${a.replaceAll(q, q === "'" ? "''" : '\\"')}\n  ${b.replaceAll(q, q === "'" ? "''" : '\\"')}${q}`),
      fc.tuple(fc.constantFrom('|', '>-', '|+'), fc.array(fc.tuple(fc.nat(3), line), { minLength: 1, maxLength: 3 })).map(([h, ls]) => ` ${h}\n${ls.map(([i, l]) => `  ${' '.repeat(i)}${l}`).join('\n')}`),
      fc.constantFrom(' []', ' {}', ' ["a", b]', ' {a: 1}', ' # comment', ''),
    );
    const key = fc.constantFrom('a', 'b', 'c', '"a"', "'b'", 'x y', 'a.b/c', '8080');
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 3 }).map((pairs) => `\n${pairs.map(([k, v]) => `${k}:${v}`).join('\n')}`),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((items) => `\n${items.map((v) => `-${v}`).join('\n')}`),
      ),
    })).node;
    const indent = (text: string, by: string): string => text.replace(/\n/g, `\n${by}`);
    const document = fc
      .array(fc.tuple(key, node, fc.constantFrom('  ', ' ', '   ')), { minLength: 1, maxLength: 5 })
      .map((pairs) => pairs.map(([k, v, by]) => `${k}:${indent(v, by)}`).join('\n') + '\n');
    let accepted = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (skimValid(text, 0, text.length)) accepted++;
        const p = check(text);
        if (p) throw new Error(`${p}\n--- input ---\n${text}`);
      }),
      { numRuns: 4000, seed: 42 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('keeps its contract on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120, unit: fc.constantFrom('a', 'b', ':', ' ', '\n', '-', '#', '"', "'", '|', '>', '[', ']', '{', '}', ',', '\t', '\\', '&', '*', '!', '?') }), (text) => {
        const p = check(text);
        if (p) throw new Error(`${p}\n--- input ---\n${JSON.stringify(text)}`);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
});

describe('block scalars with an indentation indicator (`key: |2-`, as in Istio CRDs)', () => {
  it('keeps the contract on every header, context and content indentation up to 7', () => {
    // [text before the header's line and the header, text after the block]: keys at columns 0,
    // 2 and 4, a compact mapping in a sequence, and a sequence item (left to the full parser).
    const contexts: [string, string][] = [
      ['a: |H\n', 'b: 1\n'],
      ['a:\n  k: |H\n', '  z: 1\nb: 1\n'],
      ['a:\n- k: |H\n', '  z: 1\nb: 1\n'],
      ['a:\n  - k: |H\n', '    z: 1\n'],
      ['a:\n  - x: 1\n    k: |H\n', '    z: 1\n'],
      ['a:\n- |H\n', '- z\nb: 1\n'],
    ];
    const headers = ['1', '2', '3', '9', '2-', '-2', '+3', '3+', '2 # c', '-', ''];
    const lines = [''];
    for (let w = 0; w <= 7; w++) lines.push(`${' '.repeat(w)}\n`, `${' '.repeat(w)}x\n`);
    const problems: string[] = [];
    let said = 0;
    for (const [before, after] of contexts) {
      for (const h of headers) {
        for (const style of ['|', '>']) {
          for (const l1 of lines) {
            for (const l2 of lines) {
              for (const l3 of ['', '    y\n', '\n']) {
                const text = `${before.replace('|H', style + h)}${l1}${l2}${l3}${after}`;
                if (skimValid(text, 0, text.length)) said++;
                const problem = check(text);
                if (problem) problems.push(`${JSON.stringify(text)}: ${problem}`);
              }
            }
          }
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(said).toBeGreaterThan(30_000);
  });

  it('says yes to the Istio shape, so such CRDs are read by their metadata alone', () => {
    const text = 'a:\n  mode:\n    description: |2-\n\n\n      Valid Options: REGISTRY_ONLY, ALLOW_ANY\n    enum:\n    - REGISTRY_ONLY\n';
    expect(full(text)).toBe('ok');
    expect(skimValid(text, 0, text.length)).toBe(true);
    const shallow = 'a:\n  d: |3\n    too shallow for 2 + 3\nb: 1\n';
    expect(skimValid(shallow, 0, shallow.length)).toBe(false);
  });
});
