/**
 * Both views agree: a release linted from its values and from its `helm template` output gives the
 * same rule ids on the same objects, and every field the chart model builds equals the rendered
 * field. Ground truth: the nine ingress-nginx provider values → deploy.yaml pairs of chart 4.15.1
 * (../shared/charts/ingress-nginx/4.15.1/static, rendered with `--kube-version 1.22`, then
 * kustomize removed the Deployment's spec.replicas and the Helm labels).
 */

import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { defaultConfig, type ResolvedConfig } from '../../src/config/config.js';
import type { K8sObject } from '../../src/engine/types.js';
import { parseKubeVersion } from '../../src/k8s/version.js';
import { lint } from '../../src/lint.js';
import { readChartValues } from '../../src/values/index.js';
import { at, CHARTS, CHARTS_NOTE, HAS_CHARTS, leaves, type Segs } from '../helpers/charts.js';
import { ROOT } from '../helpers/fixtures.js';

const STATIC = path.join(CHARTS, 'ingress-nginx/4.15.1/static');
const PROVIDERS = ['aws', 'aws/nlb-with-tls-termination', 'baremetal', 'cloud', 'do', 'exoscale', 'kind', 'oracle', 'scw'];
const KUBE = parseKubeVersion('1.22') as NonNullable<ReturnType<typeof parseKubeVersion>>;

/** What the static manifests' generator removes after `helm template` (generate-deploy-scripts.sh, common-kustomization.yaml). */
function removedByGenerator(kind: string, p: Segs): boolean {
  const text = show(p);
  return /helm\.sh|app\.kubernetes\.io\/managed-by/.test(text) || (kind === 'Deployment' && text === 'spec.replicas');
}

function config(valuesFile?: string): ResolvedConfig {
  return {
    ...defaultConfig(rules, ROOT),
    kubeVersion: KUBE,
    namespace: 'ingress-nginx',
    values: valuesFile
      ? [{ files: [valuesFile], chart: 'ingress-nginx', version: '4.15.1', release: 'ingress-nginx', namespace: 'ingress-nginx', line: 1, column: 1, endLine: 1, endColumn: 1 }]
      : [],
  };
}

function built(valuesFile: string): K8sObject[] {
  const display = path.relative(ROOT, valuesFile);
  return readChartValues({
    objects: [],
    files: [{ file: { path: display, context: false }, text: fs.readFileSync(valuesFile, 'utf8') }],
    cwd: ROOT,
    defaultNamespace: 'ingress-nginx',
    kubeVersion: KUBE,
    bound: [{ files: [valuesFile], chart: 'ingress-nginx', version: '4.15.1', release: 'ingress-nginx', namespace: 'ingress-nginx', span: { file: { path: '.srcip-lint.yaml', context: false }, range: { line: 1, column: 1, endLine: 1, endColumn: 1 }, message: '' } }],
    cliValues: [],
  }).objects;
}

function rendered(file: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const d of parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
    const o = d.toJS() as Record<string, unknown> | null;
    if (!o || typeof o['kind'] !== 'string') continue;
    const meta = o['metadata'] as { name?: string; namespace?: string };
    out.set(`${o['kind']} ${meta.namespace ?? ''}/${meta.name ?? ''}`, o);
  }
  return out;
}

function show(p: Segs): string {
  return p.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('').slice(1);
}

function identity(o: { kind: string; namespace: string; name: string }): string {
  return `${o.kind} ${o.namespace}/${o.name}`;
}

describe('ingress-nginx 4.15.1 provider values agree with their rendered manifests', () => {
  for (const provider of PROVIDERS) {
    const valuesFile = path.join(STATIC, provider, 'values.yaml');
    const deployFile = path.join(STATIC, provider, 'deploy.yaml');

    it(`${provider}: every built field equals the rendered one${CHARTS_NOTE}`, { skip: !HAS_CHARTS }, () => {
      const objects = built(valuesFile);
      const truth = rendered(deployFile);
      expect(objects.map(identity).sort()).toEqual(
        expect.arrayContaining(['ConfigMap ingress-nginx/ingress-nginx-controller', 'Service ingress-nginx/ingress-nginx-controller']),
      );
      expect(objects.map((o) => o.kind)).toContain(provider === 'exoscale' ? 'DaemonSet' : 'Deployment');
      let compared = 0;
      for (const o of objects) {
        const r = truth.get(identity(o));
        expect(r, `${identity(o)} is rendered`).toBeDefined();
        const diffs = leaves(o.raw)
          .filter(([p]) => !removedByGenerator(o.kind, p))
          .filter(([p, v]) => JSON.stringify(at(r, p)) !== JSON.stringify(v))
          .map(([p, v]) => `${identity(o)} ${show(p)}: built ${JSON.stringify(v)}, rendered ${JSON.stringify(at(r, p))}`);
        expect(diffs).toEqual([]);
        compared += leaves(o.raw).length;
      }
      expect(compared).toBeGreaterThan(90);
    });

    it(`${provider}: the same rule ids on the same objects${CHARTS_NOTE}`, { skip: !HAS_CHARTS }, () => {
      const objects = new Set(built(valuesFile).map(identity));
      const fromValues = lint({ cwd: ROOT, files: [path.relative(ROOT, valuesFile)], config: config(valuesFile) });
      const fromRendered = lint({ cwd: ROOT, files: [path.relative(ROOT, deployFile)], config: config() });
      const ids = (findings: typeof fromValues.findings): string[] =>
        findings
          .filter((f) => f.object && objects.has(`${f.object.kind} ${f.object.namespace}/${f.object.name}`))
          .map((f) => `${f.ruleId} ${f.object?.kind} ${f.object?.name}`)
          .sort();
      expect(fromValues.internalErrors).toEqual([]);
      expect(ids(fromValues.findings)).toEqual(ids(fromRendered.findings.filter((f) => f.file.endsWith('deploy.yaml'))));
      // Each finding from values lands in the values file (or on the chart line of the binding).
      for (const f of fromValues.findings) expect([path.relative(ROOT, valuesFile), '.srcip-lint.yaml']).toContain(f.file);
    });
  }
});
