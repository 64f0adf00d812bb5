/**
 * Helm (DESIGN.md §2): findings in `helm template` output are reported at the chart template
 * line that wrote them, with the values line that set them as a related location, when the
 * chart is on disk; otherwise, or when the line cannot be decided, at the rendered line with the
 * reason. Fixture charts: fixtures/helm/ (rendered by hand the way `helm template` writes them);
 * the real ingress-nginx chart: ../shared/corpus/helm/ingress-nginx-2020.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Result } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { defaultConfig } from '../src/config/config.js';
import { DOCS_BASE_URL } from '../src/docs/catalog.js';
import { defineRule } from '../src/engine/rule.js';
import type { Finding, Path, PathSegment } from '../src/engine/types.js';
import { formatters } from '../src/formatters/index.js';
import type { FormatContext } from '../src/formatters/types.js';
import { mapPath, parseSource, parseTemplate, type TemplateHit } from '../src/helm/index.js';
import { ValuesFiles } from '../src/helm/values.js';
import { lint, type LintResult } from '../src/lint.js';
import { emptyStats, loadInput, type LoadResult } from '../src/source/index.js';
import { runCli } from './helpers/cli.js';
import { CORPUS, CORPUS_NOTE, HAS_CORPUS } from './helpers/corpus.js';
import { FIXTURES, ROOT } from './helpers/fixtures.js';
import { assertValidSarif, multitoolErrors } from './helpers/sarif.js';

const HELM = path.join(FIXTURES, 'helm');
const INGRESS = path.join(CORPUS, 'helm/ingress-nginx-2020');

function run(cwd: string, files: string[], options: { chartDirs?: string[]; values?: string[]; texts?: { path: string; text: string }[] } = {}): LintResult {
  return lint({ cwd, files, config: defaultConfig(rules, cwd), ...options });
}

function only(result: LintResult, ruleId: string): Finding {
  const found = result.findings.filter((f) => f.ruleId === ruleId);
  expect(found.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toHaveLength(1);
  return found[0] as Finding;
}

const at = (f: { file: string; line: number; column: number }): string => `${f.file}:${f.line}:${f.column}`;
const rel = (r: { file: string; range: { line: number; column: number } }): string => `${r.file}:${r.range.line}:${r.range.column}`;

function context(result: LintResult): FormatContext {
  return { rules, stats: result.stats, toolVersion: '0.1.0', color: false, notices: [], docsBaseUrl: DOCS_BASE_URL };
}

describe('fixture chart edge, rendered with --values prod.yaml --values override.yaml', () => {
  let result: LintResult;
  beforeAll(() => {
    result = run(HELM, ['rendered/edge.yaml'], { values: ['values/prod.yaml', 'values/override.yaml'] });
  });

  it('nested with and toYaml: the annotation is reported at the toYaml line, its values key as related', () => {
    const f = only(result, 'proxy-protocol-invalid-annotation-value');
    expect(at(f)).toBe('edge/templates/controller-service.yaml:10:5');
    expect({ line: f.line, endLine: f.endLine, endColumn: f.endColumn }).toEqual({ line: 10, endLine: 10, endColumn: 32 });
    expect(f.helm).toMatchObject({ mapped: true, via: 'block', block: 'toYaml . | nindent 4', chart: 'edge' });
    expect(f.helm?.values).toEqual(['service.annotations["service.beta.kubernetes.io/aws-load-balancer-proxy-protocol"]']);
    expect(rel(f.related[0]!)).toBe('values/prod.yaml:5:5');
    expect(f.related[0]?.message).toContain('service.annotations["service.beta.kubernetes.io/aws-load-balancer-proxy-protocol"]');
    expect(f.rendered).toEqual({ file: 'rendered/edge.yaml', range: { line: 35, column: 5, endLine: 35, endColumn: 72 }, inRepository: true });
  });

  it('a key read through `with`: the values line of the last --values file that sets it', () => {
    const f = only(result, 'client-ip-lost-cluster-policy');
    expect(at(f)).toBe('edge/templates/controller-service.yaml:13:3');
    expect(f.helm).toMatchObject({ via: 'key', values: ['service.type'] });
    expect(f.related.map(rel)).toEqual(['values/override.yaml:3:3', 'edge/templates/controller-deployment.yaml:19:11']);
    // The related Deployment moved to its template line too, keeping its rendered position; its line
    // names its key, so no values line follows it.
    expect(f.related[1]?.rendered).toMatchObject({ file: 'rendered/edge.yaml', range: { line: 82 } });
  });

  it('range over a map: the `{{ $key }}:` line, and the entry of the map in values', () => {
    const f = only(result, 'ingress-nginx-forwarded-headers-spoofable');
    expect(at(f)).toBe('edge/templates/controller-configmap.yaml:9:3');
    expect(f.helm).toMatchObject({ via: 'key', values: ['controller.config.use-forwarded-headers'] });
    expect(rel(f.related[0]!)).toBe('values/prod.yaml:8:5');
  });

  it("subchart: the subchart's template, and the parent's values.yaml key that overrides the subchart's default", () => {
    const f = only(result, 'service-etp-not-allowed');
    expect(at(f)).toBe('edge/charts/proxy/templates/service.yaml:7:3');
    expect(f.helmSource).toBe('edge/charts/proxy/templates/service.yaml');
    expect(f.helm).toMatchObject({ chart: 'edge/charts/proxy', values: ['externalTrafficPolicy'] });
    expect(rel(f.related[0]!)).toBe('edge/values.yaml:20:3');
    expect(f.related[0]?.message).toBe('Helm value proxy.externalTrafficPolicy is set here.');
  });

  it('the same key in two branches that could both have written it: the rendered line, and why', () => {
    const f = only(result, 'local-itp-not-daemonset');
    expect(at(f)).toBe('rendered/edge.yaml:55:3');
    expect(f.rendered).toBeUndefined();
    expect(f.helm?.mapped).toBe(false);
    expect(f.helm?.reason).toMatch(/^spec\.internalTrafficPolicy: it may be written by lines 9 and 11 of the template/);
    expect(f.related.map(rel)).toEqual(['rendered/edge.yaml:64:1']);
  });
});

describe('paths the rules do not report on the fixture chart (a probe rule reports them)', () => {
  const PROBES: Record<string, Path[]> = {
    'Service/edge-controller': [
      ['spec', 'ports', 1, 'port'],
      ['metadata', 'labels', 'app.kubernetes.io/instance'],
    ],
    'Deployment/edge-controller': [
      ['spec', 'replicas'],
      ['spec', 'template', 'spec', 'containers', 0, 'args', 1],
      ['spec', 'template', 'spec', 'affinity', 'podAntiAffinity'],
    ],
    'ConfigMap/edge-controller': [['data']],
  };
  const probe = defineRule({
    meta: {
      id: 'probe',
      description: 'Reports the paths a test chooses.',
      rationale: 'A harness for the Helm post-pass.',
      remediation: 'None.',
      category: 'validity',
      defaultSeverity: 'warning',
      recommended: true,
      precision: 'high',
      appliesTo: ['Service', 'Deployment', 'ConfigMap'],
      messages: { at: 'Probe at {{path}}.' },
      defaultOptions: {},
    },
    *check(object) {
      for (const p of PROBES[`${object.kind}/${object.name}`] ?? []) yield { messageId: 'at' as const, path: p, data: { path: p.join('.') } };
    },
  });
  let byPath: Map<string, Finding>;
  beforeAll(() => {
    const result = lint({ cwd: HELM, files: ['rendered/edge.yaml'], values: ['values/prod.yaml', 'values/override.yaml'], rules: [probe], config: defaultConfig([probe], HELM) });
    byPath = new Map(result.findings.map((f) => [`${f.object?.kind}/${f.path.join('.')}`, f]));
    expect(result.findings).toHaveLength(6);
  });

  it('an item of a range over a map: its `name: {{ $name }}` says which entry, and the values line is that entry', () => {
    const f = byPath.get('Service/spec.ports.1.port')!;
    expect(at(f)).toBe('edge/templates/controller-service.yaml:20:7');
    expect(f.helm?.values).toEqual(['service.ports.https']);
    expect(f.related.map(rel)).toEqual(['edge/values.yaml:13:5']);
  });

  it('a key written by include: the include line, with no values line', () => {
    const f = byPath.get('Service/metadata.labels.app.kubernetes.io/instance')!;
    expect(at(f)).toBe('edge/templates/controller-service.yaml:7:5');
    expect(f.helm).toMatchObject({ via: 'block', block: 'include "edge.labels" $ | nindent 4', values: [] });
    expect(f.related).toEqual([]);
  });

  it("a value from the chart's values.yaml when no --values file sets it", () => {
    const f = byPath.get('Deployment/spec.replicas')!;
    expect(at(f)).toBe('edge/templates/controller-deployment.yaml:8:3');
    expect(f.related.map(rel)).toEqual(['edge/values.yaml:3:3']);
  });

  it('a list item among fixed items and a range over empty values', () => {
    expect(at(byPath.get('Deployment/spec.template.spec.containers.0.args.1')!)).toBe('edge/templates/controller-deployment.yaml:22:13');
  });

  it('a missing key deep in the pod template, and a container key', () => {
    const f = byPath.get('Deployment/spec.template.spec.affinity.podAntiAffinity')!;
    expect(at(f)).toBe('edge/templates/controller-deployment.yaml:16:5');
    expect(f.helm?.via).toBe('ancestor');
    expect(at(byPath.get('ConfigMap/data')!)).toBe('edge/templates/controller-configmap.yaml:7:1');
  });
});

describe('fixture chart edge, rendered with --values lowercase.yaml', () => {
  let result: LintResult;
  beforeAll(() => {
    result = run(HELM, ['rendered/edge-lowercase.yaml'], { values: ['values/lowercase.yaml'] });
  });

  it('of two branches writing the same key, the one whose literal differs from the rendered value is ruled out', () => {
    const f = only(result, 'service-traffic-policy-invalid-value');
    expect(at(f)).toBe('edge/templates/internal-service.yaml:11:3');
    expect(f.related.map(rel)).toEqual(['values/lowercase.yaml:3:3']);
  });

  it('a key missing entirely maps to the template line of its nearest existing ancestor', () => {
    const f = only(result, 'proxy-protocol-not-sent');
    expect(f.path).toEqual(['metadata', 'annotations']);
    expect(at(f)).toBe('edge/templates/controller-service.yaml:4:1');
    expect(f.helm?.via).toBe('ancestor');
    // The related ConfigMap key is written by a `{{ $key }}:` line: its values line follows it.
    // Then the controller that reads the ConfigMap (where the finding lands when only it is linted).
    expect(f.related.map(rel)).toEqual(['edge/templates/controller-configmap.yaml:9:3', 'values/lowercase.yaml:8:5', 'edge/templates/controller-deployment.yaml:19:11']);
  });
});

describe('charts that changed, or are not on disk', () => {
  let result: LintResult;
  beforeAll(() => {
    result = run(HELM, ['rendered/stale.yaml']);
  });

  it('an unreadable template keeps the rendered location and says why', () => {
    const f = result.findings.find((x) => x.helmSource === 'stale/templates/service.yaml');
    expect(f && at(f)).toBe('rendered/stale.yaml:9:3');
    expect(f?.helm).toEqual({ source: 'stale/templates/service.yaml', mapped: false, chart: 'stale', reason: 'the template cannot be read: line 6: {{ without }}' });
  });

  it('a template that no longer writes the object keeps the rendered location', () => {
    const f = result.findings.find((x) => x.helmSource === 'stale/templates/moved.yaml');
    expect(f && at(f)).toBe('rendered/stale.yaml:18:3');
    expect(f?.helm?.reason).toMatch(/^the template writes no Service/);
  });

  it('a chart not on disk: rendered location, and stylish says nothing more than before', () => {
    const f = result.findings.find((x) => x.helmSource === 'gone/templates/service.yaml');
    expect(f && at(f)).toBe('rendered/stale.yaml:27:3');
    expect(f?.helm).toMatchObject({ mapped: false, reason: expect.stringMatching(/^chart "gone" not found/) as unknown });
    expect(f?.helm?.chart).toBeUndefined();
    const out = formatters['stylish']!([f!], context(result));
    expect(out).toContain('rendered from gone/templates/service.yaml\n');
    expect(out).not.toContain('not traced');
  });
});

describe('the real ingress-nginx chart', () => {
  const rendered = (name: string): string => `rendered/deploy__static__provider__${name}.yaml`;

  it.skipIf(!HAS_CORPUS)(`AWS TLS termination: the placeholder proxy-real-ip-cidr lands on the toYaml line of the controller ConfigMap and the values line${CORPUS_NOTE}`, () => {
    const result = run(INGRESS, [rendered('aws__deploy-tls-termination')], { chartDirs: ['chart'], values: ['values/aws-tls-termination-values.yaml'] });
    const f = only(result, 'ingress-nginx-forwarded-headers-spoofable');
    expect(at(f)).toBe('chart/ingress-nginx/templates/controller-configmap.yaml:19:3');
    expect(f.helm).toMatchObject({ via: 'block', block: 'toYaml .Values.controller.config | nindent 2', values: ['controller.config.proxy-real-ip-cidr'] });
    expect(f.rendered?.range.line).toBe(44);
    expect(f.related.map(rel)).toEqual([
      'values/aws-tls-termination-values.yaml:32:5',
      'chart/ingress-nginx/templates/controller-configmap.yaml:19:3',
      'values/aws-tls-termination-values.yaml:33:5',
      // The controller that reads the ConfigMap, at its template line.
      'chart/ingress-nginx/templates/controller-deployment.yaml:59:11',
    ]);
    expect(f.related[2]?.message).toMatch(/use-forwarded-headers.*\(Helm value controller\.config\.use-forwarded-headers is set here\)\.$/);
  });

  it.skipIf(!HAS_CORPUS)(`bare metal: the NodePort Service lands on \`type:\` of controller-service.yaml and the values line that made it a NodePort${CORPUS_NOTE}`, () => {
    const result = run(INGRESS, [rendered('baremetal__deploy')], { chartDirs: ['chart'], values: ['values/baremetal-values.yaml'] });
    const f = only(result, 'client-ip-lost-cluster-policy');
    expect(at(f)).toBe('chart/ingress-nginx/templates/controller-service.yaml:16:3');
    expect(f.related.map(rel)).toEqual(['values/baremetal-values.yaml:3:5', 'chart/ingress-nginx/templates/controller-deployment.yaml:54:11']);
  });

  it.skipIf(!HAS_CORPUS)(`without the values it was rendered with, no values line is named: the chart default (LoadBalancer) did not render NodePort${CORPUS_NOTE}`, () => {
    const result = run(INGRESS, [rendered('baremetal__deploy')], { chartDirs: ['chart/ingress-nginx'] });
    const f = only(result, 'client-ip-lost-cluster-policy');
    expect(at(f)).toBe('chart/ingress-nginx/templates/controller-service.yaml:16:3');
    expect(f.helm?.values).toEqual(['controller.service.type']);
    expect(f.related.map(rel)).toEqual(['chart/ingress-nginx/templates/controller-deployment.yaml:54:11']);
  });

  it.skipIf(!HAS_CORPUS)(`tracing changes no verdict: the same findings, fingerprints and suppressions with and without the chart${CORPUS_NOTE}`, () => {
    const names = ['aws__deploy', 'aws__deploy-tls-termination', 'baremetal__deploy', 'cloud__deploy'];
    const plain = run(INGRESS, names.map(rendered));
    const traced = run(INGRESS, names.map(rendered), { chartDirs: ['chart'] });
    const key = (f: Finding): string => `${f.fingerprint} ${f.severity} ${f.message} ${JSON.stringify(f.suppressed ?? null)}`;
    expect(traced.findings.map(key).sort()).toEqual(plain.findings.map(key).sort());
    expect(traced.stats).toEqual(plain.stats);
    expect(plain.findings.every((f) => f.helm?.mapped === false && /chart "ingress-nginx" not found/.test(f.helm.reason ?? ''))).toBe(true);
    expect(traced.findings.filter((f) => f.helm?.mapped).length).toBe(traced.findings.length);
  });

  it.skipIf(!HAS_CORPUS)(`every path of every rendered object maps to a line that writes it, or to none with a reason; values it names agree with the rendering${CORPUS_NOTE}`,
    () => {
      const chart = path.join(INGRESS, 'chart/ingress-nginx');
      const pairs: [string, string][] = [
        ['aws__deploy', 'aws-values.yaml'],
        ['aws__deploy-tls-termination', 'aws-tls-termination-values.yaml'],
        ['baremetal__deploy', 'baremetal-values.yaml'],
        ['cloud__deploy', 'cloud-values.yaml'],
      ];
      let mapped = 0;
      const unmapped = new Set<string>();
      for (const [name, values] of pairs) {
        const chain = new ValuesFiles([path.join(INGRESS, 'values', values)], (a) => a).chain([{ name: 'ingress-nginx', dir: chart }]);
        const out: LoadResult = { files: [], objects: [], problems: [], stats: emptyStats() };
        loadInput({ path: name, content: fs.readFileSync(path.join(INGRESS, rendered(name))), context: false }, { defaultNamespace: 'default', fullKinds: 'all' }, out);
        for (const o of out.objects) {
          if (o.doc.helmSource === undefined) continue;
          const template = parseTemplate(fs.readFileSync(path.join(chart, o.doc.helmSource.replace(/^ingress-nginx\//, '')), 'utf8'));
          expect(template.error).toBeUndefined();
          for (const p of allPaths(o.raw)) {
            const r = mapPath({ template, root: o.raw, path: p, valuesAt: (q) => chain.at(q) });
            if (!r.ok) {
              unmapped.add(`${p.join('.')}: ${r.reason.replace(/^[^:]*: /, '')}`);
              continue;
            }
            mapped++;
            const line = template.lines[r.hit.line - 1] as string;
            expect(writes(line, r.hit, p), `${name} ${o.kind}/${o.name} ${p.join('.')} → line ${r.hit.line}: ${line}`).toBe(true);
            // A line that is `key: {{ .Values.x }}` rendered the merged value of x.
            const direct = /^\s*[^\s:-][^:]*:\s*\{\{-?\s*\.Values((?:\.[A-Za-z0-9_]+)+)\s*-?\}\}\s*$/.exec(line);
            if (direct && r.hit.via === 'key') {
              const known = chain.at((direct[1] as string).split('.').slice(1));
              if (known?.set) expect(String(known.value), `${p.join('.')} (line ${r.hit.line})`).toBe(String(dig(o.raw, p)));
            }
          }
        }
      }
      expect(mapped).toBeGreaterThan(2000);
      // The static manifests were given a namespace after rendering: no template line writes it.
      expect([...unmapped]).toEqual(['metadata.namespace: no line of the template writes it (the chart on disk may differ from the one that rendered this)']);
    },
  );
});

describe('changed renderings of the real chart', () => {
  it.skipIf(!HAS_CORPUS)(`keys deleted, renamed or added, values changed, items dropped or repeated: a mapped path always lands on a line that writes it${CORPUS_NOTE}`, () => {
    const chart = path.join(INGRESS, 'chart/ingress-nginx');
    const objects: { raw: unknown; template: ReturnType<typeof parseTemplate> }[] = [];
    for (const name of fs.readdirSync(path.join(INGRESS, 'rendered')).sort()) {
      const out: LoadResult = { files: [], objects: [], problems: [], stats: emptyStats() };
      loadInput({ path: name, content: fs.readFileSync(path.join(INGRESS, 'rendered', name)), context: false }, { defaultNamespace: 'default', fullKinds: 'all' }, out);
      for (const o of out.objects) {
        if (o.doc.helmSource === undefined) continue;
        objects.push({ raw: o.raw, template: parseTemplate(fs.readFileSync(path.join(chart, o.doc.helmSource.replace(/^ingress-nginx\//, '')), 'utf8')) });
      }
    }
    let mapped = 0;
    fc.assert(
      fc.property(fc.nat({ max: objects.length - 1 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), (i, picks) => {
        const { raw, template } = objects[i] as (typeof objects)[number];
        const changed = mutate(raw, picks);
        for (const p of allPaths(changed)) {
          const r = mapPath({ template, root: changed, path: p });
          if (!r.ok) continue;
          mapped++;
          expect(writes(template.lines[r.hit.line - 1] as string, r.hit, p), `${p.join('.')} → line ${r.hit.line}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(mapped).toBeGreaterThan(1000);
  });
});

describe('outputs', () => {
  let result: LintResult;
  beforeAll(() => {
    result = run(HELM, ['rendered/edge.yaml', 'rendered/stale.yaml'], { values: ['values/prod.yaml', 'values/override.yaml'] });
  });

  it('SARIF: the template is the primary location; values and rendered positions are related; it passes the schema', () => {
    const log = assertValidSarif(formatters['sarif']!(result.findings, context(result)));
    const results = log.runs[0]!.results!;
    const byRule = (id: string): Result => results.find((r) => r.ruleId === id)!;
    const annotation = byRule('proxy-protocol-invalid-annotation-value');
    expect(annotation.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'edge/templates/controller-service.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 10, startColumn: 5, endLine: 10, endColumn: 32 },
    });
    const related = annotation.relatedLocations!.map((r) => `${r.physicalLocation?.artifactLocation?.uri}:${r.physicalLocation?.region?.startLine}`);
    expect(related).toEqual(['values/prod.yaml:5', 'rendered/edge.yaml:35']);
    expect(annotation.relatedLocations![1]?.message?.text).toBe('Rendered by Helm here, from edge/templates/controller-service.yaml.');
    expect(annotation.properties?.['helm']).toMatchObject({ mapped: true, via: 'block' });
    const ambiguous = byRule('local-itp-not-daemonset');
    expect(ambiguous.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('rendered/edge.yaml');
    expect((ambiguous.properties?.['helm'] as { reason: string }).reason).toMatch(/lines 9 and 11/);
    expect(JSON.stringify(log)).not.toContain(ROOT);
  });

  it("SARIF with template locations passes the multitool's GitHub rules", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-helm-sarif-'));
    try {
      const files = [path.join(dir, 'fixtures.sarif')];
      fs.writeFileSync(files[0] as string, formatters['sarif']!(result.findings, context(result)));
      if (HAS_CORPUS) {
        const corpus = run(INGRESS, ['rendered/deploy__static__provider__aws__deploy-tls-termination.yaml', 'rendered/deploy__static__provider__baremetal__deploy.yaml'], {
          chartDirs: ['chart'],
          values: ['values/aws-tls-termination-values.yaml'],
        });
        expect(corpus.findings.filter((f) => f.helm?.mapped).length).toBe(2);
        files.push(path.join(dir, 'ingress-nginx.sarif'));
        fs.writeFileSync(files[1] as string, formatters['sarif']!(corpus.findings, context(corpus)));
      }
      expect(multitoolErrors(files, path.join(ROOT, 'test/data/sarif-github-policy.xml'))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('SARIF names no rendered position that is not a file of the repository (stdin)', () => {
    const text = fs.readFileSync(path.join(HELM, 'rendered/edge.yaml'), 'utf8');
    const stdin = run(HELM, [], { texts: [{ path: '<stdin>', text }] });
    const f = only(stdin, 'client-ip-lost-cluster-policy');
    expect(at(f)).toBe('edge/templates/controller-service.yaml:13:3');
    expect(f.rendered).toMatchObject({ file: '<stdin>', inRepository: false });
    const log = assertValidSarif(formatters['sarif']!(stdin.findings, context(stdin)));
    const traced = log.runs[0]!.results!.filter((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri?.startsWith('edge/'));
    expect(traced.length).toBe(4);
    const uris = traced.flatMap((r) => (r.relatedLocations ?? []).map((l) => l.physicalLocation?.artifactLocation?.uri));
    expect(uris).not.toContain('%3Cstdin%3E');
    expect(uris).toContain('edge/templates/controller-deployment.yaml');
  });

  it('JSON (version 2): the template position, `rendered` and `helm`; null for other findings', () => {
    const plain = run(path.join(FIXTURES, 'service-etp-not-allowed'), ['.']);
    const out = JSON.parse(formatters['json']!([...result.findings, ...plain.findings], context(result))) as {
      version: number;
      results: { file: string; findings: { ruleId: string; line: number; rendered: unknown; helm: unknown; helmSource: unknown }[] }[];
    };
    expect(out.version).toBe(2);
    const tpl = out.results.find((r) => r.file === 'edge/templates/controller-configmap.yaml')!.findings[0]!;
    expect(tpl).toMatchObject({
      line: 9,
      rendered: { file: 'rendered/edge.yaml', range: { line: 11, column: 3 }, inRepository: true },
      helm: { source: 'edge/templates/controller-configmap.yaml', mapped: true, via: 'key', values: ['controller.config.use-forwarded-headers'] },
    });
    const other = out.results.find((r) => !r.file.includes('edge') && !r.file.includes('stale'))!.findings[0]!;
    expect(other).toMatchObject({ helmSource: null, helm: null, rendered: null });
  });

  it('stylish: the template position first, then where it was rendered; the reason when the chart was found but not followed', () => {
    const out = formatters['stylish']!(result.findings, context(result));
    expect(out).toContain('edge/templates/controller-service.yaml\n  10:5 ');
    expect(out).toContain('rendered at rendered/edge.yaml:35:5 from edge/templates/controller-service.yaml\n');
    // stylish wraps its lines at 100 columns.
    expect(out).toMatch(/↳ values\/prod\.yaml:5:5\s+Helm value\s+service\.annotations\["service\.beta\.kubernetes\.io\/aws-load-balancer-proxy-protocol"\]\s+is set here\./);
    expect(out).toContain('rendered from edge/templates/internal-service.yaml; not traced to the chart: spec.internalTrafficPolicy: it may be written by lines 9 and 11');
    expect(out).toMatch(/rendered from gone\/templates\/service\.yaml\n/);
  });

  it('github and compact annotate the template line', () => {
    expect(formatters['github']!(result.findings, context(result))).toMatch(/^::error file=edge\/templates\/controller-service\.yaml,line=10,col=5,endLine=10,endColumn=32,title=proxy-protocol-invalid-annotation-value%3A /m);
    expect(formatters['compact']!(result.findings, context(result))).toMatch(/^edge\/charts\/proxy\/templates\/service\.yaml:7:3: error: /m);
  });
});

describe('a chart and its rendering in a repository', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'srcip-helm-'));
    fs.cpSync(path.join(HELM, 'edge'), path.join(dir, 'src/edge'), { recursive: true });
    fs.cpSync(path.join(HELM, 'values'), path.join(dir, 'values'), { recursive: true });
    let text = fs.readFileSync(path.join(HELM, 'rendered/edge.yaml'), 'utf8');
    // Suppressions live in the rendered input: a comment and an object annotation.
    text = text.replace('spec:\n  type: LoadBalancer\n', 'spec:\n  # srcip-lint-disable-next-line client-ip-lost-cluster-policy -- the platform adds PROXY protocol\n  type: LoadBalancer\n');
    text = text.replace('  annotations:\n    service.beta', '  annotations:\n    srcip-lint.io/ignore: "proxy-protocol-invalid-annotation-value -- patched at install"\n    service.beta');
    fs.mkdirSync(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'out/edge.yaml'), text);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--chart-dir finds a chart in a directory of charts; fingerprints and suppressions do not change', () => {
    const without = run(dir, ['out/edge.yaml']);
    const traced = run(dir, ['out/edge.yaml'], { chartDirs: ['src'] });
    expect(without.findings.some((f) => f.helm?.mapped)).toBe(false);
    const key = (f: Finding): string => `${f.ruleId} ${f.fingerprint} ${f.suppressed?.kind ?? '-'}`;
    expect(traced.findings.map(key).sort()).toEqual(without.findings.map(key).sort());
    expect(traced.stats).toEqual(without.stats);
    const lost = only(traced, 'client-ip-lost-cluster-policy');
    expect(lost.suppressed).toEqual({ kind: 'comment', justification: 'the platform adds PROXY protocol' });
    expect(at(lost)).toBe('src/edge/templates/controller-service.yaml:13:3');
    const annotation = only(traced, 'proxy-protocol-invalid-annotation-value');
    expect(annotation.suppressed?.kind).toBe('annotation');
    expect(at(annotation)).toBe('src/edge/templates/controller-service.yaml:10:5');
    expect(traced.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
  });

  it('--chart-dir also takes the chart directory itself', () => {
    expect(at(only(run(dir, ['out/edge.yaml'], { chartDirs: ['src/edge'] }), 'service-etp-not-allowed'))).toBe('src/edge/charts/proxy/templates/service.yaml:7:3');
  });

  it('a chart outside the working directory keeps the rendered location and says why', () => {
    const f = only(run(path.join(dir, 'out'), ['edge.yaml'], { chartDirs: ['../src'] }), 'service-etp-not-allowed');
    expect(at(f)).toBe('edge.yaml:20:3');
    expect(f.helm?.reason).toBe('the chart ../src/edge/charts/proxy is outside the working directory, where reports cannot point');
  });

  it('the CLI: --chart-dir and --values, and missing ones are usage errors', async () => {
    const ok = await runCli(['-f', 'json', '--chart-dir', 'src', '--values', 'values/prod.yaml', '--values', 'values/override.yaml', 'out/edge.yaml'], { cwd: dir });
    expect(ok.code).toBe(1);
    const files = (JSON.parse(ok.stdout) as { results: { file: string }[] }).results.map((r) => r.file);
    expect(files).toContain('src/edge/templates/controller-service.yaml');
    const noValues = await runCli(['--chart-dir', 'src', '--values', 'values/nope.yaml', 'out/edge.yaml'], { cwd: dir });
    expect(noValues.code).toBe(2);
    expect(noValues.stderr).toContain('values/nope.yaml: values file not found');
    const noChart = await runCli(['--chart-dir', 'nope', 'out/edge.yaml'], { cwd: dir });
    expect(noChart.code).toBe(2);
    expect(noChart.stderr).toContain('nope: chart directory not found');
    const help = await runCli(['--help'], { cwd: dir });
    expect(help.stdout).toMatch(/--chart-dir DIR/);
    expect(help.stdout).toMatch(/--values FILE/);
  });

  it('the configuration: chartDirs relative to the file; a missing one is an error at its line', async () => {
    fs.writeFileSync(path.join(dir, '.srcip-lint.yaml'), 'chartDirs:\n  - src\n');
    const ok = await runCli(['-f', 'compact', 'out/edge.yaml'], { cwd: path.join(dir) });
    expect(ok.stdout).toMatch(/^src\/edge\/charts\/proxy\/templates\/service\.yaml:7:3: error: /m);
    fs.writeFileSync(path.join(dir, '.srcip-lint.yaml'), 'chartDirs:\n  - src\n  - charts\n');
    const bad = await runCli(['out/edge.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.srcip-lint.yaml:3:5: chartDirs: "charts" is not a directory');
    fs.rmSync(path.join(dir, '.srcip-lint.yaml'));
  });
});

describe('template structure', () => {
  const hitOf = (template: string, rendered: unknown, p: Path): TemplateHit | string => {
    const r = mapPath({ template: parseTemplate(template), root: rendered, path: p });
    return r.ok ? r.hit : r.reason;
  };
  const lineOf = (template: string, rendered: unknown, p: Path): number | string => {
    const h = hitOf(template, rendered, p);
    return typeof h === 'string' ? h : h.line;
  };

  it('reads keys through if/with/range, outputs at their nindent, compact sequences and block scalars', () => {
    const tpl = [
      'apiVersion: v1', //                                  1
      'kind: ConfigMap', //                                 2
      'metadata:', //                                       3
      '  name: x', //                                       4
      'data:', //                                           5
      '  script: |', //                                    6
      '    name: not-a-key', //                             7
      '{{- if .Values.a }}', //                             8
      '    more: text', //                                  9
      '{{- end }}', //                                      10
      '  drop:', //                                         11
      '  - ALL', //                                         12
      '  {{- with .Values.extra }}', //                     13
      '  {{- toYaml . | nindent 2 }}', //                   14
      '  {{- end }}', //                                    15
    ].join('\n');
    const rendered = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { script: 'name: not-a-key\nmore: text\n', drop: ['ALL'], other: 'y' } };
    expect(lineOf(tpl, rendered, ['data', 'script'])).toBe(6);
    expect(lineOf(tpl, rendered, ['data', 'drop', 0])).toBe(12);
    expect(lineOf(tpl, rendered, ['data', 'other'])).toBe(14);
    expect(hitOf(tpl, rendered, ['data', 'other'])).toMatchObject({ via: 'block', values: [{ path: ['extra', 'other'], ranged: false }] });
    expect(lineOf(tpl, rendered, ['metadata', 'labels', 'a'])).toBe(3);
    expect(hitOf(tpl, rendered, ['metadata', 'labels'])).toMatchObject({ via: 'ancestor', line: 3 });
    expect(lineOf(tpl, rendered, [])).toBe(2);
  });

  it('aligns rendered items with optional and ranged template items', () => {
    const tpl = [
      'kind: Service', //                                           1
      'spec:', //                                                   2
      '  ports:', //                                                3
      '  {{- if .Values.http }}', //                                4
      '    - name: http', //                                        5
      '      port: 80', //                                          6
      '  {{- end }}', //                                            7
      '  {{- range $k, $v := .Values.tcp }}', //                    8
      '    - name: {{ $k }}-tcp', //                                9
      '      port: {{ $v }}', //                                    10
      '  {{- end }}', //                                            11
      '    - name: metrics', //                                     12
      '      port: 9090', //                                        13
    ].join('\n');
    const rendered = { kind: 'Service', spec: { ports: [{ name: 'a-tcp', port: 1 }, { name: 'b-tcp', port: 2 }, { name: 'metrics', port: 9090 }] } };
    expect(lineOf(tpl, rendered, ['spec', 'ports', 0, 'port'])).toBe(10);
    expect(hitOf(tpl, rendered, ['spec', 'ports', 1, 'port'])).toMatchObject({ line: 10, values: [{ path: ['tcp'], ranged: true }] });
    expect(lineOf(tpl, rendered, ['spec', 'ports', 2, 'name'])).toBe(12);
    const withHttp = { kind: 'Service', spec: { ports: [{ name: 'http', port: 80 }, { name: 'metrics', port: 9090 }] } };
    expect(lineOf(tpl, withHttp, ['spec', 'ports', 0])).toBe(5);
    const changed = { kind: 'Service', spec: { ports: [{ name: 'http', port: 8080 }] } };
    expect(lineOf(tpl, changed, ['spec', 'ports', 0])).toMatch(/does not match the template's items/);
  });

  it('never decides between candidates it cannot tell apart, unless values rule all but one out', () => {
    const tpl = ['kind: ConfigMap', 'data:', '{{- if .Values.a }}', '  key: {{ .Values.a }}', '{{- end }}', '  {{- toYaml .Values.more | nindent 2 }}'].join('\n');
    const rendered = { kind: 'ConfigMap', data: { key: 'v' } };
    expect(lineOf(tpl, rendered, ['data', 'key'])).toMatch(/may be written by lines 4 and 6/);
    const valuesAt = (p: Path): { set: false } | { set: true; value: unknown } =>
      p.join('.') === 'more' ? { set: true, value: { other: 1 } } : p.join('.') === 'a' ? { set: true, value: 'v' } : { set: false };
    const r = mapPath({ template: parseTemplate(tpl), root: rendered, path: ['data', 'key'], valuesAt });
    expect(r.ok && r.hit.line).toBe(4);
  });

  it('picks the document of a multi-document template by kind and name', () => {
    const tpl = ['kind: ConfigMap', 'metadata:', '  name: {{ .Release.Name }}-tcp', '---', 'kind: ConfigMap', 'metadata:', '  name: {{ .Release.Name }}-udp', 'data: {}'].join('\n');
    expect(lineOf(tpl, { kind: 'ConfigMap', metadata: { name: 'r-udp' } }, ['metadata', 'name'])).toBe(7);
    expect(lineOf(tpl, { kind: 'Service', metadata: { name: 'r-udp' } }, ['metadata'])).toMatch(/writes no Service/);
  });

  it('resolves values through with, nested with, $ and variables', () => {
    const tpl = [
      '{{- $svc := .Values.service }}',
      'kind: Service',
      '{{- with .Values.outer }}',
      'spec:',
      '  {{- with .inner }}',
      '  type: {{ .type }}',
      '  ports: {{ toYaml $svc.ports | nindent 4 }}',
      '  {{- end }}',
      '  clusterIP: {{ $.Values.ip | default "None" }}',
      '  name: {{ index $.Values "my-name" }}',
      '{{- end }}',
    ].join('\n');
    const rendered = { kind: 'Service', spec: { type: 'NodePort', ports: [{ port: 80 }], clusterIP: 'None', name: 'n' } };
    const values = (p: Path): unknown => (hitOf(tpl, rendered, p) as TemplateHit).values.map((v) => v.path.join('.'));
    expect(values(['spec', 'type'])).toEqual(['outer.inner.type']);
    expect(values(['spec', 'ports', 0, 'port'])).toEqual(['service.ports.0.port']);
    expect(values(['spec', 'clusterIP'])).toEqual(['ip']);
    expect(values(['spec', 'name'])).toEqual(['my-name']);
  });

  it('reports unbalanced and unterminated templates instead of throwing', () => {
    expect(parseTemplate('a: {{ .x }}\n{{- end }}\n').error).toBe('line 2: {{ end }} without an opening action');
    expect(parseTemplate('{{- if .x }}\na: 1\n').error).toBe('a {{ if }} is never closed with {{ end }}');
    expect(parseTemplate('a: {{ "unterminated }}\n').error).toBe('line 1: unterminated string in an action');
    expect(parseTemplate('{{/* note */}}\n{{- define "x" }}\nnot: here\n{{- end }}\nkind: A\n').sections[0]?.nodes.map((n) => n.key)).toEqual(['kind']);
  });

  it('parses # Source: paths of charts and subcharts', () => {
    expect(parseSource('a/charts/b/charts/c/templates/x/y.yaml')).toEqual({ charts: ['a', 'b', 'c'], template: 'x/y.yaml' });
    expect(parseSource('a/templates/x.yaml')).toEqual({ charts: ['a'], template: 'x.yaml' });
    expect(parseSource('a/x.yaml')).toBeUndefined();
    expect(parseSource('../templates/x.yaml')).toBeUndefined();
  });

  it('never throws on arbitrary template-like text, and never maps a path to a line that is not in the template', () => {
    const token = fc.constantFrom(
      'apiVersion: v1\n', 'kind: Service\n', 'metadata:\n', '  name: x\n', 'spec:\n', '  type: NodePort\n', '  ports:\n', '  - port: 80\n', '    - a\n',
      '{{- if .Values.a }}\n', '{{- else }}\n', '{{- end }}\n', '{{- with .Values.b }}\n', '{{- range $k, $v := .Values.c }}\n', '  {{ $k }}: {{ $v }}\n',
      '  {{- toYaml .Values.d | nindent 2 }}\n', '{{ include "x" . | nindent 4 }}\n', '  key: |\n', '---\n', '{{', '}}', '"', "'", '`', '#', ': ', '- ', '  ', '\t', '\r\n', '{{/*', '*/}}',
    );
    const rendered = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'x' }, spec: { type: 'NodePort', ports: [{ port: 80 }] } };
    const paths: Path[] = [['spec', 'type'], ['spec', 'ports', 0, 'port'], ['metadata', 'name'], ['spec', 'missing'], []];
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }).map((t) => t.join('')), (text) => {
        const template = parseTemplate(text);
        for (const p of paths) {
          const r = mapPath({ template, root: rendered, path: p });
          if (r.ok) {
            expect(r.hit.line).toBeGreaterThanOrEqual(1);
            expect(r.hit.line).toBeLessThanOrEqual(template.lines.length);
            expect(r.hit.endCol).toBeLessThanOrEqual((template.lines[r.hit.line - 1] ?? '').length);
          } else {
            expect(r.reason.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

function allPaths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allPaths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...prefix, k]));
  return out;
}

