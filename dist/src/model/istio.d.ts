/**
 * Istio gateways and PROXY protocol (istio/istio; DOMAIN.md §4):
 *
 * - `gatewayTopology.proxyProtocol: {}` in the proxy configuration makes every non-QUIC gateway
 *   listener carry Envoy's proxy_protocol listener filter, which then requires the header
 *   (pilot/pkg/networking/core/gateway.go `needPROXYProtocol`, listener.go `buildGatewayListener`).
 * - The proxy configuration is the mesh's `defaultConfig` (ConfigMap `istio`, or `istio-<rev>` for
 *   a revision, key `mesh`, as rendered by the istiod chart; or an IstioOperator's
 *   `spec.meshConfig`), overridden per pod by the `proxy.istio.io/config` annotation. The
 *   annotation is applied field by field over the mesh default (pkg/config/mesh `MergeProxyConfig`),
 *   so a `gatewayTopology` written there replaces the mesh's for that pod.
 * - An EnvoyFilter in the gateway's namespace or the config root namespace (mesh `rootNamespace`,
 *   default `istio-system`) whose workloadSelector matches the gateway pods can add the listener
 *   filter itself (`envoy.filters.listener.proxy_protocol`, older `envoy.listener.proxy_protocol`);
 *   with `allow_requests_without_proxy_protocol: true` it becomes optional.
 */
import type { K8sObject, Path, Range } from '../engine/types.js';
import type { Backend } from './backends.js';
import { type Model } from './model.js';
/** Kinds the Istio reader looks into, besides ConfigMaps and workloads. */
export declare const ISTIO_CONFIG_KINDS: readonly string[];
export declare const PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config";
export declare const DEFAULT_ROOT_NAMESPACE = "istio-system";
/**
 * Ports of the Istio proxy itself, not gateway listeners (istio.io "Ports used by Istio":
 * admin, outbound, debug, inbound, HBONE, merged telemetry, health, DNS, Envoy telemetry).
 */
export declare const ISTIO_PROXY_PORTS: ReadonlySet<number>;
export interface Location {
    readonly object: K8sObject;
    readonly path: Path;
    /** The setting's place inside the YAML text held at `path` (the mesh key, the proxy config annotation), when known. */
    readonly within?: Range;
}
export interface TopologySetting {
    /** gatewayTopology.proxyProtocol is set. */
    readonly proxyProtocol: boolean;
    readonly source: 'annotation' | 'mesh-configmap' | 'istio-operator';
    /** For messages: `the proxy.istio.io/config annotation of Deployment "x"`, `ConfigMap "istio-system/istio"`. */
    readonly where: string;
    readonly location: Location;
}
export type Topology = {
    readonly state: 'known';
    readonly setting: TopologySetting;
} | {
    readonly state: 'unknown';
};
interface MeshConfig {
    readonly mesh: Record<string, unknown>;
    readonly source: 'mesh-configmap' | 'istio-operator';
    readonly where: string;
    readonly location: Location;
}
/**
 * The mesh configuration in view for the gateway's revision: the rendered ConfigMap first (what
 * istiod reads), then the IstioOperator that installs the control plane. Undefined when neither
 * is in view or they cannot be told apart.
 */
export declare function meshConfig(model: Model, backend: Backend): MeshConfig | undefined | 'unreadable';
/** The effective gatewayTopology.proxyProtocol of a gateway's pods, and where it comes from. */
export declare function gatewayTopology(model: Model, backend: Backend): Topology;
/** The mesh's config root namespace (EnvoyFilters there apply in every namespace). */
export declare function rootNamespace(model: Model, backend: Backend): string;
export interface EnvoyFilterMatch {
    readonly filter: K8sObject;
    readonly patchIndex: number;
    readonly optional: boolean;
}
export interface EnvoyFilterResult {
    /** Patches that add a proxy_protocol listener filter to this gateway's listener on the port. */
    readonly matches: readonly EnvoyFilterMatch[];
    /** An EnvoyFilter that may apply could not be read (metadata only, ambiguous copies, targetRefs). */
    readonly uncertain: boolean;
}
/** EnvoyFilters in view that add a PROXY listener filter to the gateway's listener on `port`. */
export declare function envoyFilterProxyProtocol(model: Model, backend: Backend, port: number): EnvoyFilterResult;
export {};
