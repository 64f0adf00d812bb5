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
import { defaultConfig, presetLevels } from '../src/config/config.js';
import type { Finding } from '../src/engine/types.js';
import { lint } from '../src/lint.js';
import { CORPUS, CORPUS_NOTE, corpusFiles, HAS_CORPUS } from './helpers/corpus.js';
import { ALONE_FILE, configFor, cutDocument, documentLines, FIXTURES, fixtureFiles, lintAlone, readHeader, ROOT } from './helpers/fixtures.js';
import { WEB_DEPLOYMENT as DEPLOYMENT } from './helpers/manifests.js';

const CROSS = rules.filter((r) => r.meta.crossObject);
/** The kinds of other objects a finding relates that its rule does not declare in `meta.relates`. */
function undeclared(f: Finding): string[] {
  const relates = rules.find((r) => r.meta.id === f.ruleId)?.meta.relates;
  if (!relates) return [];
  const same = (o: Finding['object']) => o && f.object && o.kind === f.object.kind && o.name === f.object.name && o.namespace === f.object.namespace;
  return f.related.flatMap((r) => (r.object && !same(r.object) && !relates.includes(r.object.kind) ? [r.object.kind] : []));
}

/** Findings checked from the other side, per rule. */
const checked = new Map<string, number>();

describe('every cross-object finding is reported from the other side', () => {
  it('the cross-object rules are the ones that relate other objects', () => {
    expect(CROSS.map((r) => r.meta.id).sort()).toEqual([
      'client-ip-lost-cluster-policy',
      'client-ip-lost-tcp-proxy',
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
          expect(undeclared(f), `${rel}:${f.line}`).toEqual([]);
          // One run per other document: it is linted alone, the rest of the fixture is context.
          const docs = new Map<number, (typeof sides)[number]>();
          for (const r of sides) if (!docs.has(documentLines(lines, r.range.line)[0])) docs.set(documentLines(lines, r.range.line)[0], r);
          for (const r of docs.values()) {
            const doc = documentLines(lines, r.range.line);
            const linted = rel.replace(/\.(ya?ml|json)$/, '.side.yaml');
            const texts = (context: boolean) => [
              { path: linted, text: cutDocument(lines, doc, true) },
              { path: rel, text: cutDocument(lines, doc, false), context },
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

describe('the message reads right from the other side', () => {
  // rule, fixture, line of the other side (its `# expect-alone:` marker), message id, first sentence
  const cases: [string, string, number, string, string][] = [
  ['local-etp-unspread-workload', 'autoscaling.yaml', 61, 'serviceUnspread', "Service \"web\" has externalTrafficPolicy: Local, but nothing spreads the 10 replicas it selects across nodes."],
  ['local-etp-unspread-workload', 'autoscaling.yaml', 20, 'autoscaler', "HorizontalPodAutoscaler \"web\" scales up to 10 replicas that nothing spreads across nodes, behind a Local Service."],
  ['local-etp-unspread-workload', 'replicas.yaml', 202, 'serviceSelectorMismatch', "Service \"api\" has externalTrafficPolicy: Local, but the 3 replicas it selects are not spread across nodes."],
  ['local-etp-nodeport-not-daemonset', 'placement.yaml', 74, 'workloadExternalIPs', "Deployment \"gateway\" is not a DaemonSet, but a Service with externalIPs and externalTrafficPolicy: Local selects its pods."],
  ['local-etp-nodeport-not-daemonset', 'before-1.29.yaml', 5, 'workloadNodePort', "Deployment \"gateway\" is not a DaemonSet, but a NodePort Service with externalTrafficPolicy: Local selects its pods."],
  ['local-itp-not-daemonset', 'current.yaml', 3, 'workload', "Deployment \"cache\" is not a DaemonSet, but a Service with internalTrafficPolicy: Local selects its pods."],
  ['client-ip-lost-cluster-policy', 'annotations.yaml', 18, 'consumer', "StatefulSet \"game\" sees node IPs instead of client IPs: the Service in front of it uses externalTrafficPolicy: Cluster."],
  ['client-ip-lost-cluster-policy', 'cilium-dsr.yaml', 11, 'ciliumConfig', "Cilium ConfigMap \"cilium-config\" lets LoadBalancer Service \"bad-snat-annotated\" hide client IPs from its pods."],
  ['client-ip-lost-cluster-policy', 'envoy-gateway.yaml', 19, 'gatewayEnvoyProxy', "GatewayClass \"eg\" uses EnvoyProxy \"bad-cluster\", whose externalTrafficPolicy: Cluster hides client IPs from Envoy."],
  ['ingress-nginx-forwarded-headers-missing', 'http-load-balancer.yaml', 35, 'configMapHttpLb', "ConfigMap \"ingress-nginx-controller\" lacks use-forwarded-headers, which ingress-nginx needs behind an HTTP load balancer."],
  ['ingress-nginx-forwarded-headers-missing', 'http-load-balancer.yaml', 28, 'controllerHttpLb', "Deployment \"ingress-nginx-controller\" runs ingress-nginx without use-forwarded-headers behind an HTTP load balancer."],
  ['ingress-nginx-forwarded-headers-spoofable', 'proxy-protocol.yaml', 81, 'controllerTrustsAll', "DaemonSet \"new-controller\" runs ingress-nginx with a ConfigMap that lets any client forge X-Forwarded-For."],
  ['proxy-protocol-backend-mismatch', 'contour.yaml', 66, 'settingRejects', "Deployment \"contour\" makes Contour (Envoy) reject the PROXY protocol headers of the load balancer in front."],
  ['proxy-protocol-backend-mismatch', 'contour.yaml', 33, 'backendRejects', "DaemonSet \"envoy\" rejects the PROXY protocol headers that the load balancer in front of it sends."],
  ['proxy-protocol-backend-mismatch', 'envoy-gateway.yaml', 8, 'gatewaySide', "GatewayClass \"eg\" of Gateway \"web\" gets PROXY protocol headers that no ClientTrafficPolicy accepts."],
  ['proxy-protocol-backend-mismatch', 'envoy-gateway.yaml', 34, 'policySide', "ClientTrafficPolicy \"client-ip\" leaves Gateway \"web\" without the proxyProtocol it needs."],
  ['proxy-protocol-not-sent', 'contour.yaml', 47, 'settingRequires', "Deployment \"contour\" makes Contour (Envoy) require a PROXY header that the load balancer does not send."],
  ['proxy-protocol-not-sent', 'contour.yaml', 23, 'backendRequires', "DaemonSet \"envoy\" requires PROXY protocol headers that the load balancer in front of it does not send."],
  ['proxy-protocol-not-sent', 'envoy-gateway.yaml', 8, 'gatewaySide', "GatewayClass \"eg\" of Gateway \"web\" gets no PROXY protocol header where a ClientTrafficPolicy requires one."],
  ['proxy-protocol-not-sent', 'envoy-gateway.yaml', 34, 'policySide', "ClientTrafficPolicy \"proxy-protocol\" requires PROXY protocol on Gateway \"web\", which gets none."],
  ['proxy-protocol-unverified-backend', 'envoy-gateway.yaml', 19, 'gatewayNoPolicy', "Gateway \"edge\" gets PROXY protocol headers, and nothing in view says Envoy accepts them."],
  ['forwarded-headers-trust-all', 'haproxy-ingress.yaml', 13, 'haproxyController', "Deployment \"haproxy-kubernetes-ingress\" reads src-ip-header: \"X-Forwarded-For\", which lets any client choose its address."],
  ['forwarded-headers-trust-all', 'kong.yaml', 102, 'kongWorkload', "Deployment \"kong-files\" runs Kong trusting every IPv6 address to set the client address in X-Forwarded-For."],
  ['forwarded-headers-trust-all', 'traefik.yaml', 69, 'traefikWorkload', "Deployment \"traefik-file\" runs Traefik with entry point \"web\" trusting X-Forwarded-* headers from every address."],
  ];
  for (const [ruleId, fixture, line, messageId, summary] of cases) {
    it(`${ruleId}/${messageId}`, () => {
      const found = lintAlone(ruleId, path.join(FIXTURES, ruleId, fixture), line).filter((f) => f.file === ALONE_FILE && f.line === line && f.messageId === messageId);
      expect(found.map((f) => f.summary)).toContain(summary);
    });
  }
});


describe('partial views over the real-world corpus', () => {
  const REALWORLD = path.join(CORPUS, 'realworld');
  const folders = HAS_CORPUS ? fs.readdirSync(REALWORLD).filter((d) => fs.statSync(path.join(REALWORLD, d)).isDirectory()).sort() : [];
  const config = { ...defaultConfig(rules, CORPUS), levels: presetLevels(rules, 'all') };

  it(`a folder or file linted with the rest as context reports exactly the findings of a whole run that have a location in it${CORPUS_NOTE}`, { skip: !HAS_CORPUS, timeout: 300_000 }, () => {
    const whole = lint({ cwd: CORPUS, files: ['realworld'], config });
    expect(whole.internalErrors).toEqual([]);
    expect(whole.findings.flatMap(undeclared)).toEqual([]);
    // Each folder, and the files where a finding of another file has a related location.
    const others = [...new Set(whole.findings.flatMap((f) => f.related.filter((r) => r.file !== f.file).map((r) => r.file)))].sort();
    // And files of one side only (a staged Service, a staged workload), where the context
    // shortcuts skip the most.
    const texts = corpusFiles('realworld').map((f) => ({ rel: path.relative(CORPUS, f).split(path.sep).join('/'), text: fs.readFileSync(f, 'utf8') }));
    const workload = /^kind: (Deployment|DaemonSet|StatefulSet)\s*$/m;
    const service = /^kind: Service\s*$/m;
    const onlyServices = texts.filter((t) => service.test(t.text) && !workload.test(t.text)).slice(0, 8);
    const onlyWorkloads = texts.filter((t) => workload.test(t.text) && !service.test(t.text)).slice(0, 8);
    expect(onlyServices.length + onlyWorkloads.length).toBeGreaterThan(8);
    const units = [...folders.map((d) => `realworld/${d}`), ...others.slice(0, 25), ...[...onlyServices, ...onlyWorkloads].map((t) => t.rel)];
    let promoted = 0;
    for (const unit of units) {
      const mine = (file: string) => file === unit || file.startsWith(`${unit}/`);
      const part = lint({ cwd: CORPUS, files: [unit], context: ['realworld'], config });
      expect(part.internalErrors).toEqual([]);
      const expected = whole.findings.filter((f) => mine(f.file) || f.related.some((r) => mine(r.file)));
      // The same problems (identity-based fingerprints), suppressed alike, each once, each in the unit.
      const key = (f: Finding) => `${f.fingerprint} ${f.suppressed ? 'suppressed' : ''}`;
      expect(part.findings.map(key).sort(), unit).toEqual(expected.map(key).sort());
      expect(part.findings.every((f) => mine(f.file)), unit).toBe(true);
      promoted += part.findings.filter((f) => !expected.some((e) => e.fingerprint === f.fingerprint && e.file === f.file && e.line === f.line)).length;
    }
    // Not vacuous: some findings were reported from their other side.
    expect(others.length).toBeGreaterThan(0);
    expect(promoted).toBeGreaterThan(0);
  });

  it(`skipping work on context objects changes no finding${CORPUS_NOTE}`, { skip: !HAS_CORPUS, timeout: 300_000 }, () => {
    for (const folder of ['ingress-nginx', 'traefik']) {
      const run = (fastPaths: boolean) => lint({ cwd: CORPUS, files: [`realworld/${folder}`], context: ['realworld'], config, fastPaths });
      const fast = run(true);
      const full = run(false);
      expect(fast.findings.length, folder).toBeGreaterThan(0);
      expect(fast.findings.map((f) => ({ ...f }))).toEqual(full.findings.map((f) => ({ ...f })));
    }
  });
});

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  selector: {app: web}
  ports:
    - port: 80
`;
const HPA = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  maxReplicas: 5
`;

/** Lints in-memory files: `linted` are linted, `context` only loaded; returns the unused-suppression and unspread findings. */
function partial(linted: Record<string, string>, context: Record<string, string> = {}, only = 'local-etp-unspread-workload') {
  const texts = [
    ...Object.entries(linted).map(([p, text]) => ({ path: p, text })),
    ...Object.entries(context).map(([p, text]) => ({ path: p, text, context: true })),
  ];
  const result = lint({ cwd: ROOT, texts, config: configFor(only, { also: ['unused-suppression'] }) });
  expect(result.internalErrors).toEqual([]);
  return result;
}

describe('a finding with a location in a linted file', () => {
  it('is reported on the staged Service when the unspread Deployment is context (the issue scenario)', () => {
    const { findings, stats } = partial({ 'k8s/service.yaml': SERVICE }, { 'k8s/deployment.yaml': DEPLOYMENT });
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}/${f.messageId}`)).toEqual([
      'k8s/service.yaml:7:3 local-etp-unspread-workload/serviceUnspread',
    ]);
    const f = findings[0] as Finding;
    expect(f.summary).toBe('Service "web" has externalTrafficPolicy: Local, but nothing spreads the 3 replicas it selects across nodes.');
    expect(f.object).toMatchObject({ kind: 'Service', name: 'web' });
    expect(f.path).toEqual(['spec', 'externalTrafficPolicy']);
    expect(f.related.map((r) => [r.file, r.range.line, r.message])).toEqual([
      ['k8s/deployment.yaml', 12, 'Deployment "web" can run 3 replicas (spec.replicas: 3), and nothing here spreads them across nodes'],
    ]);
    expect(stats.warnings).toBe(1);
  });

  it('keeps its fingerprint whichever side is reported, and its place when the primary is linted', () => {
    const both = partial({ 'k8s/service.yaml': SERVICE, 'k8s/deployment.yaml': DEPLOYMENT }).findings;
    const service = partial({ 'k8s/service.yaml': SERVICE }, { 'k8s/deployment.yaml': DEPLOYMENT }).findings;
    const deployment = partial({ 'k8s/deployment.yaml': DEPLOYMENT }, { 'k8s/service.yaml': SERVICE }).findings;
    expect(both.map((f) => `${f.file}:${f.line} ${f.messageId}`)).toEqual(['k8s/deployment.yaml:12 unspread']);
    expect(deployment.map((f) => `${f.file}:${f.line} ${f.messageId}`)).toEqual(['k8s/deployment.yaml:12 unspread']);
    expect(service.map((f) => f.fingerprint)).toEqual(both.map((f) => f.fingerprint));
    expect(deployment).toEqual(both);
  });

  it('is reported once when its related locations lie in two linted files, at the first of them', () => {
    const { findings } = partial({ 'a/service.yaml': SERVICE, 'b/hpa.yaml': HPA }, { 'k8s/deployment.yaml': DEPLOYMENT });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.messageId}`)).toEqual(['a/service.yaml:7 serviceUnspread']);
    // The autoscaler stays a related location, after the old primary.
    expect(findings[0]?.related.map((r) => `${r.file}:${r.range.line}`)).toEqual(['k8s/deployment.yaml:12', 'b/hpa.yaml:6']);
    expect(findings[0]?.summary).toContain('the 5 replicas it selects');
    // Only the autoscaler linted: it reports, from its side.
    const hpa = partial({ 'b/hpa.yaml': HPA }, { 'a/service.yaml': SERVICE, 'k8s/deployment.yaml': DEPLOYMENT }).findings;
    expect(hpa.map((f) => `${f.file}:${f.line} ${f.messageId}`)).toEqual(['b/hpa.yaml:6 autoscaler']);
  });

  it('is reported once when two Services in two linted files select the unspread Deployment', () => {
    const other = SERVICE.replace('name: web', 'name: web-b');
    const { findings } = partial({ 'b/service.yaml': other, 'a/service.yaml': SERVICE }, { 'k8s/deployment.yaml': DEPLOYMENT });
    expect(findings.map((f) => `${f.file}:${f.line}`)).toEqual(['a/service.yaml:7']);
    expect(findings[0]?.summary).toMatch(/^Service "web" has/);
  });

  it('is not reported when all its locations lie in context files, and neither is a finding about one context object', () => {
    const bad = 'apiVersion: v1\nkind: Service\nmetadata: {name: bad}\nspec: {type: ClusterIP, externalTrafficPolicy: Local}\n';
    const result = lint({
      cwd: ROOT,
      texts: [
        { path: 'ok.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n' },
        { path: 'ctx/service.yaml', text: SERVICE, context: true },
        { path: 'ctx/deployment.yaml', text: DEPLOYMENT, context: true },
        { path: 'ctx/bad.yaml', text: `${bad}---\nkind: [\n`, context: true },
      ],
    });
    expect(result.findings).toEqual([]);
    expect(result.stats.errors + result.stats.warnings).toBe(0);
  });
});

describe('suppressions where a finding can be reported', () => {
  const disabled = SERVICE.replace('  externalTrafficPolicy: Local', '  # srcip-lint-disable-next-line local-etp-unspread-workload -- one node per zone, pinned\n  externalTrafficPolicy: Local');
  const ignoring = DEPLOYMENT.replace('  name: web\n', '  name: web\n  annotations:\n    srcip-lint.io/ignore: "local-etp-unspread-workload -- pinned by nodeSelector"\n');

  it('a comment on the promoted line suppresses it, and is used', () => {
    const { findings } = partial({ 'service.yaml': disabled }, { 'deployment.yaml': DEPLOYMENT });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.suppressed?.kind ?? ''}`)).toEqual(['service.yaml:8 local-etp-unspread-workload comment']);
  });

  it('the same comment suppresses the finding at the Deployment when both are linted, and is used', () => {
    const { findings } = partial({ 'service.yaml': disabled, 'deployment.yaml': DEPLOYMENT });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.suppressed?.justification ?? ''}`)).toEqual([
      'deployment.yaml:12 local-etp-unspread-workload one node per zone, pinned',
    ]);
  });

  it('an annotation on the object in context still suppresses the finding reported on the linted side', () => {
    const { findings } = partial({ 'service.yaml': SERVICE }, { 'deployment.yaml': ignoring });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.suppressed?.kind ?? ''}`)).toEqual(['service.yaml:7 annotation']);
  });

  it('an unused suppression is reported in linted files only', () => {
    const stale = SERVICE.replace('  type: LoadBalancer', '  # srcip-lint-disable-next-line local-etp-unspread-workload -- stale\n  type: LoadBalancer');
    const { findings } = partial({ 'service.yaml': stale }, { 'other.yaml': stale.replace(/web/g, 'other') });
    expect(findings.map((f) => `${f.file}:${f.line} ${f.ruleId}/${f.messageId}`)).toEqual(['service.yaml:6 unused-suppression/unused']);
  });
});

describe('pre-commit batches', () => {
  it('a finding whose files fall in two batches is reported by each batch, once, at its location there', () => {
    // pre-commit runs the hook once per batch with the same context (the config's context: globs).
    const files = { 'k8s/deployment.yaml': DEPLOYMENT, 'k8s/service.yaml': SERVICE };
    const batch = (name: keyof typeof files) => partial({ [name]: files[name] }, Object.fromEntries(Object.entries(files).filter(([k]) => k !== name))).findings;
    const first = batch('k8s/deployment.yaml');
    const second = batch('k8s/service.yaml');
    expect(first.map((f) => `${f.file}:${f.line}`)).toEqual(['k8s/deployment.yaml:12']);
    expect(second.map((f) => `${f.file}:${f.line}`)).toEqual(['k8s/service.yaml:7']);
    expect(first[0]?.fingerprint).toBe(second[0]?.fingerprint);
  });
});

describe('Helm output loaded as context', () => {
  const HELM = path.join(FIXTURES, 'helm');
  const values = ['values/prod.yaml', 'values/override.yaml'];
  const where = (r: { findings: Finding[] }) => r.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);

  it('a finding is reported at the values line when only the values file is linted', () => {
    const result = lint({ cwd: HELM, files: ['values/prod.yaml'], context: ['rendered/edge.yaml'], values });
    expect(where(result)).toEqual(['values/prod.yaml:5 proxy-protocol-invalid-annotation-value', 'values/prod.yaml:8 ingress-nginx-forwarded-headers-spoofable']);
    const f = result.findings[0] as Finding;
    expect(f.related[0]).toMatchObject({ file: 'edge/templates/controller-service.yaml', range: { line: 10 }, rendered: { file: 'rendered/edge.yaml', range: { line: 35 } } });
    expect(f.related[0]?.message).toBe('The chart template line that renders it (edge/templates/controller-service.yaml).');
  });

  it('a finding is reported at the template line when the chart template is what was given', () => {
    const result = lint({ cwd: HELM, files: ['edge/templates/controller-service.yaml'], context: ['rendered/edge.yaml'], values });
    expect(where(result)).toEqual([
      'edge/templates/controller-service.yaml:10 proxy-protocol-invalid-annotation-value',
      'edge/templates/controller-service.yaml:13 client-ip-lost-cluster-policy',
    ]);
    expect(result.stats.files).toBe(0);
    expect(result.fileProblems.map((p) => p.reason)).toEqual(['helm-template']);
  });

  it('nothing is reported when neither the rendered output nor its chart files are linted', () => {
    const result = lint({ cwd: HELM, files: ['values/lowercase.yaml'], context: ['rendered/edge.yaml'], values });
    expect(where(result)).toEqual([]);
  });
});
