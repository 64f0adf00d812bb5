/**
 * Kinds the model looks up, whichever rules are on: they are always read in full (other kinds of
 * no enabled rule arrive with their metadata only). Small in bytes: the bulk of real bundles is
 * CustomResourceDefinitions and RBAC, not these.
 */
/** Envoy Gateway and Gateway API objects (envoy-gateway.ts). */
export declare const ENVOY_GATEWAY_KINDS: readonly string[];
/** Configuration objects of the proxies whose PROXY-protocol settings the model reads. */
export declare const PROXY_CONFIG_KINDS: readonly string[];
export declare const MODEL_KINDS: readonly string[];
