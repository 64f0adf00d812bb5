/** The pieces of the chart-values producer: Helm's typing, version constraints, positions, provenance. */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { defaultConfig } from '../../src/config/config.js';
import type { K8sObject, ManifestDocument, Path, Range } from '../../src/engine/types.js';
import { NEWEST_KNOWN } from '../../src/k8s/version.js';
import { lint } from '../../src/lint.js';
import { blockScalarMapping } from '../../src/source/block-scalar.js';
import { goFloat, goText, parseSetName, setValue, typedVal } from '../../src/values/gotext.js';
import { objectLayer, objectSpan, setLayer } from '../../src/values/layers.js';
import { readChartValues } from '../../src/values/index.js';
import { parseRequested } from '../../src/values/version.js';
import { ingressNginx } from '../../src/values/charts/ingress-nginx.js';
import { cilium } from '../../src/values/charts/cilium.js';
import { traefik } from '../../src/values/charts/traefik.js';
import { ROOT } from '../helpers/fixtures.js';

describe('Go text of values (Helm %v)', () => {
  it.each([
    [1234567, '1.234567e+06'],
    [31449600, '3.14496e+07'],
    [1000000, '1e+06'],
    [999999, '999999'],
    [12345, '12345'],
    [0.5, '0.5'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [-2500000, '-2.5e+06'],
    [1e21, '1e+21'],
    [80, '80'],
  ])('float64 %d prints as %s', (n, text) => {
    expect(goFloat(n)).toBe(text);
  });

  it('prints --set integers (int64) plainly, and collections as Go does', () => {
    expect(goText(31536000, 'set')).toBe('31536000');
    expect(goText(31536000, 'file')).toBe('3.1536e+07');
    expect(goText(true, 'file')).toBe('true');
    expect(goText(['10.0.0.0/8', '192.168.0.0/16'], 'file')).toBe('[10.0.0.0/8 192.168.0.0/16]');
    expect(goText({ b: 1, a: 'x' }, 'file')).toBe('map[a:x b:1]');
  });

  it('types --set values as typedVal does', () => {
    expect([typedVal('true'), typedVal('FALSE'), typedVal('null'), typedVal('0'), typedVal('42'), typedVal('0755'), typedVal('yes'), typedVal('1.5')]).toEqual([
      true,
      false,
      null,
      0,
      42,
      '0755',
      'yes',
      '1.5',
    ]);
    expect(setValue('{a,b}', false)).toEqual(['a', 'b']);
    expect(setValue('10.0.0.0/8\\,192.168.0.0/16', false)).toBe('10.0.0.0/8,192.168.0.0/16');
    expect(setValue('true', true)).toBe('true');
  });

  it('reads --set names with escaped dots and list indexes', () => {
    expect(parseSetName('controller.service.annotations.service\\.beta\\.kubernetes\\.io/x')).toEqual(['controller', 'service', 'annotations', 'service.beta.kubernetes.io/x']);
    expect(parseSetName('a.b[1].c')).toEqual(['a', 'b', 1, 'c']);
    expect(parseSetName('[0]')).toBeUndefined();
  });
});

describe('chart versions', () => {
  const read = (model: typeof ingressNginx, text: string | undefined): string | undefined => {
    const r = model.resolve(parseRequested(text));
    return r ? `${r.version.major}.${r.version.minor}.${r.version.patch}${r.note ? ' (note)' : ''}` : undefined;
  };

  it('reads exact versions as they are and newer ones as the newest modelled, with a note', () => {
    expect(read(ingressNginx, '4.12.0')).toBe('4.12.0');
    expect(read(ingressNginx, 'v4.15.1')).toBe('4.15.1');
    expect(read(ingressNginx, '4.16.2')).toBe('4.15.1 (note)');
    expect(read(traefik, '38.0.0')).toBeUndefined();
    expect(read(ingressNginx, '3.41.0')).toBeUndefined();
    expect(read(cilium, '1.17.3')).toBe('1.18.12 (note)');
    expect(read(cilium, '1.15.0')).toBeUndefined();
  });

  it('reads constraints as the newest modelled version they admit', () => {
    expect(read(cilium, '>=1.19.0 <1.20.0')).toBe('1.19.6 (note)');
    expect(read(cilium, '>= 1.19.0 < 1.20.0')).toBe('1.19.6 (note)');
    expect(read(traefik, '40.x')).toBe('40.3.0 (note)');
    expect(read(traefik, '^39.0.0')).toBe('39.0.9 (note)');
    expect(read(ingressNginx, '4.12.x')).toBe('4.12.0 (note)');
    expect(read(ingressNginx, '~4.11.2')).toBe('4.11.2 (note)');
    expect(read(ingressNginx, '*')).toBe('4.15.1 (note)');
    expect(read(ingressNginx, undefined)).toBe('4.15.1 (note)');
    expect(read(traefik, '>=42.0.0')).toBe('41.3.0 (note)');
    expect(read(ingressNginx, '3.x')).toBeUndefined();
  });
});

describe('positions inside a literal block scalar', () => {
  const lines = ['spec:', '  helm:', '    values: |', '      controller:', '', '        config:', '          a: "1"', '  next: x'];

  it('maps the text to the file when the block holds it', () => {
    expect(blockScalarMapping(lines, 3, 'controller:\n\n  config:\n    a: "1"\n')).toEqual({ firstLine: 4, indent: 6 });
  });

  it('refuses folded scalars and texts that are not the block', () => {
    expect(blockScalarMapping(['values: >', '  a: 1'], 1, 'a: 1\n')).toBeUndefined();
    expect(blockScalarMapping(lines, 3, 'controller: {}\n')).toBeUndefined();
  });
});

describe('provenance', () => {
  const range = (line: number): Range => ({ line, column: 5, endLine: line, endColumn: 9 });

  it('locates values in an object built by another producer through its origins (a kustomize patch line)', () => {
    const doc: ManifestDocument = {
      file: { path: 'base/release.yaml', context: false },
      index: 0,
      helmSource: undefined,
      locate: () => range(1),
      sourceText: () => undefined,
      origins: (p: Path) => (p.join('.') === 'spec.values.controller.replicaCount' ? [{ file: { path: 'overlays/prod/patch.yaml', context: false }, range: range(9), message: 'patch' }] : undefined),
    };
    const hr: K8sObject = {
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
      kind: 'HelmRelease',
      name: 'x',
      namespace: 'default',
      raw: { spec: { values: { controller: { replicaCount: 3 } } } },
      doc,
      path: [],
      partial: false,
    };
    expect(objectSpan(hr, ['spec', 'values', 'controller', 'replicaCount'])).toMatchObject({ file: { path: 'overlays/prod/patch.yaml' }, range: { line: 9 } });
    expect(objectSpan(hr, ['spec', 'values'])).toMatchObject({ file: { path: 'base/release.yaml' }, range: { line: 1 } });
    const layer = objectLayer(hr, ['spec', 'values'], 'spec.values');
    expect(layer.span(['controller', 'replicaCount'])?.file.path).toBe('overlays/prod/patch.yaml');
    expect(layer.span(['controller', 'kind'])).toBeUndefined();
  });

  it('a --set layer types its values and points at the entry that set them', () => {
    const span = { file: { path: 'helmfile.yaml', context: false }, range: range(4), message: '' };
    const layer = setLayer(
      [
        { name: 'controller.replicaCount', value: '3', forceString: false, span },
        { name: 'controller.config.use-gzip', value: 'true', forceString: true, span: { ...span, range: range(6) } },
      ],
      'set',
    );
    expect(layer.value).toEqual({ controller: { replicaCount: 3, config: { 'use-gzip': 'true' } } });
    expect(layer.span(['controller', 'config', 'use-gzip'])?.range.line).toBe(6);
    expect(layer.typing).toBe('set');
  });

  it('a rendered copy of the same release elsewhere is linted on its own: each binds to its own counterparts', () => {
    const release = `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ingress-nginx
  namespace: ingress-nginx
spec:
  chart:
    spec:
      chart: ingress-nginx
      version: 4.15.1
      sourceRef: { kind: HelmRepository, name: ingress-nginx }
  values:
    controller:
      config:
        use-forwarded-headers: "true"
        proxy-real-ip-cidr: 10.0.0.0/8
`;
    const rendered = `apiVersion: v1
kind: ConfigMap
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
data:
  use-forwarded-headers: "true"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
spec:
  selector: { matchLabels: { app: c } }
  template:
    metadata: { labels: { app: c } }
    spec:
      containers:
        - name: controller
          image: registry.k8s.io/ingress-nginx/controller:v1.15.1
          args: [/nginx-ingress-controller, --configmap=$(POD_NAMESPACE)/ingress-nginx-controller]
          env:
            - name: POD_NAMESPACE
              valueFrom: { fieldRef: { fieldPath: metadata.namespace } }
`;
    const config = { ...defaultConfig(rules, ROOT), kubeVersion: NEWEST_KNOWN };
    const r = lint({ cwd: ROOT, texts: [{ path: 'flux/release.yaml', text: release }, { path: 'rendered/ingress-nginx.yaml', text: rendered }], config });
    const spoofable = r.findings.filter((f) => f.ruleId === 'ingress-nginx-forwarded-headers-spoofable');
    // The rendered ConfigMap (no CIDR) is reported; the values (with a CIDR) are not.
    expect(spoofable.map((f) => `${f.file}:${f.line}`)).toEqual(['rendered/ingress-nginx.yaml:7']);
    expect(r.stats.releases.map((x) => x.objects.length)).toEqual([3]);
  });

  it('nothing is built for a release whose values hold template code it does not evaluate, and the stats say why', () => {
    const out = readChartValues({
      objects: [],
      files: [
        {
          file: { path: 'helmfile.yaml', context: false },
          text: 'releases:\n  - name: edge\n    chart: ingress-nginx/ingress-nginx\n    version: 4.15.1\n    values:\n      - controller:\n          config:\n            proxy-real-ip-cidr: "{{ .Values.cidr }}"\n',
        },
      ],
      cwd: ROOT,
      defaultNamespace: 'default',
      kubeVersion: NEWEST_KNOWN,
      bound: [],
      cliValues: [],
    });
    expect(out.objects).toEqual([]);
    expect(out.releases[0]?.notes.join(' ')).toMatch(/Nothing was built: controller\.config\.proxy-real-ip-cidr holds template code/);
  });

  it('an umbrella chart takes --values files over its values.yaml, under the dependency key', () => {
    const config = { ...defaultConfig(rules, ROOT), kubeVersion: NEWEST_KNOWN };
    const r = lint({ cwd: ROOT, files: ['fixtures/values/umbrella'], values: ['fixtures/values/bound/ingress-values.yaml'], config });
    // The bound file is not under `edge:`: the umbrella's own values still apply.
    expect(r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toContain('fixtures/values/umbrella/platform/values.yaml:6 ingress-nginx-forwarded-headers-spoofable');
    const over = lint({ cwd: ROOT, files: ['fixtures/values/umbrella'], values: ['test/values/data/umbrella-prod.yaml'], config });
    expect(over.findings.filter((f) => f.ruleId === 'ingress-nginx-forwarded-headers-spoofable').map((f) => `${f.file}:${f.line}`)).toEqual([]);
    expect(over.findings.filter((f) => f.ruleId === 'client-ip-lost-cluster-policy')).toEqual([]);
  });
});

describe('ingress-nginx version deltas', () => {
  const build = (version: string, values: string) =>
    readChartValues({
      objects: [],
      files: [{ file: { path: 'helmfile.yaml', context: false }, text: `releases:\n  - name: edge\n    chart: ingress-nginx/ingress-nginx\n    version: ${version}\n    values:\n      - ${values}\n` }],
      cwd: ROOT,
      defaultNamespace: 'default',
      kubeVersion: NEWEST_KNOWN,
      bound: [],
      cliValues: [],
    }).objects;

  it('up to 4.11 the ConfigMap always holds allow-snippet-annotations; from 4.12 only when true', () => {
    const data = (version: string) => build(version, '{controller: {config: {use-gzip: "true"}}}').find((o) => o.kind === 'ConfigMap')?.raw['data'];
    expect(data('4.11.3')).toEqual({ 'allow-snippet-annotations': 'false', 'use-gzip': 'true' });
    expect(data('4.12.0')).toEqual({ 'use-gzip': 'true' });
  });

  it('kind Both renders both workloads up to 4.8.2, none after; an unknown kind renders none', () => {
    const kinds = (version: string, kind: string) => build(version, `{controller: {kind: ${kind}}}`).map((o) => o.kind).filter((k) => k === 'Deployment' || k === 'DaemonSet');
    expect(kinds('4.8.2', 'Both')).toEqual(['Deployment', 'DaemonSet']);
    expect(kinds('4.8.3', 'Both')).toEqual([]);
    expect(kinds('4.15.1', 'daemonset')).toEqual([]);
  });
});


describe('umbrella dependencies on or off, as Helm decides', () => {
  // Helm's processDependencyEnabled: all on, then tags, then the first boolean condition.
  const spoofed = (chartDeps: string, values: string): string[] => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-umbrella-'));
    try {
      fs.writeFileSync(path.join(dir, 'Chart.yaml'), `apiVersion: v2\nname: platform\nversion: 1.0.0\ndependencies:\n  - name: ingress-nginx\n    version: 4.12.0\n    repository: https://kubernetes.github.io/ingress-nginx\n${chartDeps}`);
      fs.writeFileSync(path.join(dir, 'values.yaml'), `ingress-nginx:\n  controller:\n    config:\n      use-forwarded-headers: "true"\n${values}`);
      const config = { ...defaultConfig(rules, dir), kubeVersion: NEWEST_KNOWN };
      return lint({ cwd: dir, files: ['.'], config }).findings.filter((f) => f.ruleId === 'ingress-nginx-forwarded-headers-spoofable').map((f) => `${f.file}:${f.line}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };

  it('an enabled: written in Chart.yaml is overwritten by Helm: the dependency renders', () => {
    expect(spoofed('    enabled: false\n', '')).toEqual(['values.yaml:4']);
  });

  it('a false tag turns it off unless another of its tags is true', () => {
    expect(spoofed('    tags: [edge, ingress]\n', 'tags: {edge: false}\n')).toEqual([]);
    expect(spoofed('    tags: [edge, ingress]\n', 'tags: {edge: false, ingress: true}\n')).toEqual(['values.yaml:4']);
    expect(spoofed('    tags: [edge]\n', 'tags: {edge: "false"}\n')).toEqual(['values.yaml:4']);
  });

  it('the first condition path holding a boolean decides over the tags; other values are skipped', () => {
    const deps = '    tags: [edge]\n    condition: nope.enabled,ingress-nginx.enabled\n';
    expect(spoofed(deps, 'tags: {edge: false}\n')).toEqual([]);
    expect(spoofed(deps, '  enabled: true\ntags: {edge: false}\n')).toEqual(['values.yaml:4']);
    expect(spoofed(deps, '  enabled: false\n')).toEqual([]);
    expect(spoofed(deps, '  enabled: "false"\n')).toEqual(['values.yaml:4']);
    // Helm does not trim each path: " ingress-nginx.enabled" is no path at all.
    expect(spoofed('    condition: nope.enabled, ingress-nginx.enabled\n', '  enabled: false\n')).toEqual(['values.yaml:4']);
  });
});

describe("kustomize helmCharts entries, as kustomize's Helm inflation reads them", () => {
  // HelmChartInflationGenerator.go: valuesFile and valuesInline combined by valuesMerge, then additionalValuesFiles.
  const run = (entry: string, files: Record<string, string> = {}) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-helmcharts-'));
    try {
      const k = `namespace: edge\nhelmCharts:\n  - name: ingress-nginx\n    repo: https://kubernetes.github.io/ingress-nginx\n    version: 4.12.1\n${entry}`;
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), k);
      for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      }
      const config = { ...defaultConfig(rules, dir), kubeVersion: NEWEST_KNOWN };
      const r = lint({ cwd: dir, files: ['.'], config, kustomize: false });
      return {
        at: (rule: string) => r.findings.filter((f) => f.ruleId === rule).map((f) => `${f.file}:${f.line}`),
        releases: r.stats.releases,
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  const cidrFile = { 'values.yaml': 'controller:\n  config:\n    use-forwarded-headers: "true"\n    proxy-real-ip-cidr: 10.0.0.0/8\n' };
  const inline = '    valuesInline:\n      controller:\n        config:\n          use-forwarded-headers: "true"\n          proxy-real-ip-cidr: 0.0.0.0/0\n';

  it('override (the default): valuesInline wins over valuesFile', () => {
    expect(run(`    valuesFile: values.yaml\n${inline}`, cidrFile).at('ingress-nginx-forwarded-headers-spoofable')).toEqual(['kustomization.yaml:11']);
  });

  it('merge: valuesFile wins over valuesInline', () => {
    expect(run(`    valuesFile: values.yaml\n    valuesMerge: merge\n${inline}`, cidrFile).at('ingress-nginx-forwarded-headers-spoofable')).toEqual([]);
  });

  it('replace: valuesFile is not read at all, and the release says so', () => {
    const r = run(`    valuesFile: values.yaml\n    valuesMerge: replace\n`, { 'values.yaml': 'controller:\n  config:\n    use-forwarded-headers: "true"\n' });
    expect(r.at('ingress-nginx-forwarded-headers-spoofable')).toEqual([]);
    expect(r.releases[0]?.notes.join(' ')).toMatch(/valuesMerge: replace: valuesFile "values\.yaml" is not read/);
  });

  it('additionalValuesFiles come last, in order; an invalid valuesMerge fails kustomize: nothing is built', () => {
    const extra = { ...cidrFile, 'prod.yaml': 'controller:\n  config:\n    proxy-real-ip-cidr: 0.0.0.0/0\n' };
    expect(run('    valuesFile: values.yaml\n    additionalValuesFiles: [prod.yaml]\n', extra).at('ingress-nginx-forwarded-headers-spoofable')).toEqual(['prod.yaml:3']);
    expect(run('    valuesMerge: deep\n', cidrFile).releases).toEqual([]);
  });

  it('the release: releaseName else the chart name (with a note); the entry namespace, else the kustomization\'s', () => {
    const named = run('    releaseName: edge\n    namespace: ingress\n').releases[0];
    expect([named?.release, named?.namespace]).toEqual(['edge', 'ingress']);
    expect(named?.notes.join(' ')).toMatch(/namespace: edge moves the chart's objects out of its release namespace ingress/);
    const bare = run('').releases[0];
    expect([bare?.release, bare?.namespace, bare?.objects[0]]).toEqual(['ingress-nginx', 'edge', 'ConfigMap edge/ingress-nginx-controller']);
    expect(bare?.notes.join(' ')).toMatch(/No releaseName/);
  });

  it("the kustomization's patches are applied to the chart's objects: from a file, inline, by target or by name", () => {
    // A JSON6902 file that sets Local: nothing left for client-ip-lost-cluster-policy.
    const local = run('    releaseName: edge\npatches:\n  - path: etp.yaml\n    target: {kind: Service, name: edge-ingress-nginx-controller}\n', {
      'etp.yaml': '- op: add\n  path: /spec/externalTrafficPolicy\n  value: Local\n',
    });
    expect(local.at('client-ip-lost-cluster-policy')).toEqual([]);
    expect(run('    releaseName: edge\n').at('client-ip-lost-cluster-policy')).toEqual(['kustomization.yaml:3']);
    // A strategic-merge file naming the ConfigMap: what it writes is reported on its line.
    const smp = run('    releaseName: edge\npatchesStrategicMerge:\n  - config.yaml\n', {
      'config.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: edge-ingress-nginx-controller\ndata:\n  use-forwarded-headers: "true"\n',
    });
    expect(smp.at('ingress-nginx-forwarded-headers-spoofable')).toEqual(['config.yaml:6']);
    // Inline, on the patch key of the kustomization.
    const inline = run('    releaseName: edge\npatches:\n  - patch: |\n      kind: ConfigMap\n      metadata: {name: edge-ingress-nginx-controller}\n      data: {use-forwarded-headers: "true"}\n');
    expect(inline.at('ingress-nginx-forwarded-headers-spoofable')).toEqual(['kustomization.yaml:8']);
  });

  it('without repo, the chart is the directory under helmGlobals.chartHome', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-helmcharts-local-'));
    try {
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'helmGlobals:\n  chartHome: vendor\nhelmCharts:\n  - name: ingress-nginx\n    valuesInline:\n      controller:\n        config:\n          use-forwarded-headers: "true"\n');
      fs.mkdirSync(path.join(dir, 'vendor/ingress-nginx'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'vendor/ingress-nginx/Chart.yaml'), 'apiVersion: v2\nname: ingress-nginx\nversion: 4.12.1\n');
      const config = { ...defaultConfig(rules, dir), kubeVersion: NEWEST_KNOWN };
      const r = lint({ cwd: dir, files: ['.'], config, kustomize: false });
      expect(r.findings.filter((f) => f.ruleId === 'ingress-nginx-forwarded-headers-spoofable').map((f) => `${f.file}:${f.line}`)).toEqual(['kustomization.yaml:8']);
      // No chart under the default home (charts/): nothing to build.
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'helmCharts:\n  - name: ingress-nginx\n');
      expect(lint({ cwd: dir, files: ['.'], config, kustomize: false }).stats.releases).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
