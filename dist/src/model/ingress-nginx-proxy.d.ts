/**
 * ingress-nginx and PROXY protocol (DOMAIN.md §2.2): `use-proxy-protocol: "true"` adds
 * `proxy_protocol` to every HTTP/HTTPS `listen` (then a header is required); TCP services decode
 * PROXY only with the `:PROXY` suffix in the tcp-services ConfigMap.
 */
import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export declare function ingressNginxExpectation(model: Model, backend: Backend, port: number): PortExpectation;
