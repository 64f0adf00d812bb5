/**
 * What a backend expects on a listening port: a PROXY protocol header required, optional, or not
 * accepted (DOMAIN.md §4). One reader per backend software; the PROXY rules compare this with
 * what the load balancer in front sends.
 */
import { ingressNginxExpectation } from './ingress-nginx-proxy.js';
import { traefikExpectation } from './traefik-proxy.js';
export const UNKNOWN = { expectation: 'unknown', listener: '', detail: '', fix: '' };
const READERS = {
    'ingress-nginx': ingressNginxExpectation,
    traefik: traefikExpectation,
};
/** Whether the software is one whose PROXY configuration srcip-lint reads. */
export function readsProxyConfig(software) {
    return READERS[software] !== undefined;
}
export function proxyExpectation(model, backend, containerPort) {
    const reader = READERS[backend.software];
    return reader ? reader(model, backend, containerPort) : UNKNOWN;
}