/** A copy of a rendered object changed at the paths `picks` choose. */
function mutate(raw: unknown, picks: readonly number[]): unknown {
  const copy = structuredClone(raw);
  for (const pick of picks) {
    const paths = allPaths(copy);
    if (paths.length === 0) break;
    const p = paths[pick % paths.length] as Path;
    const parent = dig(copy, p.slice(0, -1));
    const last = p[p.length - 1] as PathSegment;
    if (Array.isArray(parent)) {
      const i = last as number;
      if (pick % 5 === 0) parent.splice(i, 1);
      else if (pick % 5 === 3) parent.splice(i, 0, structuredClone(parent[i]));
      else if (pick % 5 === 2 && (parent[i] === null || typeof parent[i] !== 'object')) parent[i] = 'changed';
      continue;
    }
    const map = parent as Record<string, unknown>;
    const key = String(last);
    const value = map[key];
    if (pick % 5 === 0) delete map[key];
    else if (pick % 5 === 1) {
      map[`${key}x`] = value;
      delete map[key];
    } else if (pick % 5 === 2 && (value === null || typeof value !== 'object')) map[key] = 'changed';
    else if (pick % 5 === 4 && value !== null && typeof value === 'object' && !Array.isArray(value)) (value as Record<string, unknown>)['added'] = 'x';
  }
  return copy;
}

function dig(value: unknown, p: Path): unknown {
  let cur = value;
  for (const seg of p) cur = (cur as Record<string, unknown>)[String(seg)];
  return cur;
}

/** Whether a template line can write the last segment of a path, the way the mapper says it does. */
function writes(line: string, hit: TemplateHit, p: Path): boolean {
  if (hit.via === 'block') return /\{\{-?\s*(toYaml|include|template|tpl)\b/.test(line);
  const seg = hit.via === 'ancestor' ? undefined : p[p.length - 1];
  if (typeof seg === 'number') return /^\s*-(\s|$)/.test(line);
  const m = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^\s:"'{][^:]*?|\{\{[^}]*\}\}[^:]*?)\s*:(\s|$)/.exec(line);
  if (!m) return false;
  const key = (m[1] as string).replace(/^["']|["']$/g, '');
  return seg === undefined || key === seg || key.includes('{{');
}
