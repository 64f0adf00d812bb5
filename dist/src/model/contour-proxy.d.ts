/**
 * Contour and PROXY protocol (DOMAIN.md §4; contour.ts): with `--use-proxy-protocol` (or
 * ContourConfiguration `spec.envoy.listener.useProxyProtocol: true`) every Envoy listener Contour
 * builds requires a PROXY header; without it none reads one. Ports: the HTTP and HTTPS listeners
 * (8080/8443 by default), or, in Gateway API mode, any Envoy port but stats/health/admin.
 *
 * When several `contour serve` controllers could program the Envoy (several gateways in one
 * namespace and no bootstrap link to tell them apart), the answer is the one they all give, else
 * unknown.
 */
import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export declare function contourExpectation(model: Model, backend: Backend, port: number): PortExpectation;
