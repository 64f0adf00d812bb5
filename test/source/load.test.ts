/** The source layer on the shapes real streams take: every document accounted for, exact positions. */

import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { defaultConfig } from '../../src/config/config.js';
import type { RuleLevel } from '../../src/engine/types.js';
import { lint } from '../../src/lint.js';
import { loadInputs } from '../../src/source/index.js';
import { ROOT } from '../helpers/fixtures.js';

const ALL = 'all' as const;

function load(content: string | Uint8Array, fullKinds: ReadonlySet<string> | 'all' = ALL, namespace = 'default') {
  return loadInputs([{ path: 'in.yaml', content, context: false }], { defaultNamespace: namespace, fullKinds });
}

/** Lints a text with only the given rules on. */
function lintOnly(text: string, ids: string[], path = 'in.yaml') {
  const levels = new Map<string, RuleLevel>(rules.map((r) => [r.meta.id, ids.includes(r.meta.id) ? r.meta.defaultSeverity : 'off']));
  return lint({ cwd: ROOT, texts: [{ path, text }], config: { ...defaultConfig(rules, ROOT), levels } });
}

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n  externalTrafficPolicy: Local\n';

describe('documents and objects', () => {
  it('counts documents, empty documents, objects and non-Kubernetes documents', () => {
    const r = load('# lead\n---\n---\n# only a comment\n---\na: 1\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n...\n---\n');
    expect(r.stats).toMatchObject({ documents: 2, emptyDocuments: 3, objects: 1, skippedDocuments: 1, yamlErrors: 0 });
  });

  it('reads List items as objects of their own', () => {
    const r = load('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: b}\n- just: data\n');
    expect(r.objects.map((o) => [o.kind, o.name, o.path.join('.')])).toEqual([
      ['Service', 'a', 'items.0'],
      ['ConfigMap', 'b', 'items.1'],
    ]);
  });

  it('defaults namespaces as kubectl does, and leaves cluster-scoped kinds without one', () => {
    const r = load('apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: b, namespace: prod}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: c}\n', ALL, 'team');
    expect(r.objects.map((o) => o.namespace)).toEqual(['team', 'prod', '']);
  });

  it('reads kinds no rule needs by their metadata only', () => {
    const crd = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: x.example.com\n  labels: {a: b}\nspec:\n  group: example.com\n';
    const r = load(crd, new Set(['Service']));
    expect(r.objects[0]).toMatchObject({ kind: 'CustomResourceDefinition', partial: true, name: 'x.example.com' });
    expect(r.objects[0]?.raw).toEqual({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'x.example.com', labels: { a: 'b' } } });
    expect(r.stats.metadataOnlyObjects).toBe(1);
  });

  it('keeps the Helm # Source comment of each document', () => {
    const r = load('---\n# Source: ingress-nginx/templates/controller-service.yaml\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n');
    expect(r.objects[0]?.doc.helmSource).toBe('ingress-nginx/templates/controller-service.yaml');
  });

  it('reads JSON files', () => {
    const r = load('{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "j"}, "spec": {"type": "ClusterIP", "externalTrafficPolicy": "Local"}}');
    expect(r.objects.map((o) => o.name)).toEqual(['j']);
  });

  it('resolves scalars as Kubernetes tooling does', () => {
    const r = load('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: yes\n  b: "yes"\n  c: 0755\n  d: 12:30\n  on: x\n');
    expect(r.objects[0]?.raw['data']).toEqual({ a: true, b: 'yes', c: 493, d: '12:30', true: 'x' });
  });
});

describe('bad input becomes findings, and the run goes on', () => {
  it('reports binary files', () => {
    const r = load(new Uint8Array([0x61, 0x3a, 0x00, 0x0a]));
    expect(r.problems.map((p) => p.code)).toEqual(['BINARY']);
  });

  it('reports invalid UTF-8', () => {
    const r = load(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(r.problems.map((p) => p.code)).toEqual(['INVALID_UTF8']);
  });

  it('reports alias bombs without expanding them', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) levels.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9).fill(`*${'abcdefghij'[i - 1]}`).join(',')}]`);
    const r = load(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`);
    expect(r.problems.map((p) => p.code)).toEqual(['ALIAS_BOMB']);
  });

  it('survives deep nesting and huge lines', () => {
    const deep = `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const wide = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  big: "${'x'.repeat(2_000_000)}"\n`;
    const r = loadInputs(
      [
        { path: 'deep.yaml', content: deep, context: false },
        { path: 'wide.yaml', content: wide, context: false },
      ],
      { defaultNamespace: 'default', fullKinds: ALL },
    );
    expect(r.stats.files).toBe(2);
    expect(r.objects.map((o) => o.name)).toEqual(['x']);
  });

  it('keeps reading the documents after a broken one', () => {
    const r = load(`a: [1,\n---\n${SERVICE}`);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.objects.map((o) => o.name)).toEqual(['web']);
  });
});

describe('positions', () => {
  it('are exact in CRLF files with a BOM', () => {
    const text = '\uFEFF' + SERVICE.replace(/\n/g, '\r\n');
    const f = lintOnly(text, ['service-etp-not-allowed']).findings[0];
    expect(f && [f.line, f.column, f.endLine, f.endColumn]).toEqual([7, 3, 7, 31]);
  });

  it('anchor missing fields on their nearest ancestor key, and the object root on kind', () => {
    const r = load('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    name: http\n');
    const doc = r.objects[0]!.doc;
    expect(doc.locate(['spec', 'externalTrafficPolicy'])).toMatchObject({ line: 5, column: 1, endLine: 5, endColumn: 5 });
    expect(doc.locate(['spec', 'ports', 0, 'targetPort'])).toMatchObject({ line: 7, column: 5, endColumn: 13 });
    expect(doc.locate(['nothing', 'here'])).toMatchObject({ line: 2, column: 1, endColumn: 14 });
    expect(doc.locate(['metadata', 'name'])).toMatchObject({ line: 4, column: 3, endColumn: 12 });
  });

  it('locate List items inside their List', () => {
    const r = load('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n');
    const o = r.objects[0]!;
    expect(o.doc.locate([...o.path, 'spec'], o.path.length)).toMatchObject({ line: 5, column: 3 });
  });

  it('give the source text of scalars', () => {
    const r = load('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: yes\n  b: "80"\n');
    const doc = r.objects[0]!.doc;
    expect([doc.sourceText(['data', 'a']), doc.sourceText(['data', 'b']), doc.sourceText(['data', 'c'])]).toEqual(['yes', '"80"', undefined]);
  });
});

describe('fingerprints', () => {
  it('stay the same when lines move', () => {
    const a = lintOnly(SERVICE, ['service-etp-not-allowed']).findings[0];
    const b = lintOnly(`# a comment\n# another\n${SERVICE}`, ['service-etp-not-allowed']).findings[0];
    expect(a?.line).not.toBe(b?.line);
    expect(a?.fingerprint).toBe(b?.fingerprint);
  });
});
