/**
 * Emissary-ingress and PROXY protocol (DOMAIN.md §4; emissary.ts): the Listener whose `spec.port`
 * is the container port decides. HTTPPROXY, HTTPSPROXY or a protocolStack with PROXY requires the
 * header; any other stack does not read one. No Listener on the port: unknown.
 */
import type { Backend } from './backends.js';
import { type Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export declare function emissaryExpectation(model: Model, backend: Backend, port: number): PortExpectation;
