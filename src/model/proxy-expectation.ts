/**
 * What a backend expects on a listening port: a PROXY protocol header required, optional, or not
 * accepted (DOMAIN.md §4). One reader per backend software, each in its own module; the PROXY
 * rules compare this with what the load balancer in front sends.
 */

import type { K8sObject, OtherSide, RelatedReport } from '../engine/types.js';
import { WORKLOAD_KINDS } from '../k8s/kinds.js';
import { type Backend, type BackendSoftware, SOFTWARE_NAMES } from './backends.js';
import { contourExpectation } from './contour-proxy.js';
import { emissaryExpectation } from './emissary-proxy.js';
import { haproxyIngressExpectation } from './haproxy-ingress-proxy.js';
import { ingressNginxExpectation } from './ingress-nginx-proxy.js';
import { istioExpectation } from './istio-proxy.js';
import { kongExpectation } from './kong-proxy.js';
import type { Model } from './model.js';
import { nginxConfExpectation } from './nginx-conf-proxy.js';
import { nginxIncExpectation } from './nginx-inc-ingress-proxy.js';
import { type ExpectationReader, type PortExpectation, UNKNOWN } from './proxy-types.js';
import { traefikExpectation } from './traefik-proxy.js';

export type { Expectation, ExpectationReader, PortExpectation } from './proxy-types.js';
export { UNKNOWN } from './proxy-types.js';

const READERS: Partial<Record<BackendSoftware, ExpectationReader>> = {
  'ingress-nginx': ingressNginxExpectation,
  'nginx-inc-ingress': nginxIncExpectation,
  traefik: traefikExpectation,
  'haproxy-ingress': haproxyIngressExpectation,
  kong: kongExpectation,
  nginx: nginxConfExpectation,
  'contour-envoy': contourExpectation,
  'istio-gateway': istioExpectation,
  emissary: emissaryExpectation,
};

/**
 * The kinds a PROXY finding may relate on the backend's side: the workloads, and where the readers
 * find their settings (ConfigMaps, Contour's ContourConfiguration, Istio's IstioOperator and
 * EnvoyFilter, Emissary's Listener, Envoy Gateway's Gateway, GatewayClass and
 * ClientTrafficPolicy). A reader that relates another kind adds it here: the PROXY rules run on
 * context objects only when a linted file holds one of these (test/partial.test.ts checks).
 */
export const PROXY_RELATED_KINDS: readonly string[] = [
  ...WORKLOAD_KINDS,
  'ConfigMap',
  'ContourConfiguration',
  'IstioOperator',
  'EnvoyFilter',
  'Listener',
  'Gateway',
  'GatewayClass',
  'ClientTrafficPolicy',
];

/** Whether the software is one whose PROXY configuration srcip-lint reads. */
export function readsProxyConfig(software: BackendSoftware): boolean {
  return READERS[software] !== undefined;
}

/**
 * The related locations of a PROXY finding on a backend: where its settings are (each reader's
 * `related`, deduplicated), then the workload itself, each with the finding told from its side
 * (`side(object)`), so that a run that lints only the backend reports it there.
 */
export function backendRelated<M extends string>(
  backend: Backend,
  settings: readonly RelatedReport[],
  side: (object: K8sObject) => OtherSide<M>,
): RelatedReport<M>[] {
  const out: RelatedReport<M>[] = [];
  for (const r of settings) {
    if (!out.some((o) => o.object === r.object && o.path.join('/') === r.path.join('/'))) out.push({ ...r, asPrimary: side(r.object) });
  }
  const { workload } = backend;
  if (!out.some((o) => o.object === workload)) {
    out.push({
      object: workload,
      path: [...backend.container.path, 'image'],
      message: `${workload.kind} "${workload.name}" runs ${SOFTWARE_NAMES[backend.software]}`,
      asPrimary: side(workload),
    });
  }
  return out;
}

/** The other side's message for a finding: the side's message id and data, added to the finding's. */
export function sideOf<M extends string>(
  side: { readonly messageId: M; readonly data: Readonly<Record<string, string>> },
  data: Readonly<Record<string, string | number>>,
  demoted: string,
): OtherSide<M> {
  return { messageId: side.messageId, data: { ...data, ...side.data }, demoted };
}

export function proxyExpectation(model: Model, backend: Backend, containerPort: number): PortExpectation {
  const reader = READERS[backend.software];
  return reader ? reader(model, backend, containerPort) : UNKNOWN;
}
