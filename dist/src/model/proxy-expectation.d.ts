/**
 * What a backend expects on a listening port: a PROXY protocol header required, optional, or not
 * accepted (DOMAIN.md §4). One reader per backend software, each in its own module; the PROXY
 * rules compare this with what the load balancer in front sends.
 */
import type { K8sObject, OtherSide, RelatedReport } from '../engine/types.js';
import { type Backend, type BackendSoftware } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export type { Expectation, ExpectationReader, PortExpectation } from './proxy-types.js';
export { UNKNOWN } from './proxy-types.js';
/**
 * The kinds a PROXY finding may relate on the backend's side: the workloads, and where the readers
 * find their settings (ConfigMaps, Contour's ContourConfiguration, Istio's IstioOperator and
 * EnvoyFilter, Emissary's Listener, Envoy Gateway's Gateway, GatewayClass and
 * ClientTrafficPolicy). A reader that relates another kind adds it here: the PROXY rules run on
 * context objects only when a linted file holds one of these (test/partial.test.ts checks).
 */
export declare const PROXY_RELATED_KINDS: readonly string[];
/** Whether the software is one whose PROXY configuration srcip-lint reads. */
export declare function readsProxyConfig(software: BackendSoftware): boolean;
/**
 * The related locations of a PROXY finding on a backend: where its settings are (each reader's
 * `related`, deduplicated), then the workload itself, each with the finding told from its side
 * (`side(object)`), so that a run that lints only the backend reports it there.
 */
export declare function backendRelated<M extends string>(backend: Backend, settings: readonly RelatedReport[], side: (object: K8sObject) => OtherSide<M>): RelatedReport<M>[];
/** The other side's message for a finding: the side's message id and data, added to the finding's. */
export declare function sideOf<M extends string>(side: {
    readonly messageId: M;
    readonly data: Readonly<Record<string, string>>;
}, data: Readonly<Record<string, string | number>>, demoted: string): OtherSide<M>;
export declare function proxyExpectation(model: Model, backend: Backend, containerPort: number): PortExpectation;
