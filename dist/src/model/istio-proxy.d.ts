/**
 * Istio ingress gateways and PROXY protocol (DOMAIN.md §4; istio.ts). Every gateway listener but
 * QUIC (UDP) ones gets the proxy_protocol listener filter when the pod's effective
 * `gatewayTopology.proxyProtocol` is set, and then requires the header; an EnvoyFilter can add the
 * filter too (optional with `allow_requests_without_proxy_protocol: true`). Gateway listeners sit
 * on the Service's target ports, so any port of the pod but the proxy's own (15000-range admin,
 * health, telemetry) counts as one.
 */
import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export declare function istioExpectation(model: Model, backend: Backend, port: number): PortExpectation;
