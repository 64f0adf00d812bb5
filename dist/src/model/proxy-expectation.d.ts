/**
 * What a backend expects on a listening port: a PROXY protocol header required, optional, or not
 * accepted (DOMAIN.md §4). One reader per backend software, each in its own module; the PROXY
 * rules compare this with what the load balancer in front sends.
 */
import type { Backend, BackendSoftware } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export type { Expectation, ExpectationReader, PortExpectation } from './proxy-types.js';
export { UNKNOWN } from './proxy-types.js';
/** Whether the software is one whose PROXY configuration srcip-lint reads. */
export declare function readsProxyConfig(software: BackendSoftware): boolean;
export declare function proxyExpectation(model: Model, backend: Backend, containerPort: number): PortExpectation;
