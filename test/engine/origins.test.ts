/**
 * The engine's contract with producers that build objects from other sources (kustomize builds,
 * chart values): a document's `origins(path)` decides where a finding lands and what is related.
 */

import { describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/rule.js';
import { reportInView } from '../../src/engine/partial.js';
import { runRules } from '../../src/engine/run.js';
import type { K8sObject, KubeVersion, ManifestDocument, Path, Range, SourceSpan } from '../../src/engine/types.js';
import { parseKubeVersion } from '../../src/k8s/version.js';
import { Model } from '../../src/model/model.js';

const at = (line: number): Range => ({ line, column: 3, endLine: line, endColumn: 10 });
const base = { path: 'base/service.yaml', context: false };
const patch = { path: 'overlays/prod/etp.yaml', context: false };

function builtDoc(origins: (path: Path) => SourceSpan[] | undefined): ManifestDocument {
  return {
    file: { path: 'overlays/prod/kustomization.yaml', context: false },
    index: 0,
    helmSource: undefined,
    locate: () => at(1),
    sourceText: () => undefined,
    origins,
  };
}

function object(doc: ManifestDocument, name: string): K8sObject {
  return { apiVersion: 'v1', kind: 'Service', name, namespace: 'default', raw: {}, doc, path: [], partial: false };
}

const rule = defineRule({
  meta: {
    id: 'probe',
    description: 'Probe.',
    rationale: 'Probe.',
    remediation: 'Probe.',
    category: 'validity',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'high',
    appliesTo: ['Service'],
    messages: { hit: 'Hit {{name}}.' },
    defaultOptions: {},
  },
  *check(o) {
    if (o.name === 'web') yield { messageId: 'hit', path: ['spec', 'externalTrafficPolicy'], data: { name: o.name }, related: [{ object: relatedTo, path: ['spec', 'replicas'], message: 'Other.' }] };
  },
});

const web = object(
  builtDoc((p) =>
    p.join('.') === 'spec.externalTrafficPolicy'
      ? [
          { file: patch, range: at(7), message: 'unused: the primary' },
          { file: base, range: at(12), message: 'The base sets it first.' },
        ]
      : undefined,
  ),
  'web',
);
const other = object(builtDoc((p) => (p.join('.') === 'spec.replicas' ? [{ file: base, range: at(30), message: 'x' }] : undefined)), 'other');
/** The object the probe relates its finding to. */
let relatedTo = other;

function run(objects: K8sObject[]) {
  return runRules(
    { rules: [rule], levels: new Map([['probe', 'error']]), options: new Map(), kubeVersion: parseKubeVersion('1.33') as KubeVersion },
    { objects, model: new Model(objects), syntax: [], directives: [] },
  );
}

describe('origins', () => {
  it('reports at the first origin, relates the other contributors, and locates related objects at their origin', () => {
    const [f, ...rest] = run([web, other]).findings;
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ file: 'overlays/prod/etp.yaml', line: 7, message: 'Hit web.' });
    expect(f?.related.map((r) => [r.file, r.range.line, r.message])).toEqual([
      ['base/service.yaml', 12, 'The base sets it first.'],
      ['base/service.yaml', 30, 'Other.'],
    ]);
  });

  it('falls back to the document when a path has no origin', () => {
    const doc = builtDoc(() => undefined);
    const [f] = run([object(doc, 'web'), other]).findings;
    expect(f).toMatchObject({ file: 'overlays/prod/kustomization.yaml', line: 1 });
  });
});

describe('origins in partial views', () => {
  const ctx = (file: { path: string }) => ({ ...file, context: true });
  const contextPatch = object(
    builtDoc((p) =>
      p.join('.') === 'spec.externalTrafficPolicy'
        ? [
            { file: ctx(patch), range: at(7), message: 'The patch sets it last.' },
            { file: base, range: at(12), message: 'The base sets it first.' },
          ]
        : undefined,
    ),
    'web',
  );

  it('reports at the first contributor in a linted file, with the same message; the other contributor is related', () => {
    const findings = reportInView(run([contextPatch, other]).findings, (f) => f === base.path);
    expect(findings.map((f) => [f.file, f.line, f.message])).toEqual([['base/service.yaml', 12, 'Hit web.']]);
    expect(findings[0]?.related.map((r) => [r.file, r.range.line, r.message])).toEqual([
      ['overlays/prod/etp.yaml', 7, 'The patch sets it last.'],
      ['base/service.yaml', 30, 'Other.'],
    ]);
    expect(findings[0]?.related.some((r) => 'view' in r)).toBe(false);
    expect('view' in (findings[0] as object)).toBe(false);
  });

  it('a contributor in a file the producer marks as linted counts even when the run did not list it', () => {
    const findings = reportInView(run([contextPatch, other]).findings, () => false);
    expect(findings.map((f) => [f.file, f.line])).toEqual([['base/service.yaml', 12]]);
  });

  it('drops the finding when every contributor lies in context', () => {
    const web2 = object(builtDoc(() => [{ file: ctx(patch), range: at(7), message: 'x' }]), 'web');
    relatedTo = object(builtDoc(() => [{ file: ctx(base), range: at(30), message: 'x' }]), 'other');
    try {
      const findings = run([web2, relatedTo]).findings;
      expect(findings).toHaveLength(1);
      expect(reportInView(findings, () => false)).toEqual([]);
      expect(reportInView(findings, (f) => f === base.path).map((f) => [f.file, f.line])).toEqual([['base/service.yaml', 30]]);
    } finally {
      relatedTo = other;
    }
  });
});
