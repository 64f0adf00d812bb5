/**
 * Flux post-renderers: kustomize patches applied after Helm. srcip-lint applies them to the
 * objects it builds from values, reports what they write on the patch line, and reports nothing on
 * an object a patch targets in a way it cannot apply.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { defaultConfig } from '../../src/config/config.js';
import { NEWEST_KNOWN } from '../../src/k8s/version.js';
import { lint } from '../../src/lint.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-post-render-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HEAD = `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: edge
  namespace: edge
spec:
  chart:
    spec:
      chart: ingress-nginx
      version: 4.12.1
      sourceRef: {kind: HelmRepository, name: ingress-nginx}
`;

let n = 0;
function run(rest: string): { findings: string[]; notes: string[] } {
  const file = path.join(tmp, `release-${n++}.yaml`);
  fs.writeFileSync(file, HEAD + rest);
  const config = { ...defaultConfig(rules, tmp), kubeVersion: NEWEST_KNOWN };
  const r = lint({ cwd: tmp, files: [path.basename(file)], config, kustomize: false });
  return {
    findings: r.findings.filter((f) => !f.suppressed).map((f) => `${f.line}:${f.column} ${f.ruleId}`),
    notes: r.stats.releases.flatMap((x) => x.notes),
  };
}

/** A post-renderer that sets externalTrafficPolicy: Local on the Services its target (`field: value`) selects. */
function setsLocal(target: string): string {
  return `  postRenderers:
    - kustomize:
        patches:
          - target: {kind: Service, ${target}}
            patch: |
              - {op: add, path: /spec/externalTrafficPolicy, value: Local}
`;
}

describe('Flux postRenderers', () => {
  it('without them, the chart default (a Cluster LoadBalancer Service) is reported on the chart line', () => {
    expect(run('').findings).toEqual(['9:7 client-ip-lost-cluster-policy']);
  });

  it('a JSON6902 patch that sets externalTrafficPolicy: Local is applied: nothing to report', () => {
    const r = run(`  postRenderers:
    - kustomize:
        patches:
          - target: {kind: Service, name: edge-ingress-nginx-controller}
            patch: |
              - op: add
                path: /spec/externalTrafficPolicy
                value: Local
`);
    expect(r).toEqual({ findings: [], notes: [] });
  });

  it('what a strategic-merge patch writes is reported on its line inside the patch text', () => {
    const r = run(`  postRenderers:
    - kustomize:
        patches:
          - patch: |
              apiVersion: v1
              kind: Service
              metadata:
                name: edge-ingress-nginx-controller
              spec:
                externalTrafficPolicy: Local
          - patch: |
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: edge-ingress-nginx-controller
              data:
                use-forwarded-headers: "true"
`);
    expect(r.findings).toEqual(['28:17 ingress-nginx-forwarded-headers-spoofable']);
  });

  it('v2beta patchesStrategicMerge and patchesJson6902 are applied; list items merge by key', () => {
    const r = run(`  postRenderers:
    - kustomize:
        patchesStrategicMerge:
          - apiVersion: v1
            kind: Service
            metadata: {name: edge-ingress-nginx-controller}
            spec:
              ports:
                - {name: http, nodePort: 30080}
        patchesJson6902:
          - target: {kind: Service, name: edge-ingress-nginx-controller}
            patch:
              - {op: add, path: /spec/externalTrafficPolicy, value: Local}
`);
    // The port merged by name keeps its port (a replaced list would lose it: a k8s-schema error),
    // and Local leaves nothing for client-ip-lost-cluster-policy.
    expect(r.findings).toEqual([]);
  });

  it('a target by label selector applies to the objects it selects, set-based terms included', () => {
    const patch = (selector: string) => setsLocal(`labelSelector: "${selector}"`);
    expect(run(patch('app.kubernetes.io/component=controller')).findings).toEqual([]);
    expect(run(patch('app.kubernetes.io/component=webhook')).findings).toEqual(['9:7 client-ip-lost-cluster-policy']);
    expect(run(patch('app.kubernetes.io/component in (controller, webhook)')).findings).toEqual([]);
    expect(run(patch('app.kubernetes.io/component notin (controller)')).findings).toEqual(['9:7 client-ip-lost-cluster-policy']);
  });

  it("a target name is kustomize's anchored pattern; one it does not evaluate makes the object uncertain", () => {
    const patch = (name: string) => setsLocal(`name: "${name}"`);
    expect(run(patch('edge-.*-controller')).findings).toEqual([]);
    expect(run(patch('edge')).findings).toEqual(['9:7 client-ip-lost-cluster-policy']);
    for (const risky of ['(a+)+$', 'edge-[a-z]+', '.*.*.*.*.*x']) {
      const r = run(patch(risky));
      expect(r.findings, risky).toEqual([]);
      expect(r.notes.join(' '), risky).toMatch(/Patches applied after Helm change Service edge-ingress-nginx-controller in a way srcip-lint does not apply/);
    }
  });

  it('a patch it cannot apply (copy, a missing path, a $patch directive) makes the object uncertain, not wrong', () => {
    for (const ops of ['- {op: copy, from: /spec/type, path: /spec/x}', '- {op: replace, path: /spec/nothing/here, value: 1}']) {
      const r = run(`  postRenderers:
    - kustomize:
        patches:
          - target: {kind: Service}
            patch: |
              ${ops}
`);
      expect(r.findings, ops).toEqual([]);
      expect(r.notes.join(' '), ops).toMatch(/does not apply/);
    }
  });
});
