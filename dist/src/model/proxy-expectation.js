/**
 * What a backend expects on a listening port: a PROXY protocol header required, optional, or not
 * accepted (DOMAIN.md §4). One reader per backend software, each in its own module; the PROXY
 * rules compare this with what the load balancer in front sends.
 */
import { contourExpectation } from './contour-proxy.js';
import { emissaryExpectation } from './emissary-proxy.js';
import { haproxyIngressExpectation } from './haproxy-ingress-proxy.js';
import { ingressNginxExpectation } from './ingress-nginx-proxy.js';
import { istioExpectation } from './istio-proxy.js';
import { kongExpectation } from './kong-proxy.js';
import { nginxConfExpectation } from './nginx-conf-proxy.js';
import { nginxIncExpectation } from './nginx-inc-ingress-proxy.js';
import { UNKNOWN } from './proxy-types.js';
import { traefikExpectation } from './traefik-proxy.js';
export { UNKNOWN } from './proxy-types.js';
const READERS = {
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
export function readsProxyConfig(software) {
    return READERS[software] !== undefined;
}
export function proxyExpectation(model, backend, containerPort) {
    const reader = READERS[backend.software];
    return reader ? reader(model, backend, containerPort) : UNKNOWN;
}
