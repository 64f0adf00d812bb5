/**
 * What a backend expects on a listening port: a PROXY protocol header required, optional, or not
 * accepted (DOMAIN.md §4). One reader per backend software, each in its own module; the PROXY
 * rules compare this with what the load balancer in front sends.
 */

import type { Backend, BackendSoftware } from './backends.js';
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

/** Whether the software is one whose PROXY configuration srcip-lint reads. */
export function readsProxyConfig(software: BackendSoftware): boolean {
  return READERS[software] !== undefined;
}

export function proxyExpectation(model: Model, backend: Backend, containerPort: number): PortExpectation {
  const reader = READERS[backend.software];
  return reader ? reader(model, backend, containerPort) : UNKNOWN;
}
