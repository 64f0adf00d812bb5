/**
 * Emissary-ingress / Ambassador (emissary-ingress/emissary; DOMAIN.md §4). Since 2.0 every port
 * Emissary listens on is a `Listener` (getambassador.io/v3alpha1): `spec.port` is the port Envoy
 * binds, and `spec.protocol` (HTTP, HTTPS, HTTPPROXY, HTTPSPROXY, TCP, TLS, UDP) or
 * `spec.protocolStack` (HTTP, PROXY, TLS, TCP, UDP) says what it speaks
 * (pkg/api/getambassador.io/v3alpha1/listener_types.go). A PROXY element becomes Envoy's
 * proxy_protocol listener filter, which requires the header (python/ambassador/envoy/v3/v3listener.py).
 * The Ambassador Module's PROXY setting is no longer supported since 2.0 (docs/releaseNotes.yml,
 * 2.0.0-ea "PROXY protocol configuration has been moved to AmbassadorListener").
 *
 * An instance reads the resources whose `ambassador_id` (default `["default"]`) contains its
 * `AMBASSADOR_ID` (default `default`), in every namespace unless `AMBASSADOR_SINGLE_NAMESPACE` is
 * set (then only `AMBASSADOR_NAMESPACE`), and only those matching `AMBASSADOR_LABEL_SELECTOR`.
 */
import type { K8sObject } from '../engine/types.js';
import type { Backend } from './backends.js';
import type { Model } from './model.js';
/** Kinds the Emissary reader looks into. */
export declare const EMISSARY_CONFIG_KINDS: readonly string[];
/** The protocol stacks of the `spec.protocol` shorthands (listener_types.go comments). */
export declare const PROTOCOL_STACKS: Readonly<Record<string, readonly string[]>>;
export interface EmissaryListener {
    readonly object: K8sObject;
    readonly port: number;
    /** The protocol stack; undefined when it cannot be read (both or neither field, unknown value). */
    readonly stack: readonly string[] | undefined;
    /** How it is written, for messages: `protocol HTTPPROXY`, `protocolStack [PROXY, HTTP, TCP]`. */
    readonly written: string;
    /** `protocol` or `protocolStack`, the field to change. */
    readonly field: 'protocol' | 'protocolStack';
}
export type EmissaryListeners = {
    readonly state: 'known';
    readonly listeners: readonly EmissaryListener[];
} | {
    readonly state: 'unknown';
};
/** The major version in the image tag (`emissary:3.9.1` → 3), if there is one. */
export declare function imageMajor(image: string): number | undefined;
/**
 * The Listeners an Emissary instance reads. Unknown for 1.x images (no Listener resource then),
 * an AMBASSADOR_ID or selector we cannot read, or a Listener read only in part.
 */
export declare function emissaryListeners(model: Model, backend: Backend): EmissaryListeners;
