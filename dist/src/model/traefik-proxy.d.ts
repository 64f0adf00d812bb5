/**
 * Traefik and PROXY protocol (DOMAIN.md §4): an entry point with `proxyProtocol` (trustedIPs or
 * insecure) accepts connections with or without a header (the version is auto-detected); an
 * entry point without it treats a header as a broken request.
 */
import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export declare function traefikExpectation(model: Model, backend: Backend, port: number): PortExpectation;
