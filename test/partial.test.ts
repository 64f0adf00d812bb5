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
import type { Finding } from '../src/engine/types.js';
import { lint } from '../src/lint.js';
import { ALONE_FILE, configFor, cutDocument, documentLines, FIXTURES, fixtureFiles, lintAlone, readHeader, ROOT } from './helpers/fixtures.js';

const CROSS = rules.filter((r) => r.meta.crossObject);
/** Findings checked from the other side, per rule. */
const checked = new Map<string, number>();

describe('every cross-object finding is reported from the other side', () => {
  it('the cross-object rules are the ones that relate other objects', () => {
    expect(CROSS.map((r) => r.meta.id).sort()).toEqual([
      'client-ip-lost-cluster-policy',
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
  ['local-etp-unspread-workload', 'autoscaling.yaml', 61, 'serviceUnspread', "Service \"web\" has externalTrafficPolicy: Local and selects Deployment \"bad-hpa-scaled\", whose 10 replicas nothing spreads across nodes."],
  ['local-etp-unspread-workload', 'autoscaling.yaml', 20, 'autoscaler', "HorizontalPodAutoscaler \"web\" lets Deployment \"bad-hpa-scaled\" run 10 replicas that nothing spreads across nodes."],
  ['local-etp-unspread-workload', 'replicas.yaml', 202, 'serviceSelectorMismatch', "Service \"api\" has externalTrafficPolicy: Local and selects Deployment \"bad-selector-mismatch\", whose 3 replicas are not spread across nodes."],
  ['local-etp-nodeport-not-daemonset', 'placement.yaml', 74, 'workloadExternalIPs', "Deployment \"gateway\" is not a DaemonSet, but Service \"bad-external-ips\" with externalIPs and externalTrafficPolicy: Local selects its pods."],
  ['local-etp-nodeport-not-daemonset', 'before-1.29.yaml', 5, 'workloadNodePort', "Deployment \"gateway\" is not a DaemonSet, but NodePort Service \"bad-nodeport-128\" with externalTrafficPolicy: Local selects its pods."],
  ['local-itp-not-daemonset', 'current.yaml', 3, 'workload', "Deployment \"cache\" is not a DaemonSet, but Service \"bad-deployment\" with internalTrafficPolicy: Local selects its pods."],
  ['client-ip-lost-cluster-policy', 'annotations.yaml', 18, 'consumer', "StatefulSet \"game\" sees node IPs instead of client IPs: LoadBalancer Service \"game\" in front of it has no externalTrafficPolicy (Cluster by default)."],
  ['client-ip-lost-cluster-policy', 'cilium-dsr.yaml', 11, 'ciliumConfig', "Cilium ConfigMap \"cilium-config\" lets LoadBalancer Service \"bad-snat-annotated\", which has no externalTrafficPolicy (Cluster by default), hide client IPs from ingress-nginx (DaemonSet \"controller\")."],
  ['client-ip-lost-cluster-policy', 'envoy-gateway.yaml', 19, 'gatewayEnvoyProxy', "GatewayClass \"eg\" attaches EnvoyProxy \"bad-cluster\", whose envoyService.externalTrafficPolicy: Cluster hides client IPs from Envoy."],
  ['ingress-nginx-forwarded-headers-missing', 'http-load-balancer.yaml', 35, 'configMapHttpLb', "ConfigMap \"ingress-nginx-controller\" lacks use-forwarded-headers: \"true\", which ingress-nginx needs behind the HTTP load balancer of Service \"ingress-nginx-controller\"."],
  ['ingress-nginx-forwarded-headers-missing', 'http-load-balancer.yaml', 28, 'controllerHttpLb', "Deployment \"ingress-nginx-controller\" runs ingress-nginx without use-forwarded-headers behind the HTTP load balancer of Service \"ingress-nginx-controller\"."],
  ['ingress-nginx-forwarded-headers-spoofable', 'proxy-protocol.yaml', 81, 'controllerTrustsAll', "DaemonSet \"new-controller\" runs ingress-nginx with ConfigMap \"new-config\", which lets any client forge its address in X-Forwarded-For."],
  ['proxy-protocol-backend-mismatch', 'contour.yaml', 66, 'settingRejects', "Deployment \"contour\" makes Contour (Envoy) in DaemonSet \"envoy\" reject the PROXY protocol header that Service \"envoy\" sends."],
  ['proxy-protocol-backend-mismatch', 'contour.yaml', 33, 'backendRejects', "Contour (Envoy) in DaemonSet \"envoy\" rejects the PROXY protocol header that the AWS load balancer of Service \"envoy\" sends."],
  ['proxy-protocol-backend-mismatch', 'envoy-gateway.yaml', 8, 'gatewaySide', "GatewayClass \"eg\" of Gateway \"web\" gets PROXY protocol headers that no ClientTrafficPolicy accepts on listener \"http\", \"https\"."],
  ['proxy-protocol-backend-mismatch', 'envoy-gateway.yaml', 34, 'policySide', "ClientTrafficPolicy \"client-ip\" leaves listener \"http\", \"https\" of Gateway \"web\" without the proxyProtocol it needs."],
  ['proxy-protocol-not-sent', 'contour.yaml', 47, 'settingRequires', "Deployment \"contour\" makes Contour (Envoy) in DaemonSet \"envoy\" require a PROXY protocol header that Service \"envoy\" does not send."],
  ['proxy-protocol-not-sent', 'contour.yaml', 23, 'backendRequires', "Contour (Envoy) in DaemonSet \"envoy\" requires a PROXY protocol header that the load balancer of Service \"envoy\" does not send."],
  ['proxy-protocol-not-sent', 'envoy-gateway.yaml', 8, 'gatewaySide', "GatewayClass \"eg\" of Gateway \"web\" gets no PROXY protocol header on listener \"http\", \"https\", where a ClientTrafficPolicy requires one."],
  ['proxy-protocol-not-sent', 'envoy-gateway.yaml', 34, 'policySide', "ClientTrafficPolicy \"proxy-protocol\" requires PROXY protocol on listener \"http\", \"https\" of Gateway \"web\", which gets none."],
  ['proxy-protocol-unverified-backend', 'envoy-gateway.yaml', 19, 'gatewayNoPolicy', "Gateway \"edge\" gets PROXY protocol headers from the load balancer of EnvoyProxy \"edge\", and nothing in view says Envoy accepts them."],
  ['forwarded-headers-trust-all', 'haproxy-ingress.yaml', 13, 'haproxyController', "Deployment \"haproxy-kubernetes-ingress\" runs HAProxy Kubernetes Ingress with src-ip-header: \"X-Forwarded-For\", which lets any client choose its address."],
  ['forwarded-headers-trust-all', 'kong.yaml', 102, 'kongWorkload', "Deployment \"kong-files\" runs Kong trusting every IPv6 address while it takes the client address from the X-Forwarded-For header."],
  ['forwarded-headers-trust-all', 'traefik.yaml', 69, 'traefikWorkload', "Deployment \"traefik-file\" runs Traefik with entry point \"web\" trusting X-Forwarded-* headers from every address."],
  ];
  for (const [ruleId, fixture, line, messageId, summary] of cases) {
    it(`${ruleId}/${messageId}`, () => {
      const found = lintAlone(ruleId, path.join(FIXTURES, ruleId, fixture), line).filter((f) => f.file === ALONE_FILE && f.line === line && f.messageId === messageId);
      expect(found.map((f) => f.summary)).toContain(summary);
    });
  }
});

