/**
 * Contour (projectcontour/contour; DOMAIN.md §4): which `contour serve` control plane programs an
 * Envoy fleet, and the listener settings it gives Envoy.
 *
 * - `contour serve` reads a ContourConfiguration resource when `--contour-config-name` names one
 *   (in the namespace of `$CONTOUR_NAMESPACE`, default `projectcontour`), and then ignores its
 *   flags; otherwise flags and the `--config-path` file (cmd/contour/serve.go `getConfig`).
 * - PROXY: flag `--use-proxy-protocol` or `spec.envoy.listener.useProxyProtocol`; the config file
 *   has no such key (servecontext.go `convertToContourConfigurationSpec`). With it, every listener
 *   Contour builds gets Envoy's proxy_protocol listener filter, which then requires the header
 *   (internal/xdscache/v3/listener.go `proxyProtocol`); the stats/health and admin listeners are
 *   static and never get it.
 * - Listener ports: `--envoy-service-http-port` / `--envoy-service-https-port` (defaults 8080 and
 *   8443; the config file cannot change them), or `spec.envoy.http.port` / `spec.envoy.https.port`.
 *   In Gateway API mode (`gateway:` in the config file, `spec.gateway` in the resource) listeners
 *   follow the Gateway's listeners instead.
 *
 * Which control plane: a `contour serve` container in the Envoy pod itself; else the workloads
 * behind the Service named by the Envoy bootstrap's `--xds-address` (the `contour bootstrap` init
 * container); else every `contour serve` workload in the Envoy's namespace (nearest copies).
 */
import type { K8sObject, Path } from '../engine/types.js';
import { type ContainerRef } from '../k8s/pods.js';
import { type Backend } from './backends.js';
import { type Model } from './model.js';
/** Kinds the Contour reader looks into, besides ConfigMaps and workloads. */
export declare const CONTOUR_CONFIG_KINDS: readonly string[];
export declare const CONTOUR_DEFAULTS: {
    readonly httpPort: 8080;
    readonly httpsPort: 8443;
    /** Envoy's stats and health listener (`--stats-port`; `spec.envoy.metrics.port`, `spec.envoy.health.port`). */
    readonly statsPort: 8002;
    /** Envoy's admin listener (`network.admin-port`; `spec.envoy.network.adminPort`). */
    readonly adminPort: 9001;
    /** The shutdown-manager sidecar's port in the Envoy pod (examples/contour/03-envoy.yaml). */
    readonly shutdownManagerPort: 8090;
    /** `$CONTOUR_NAMESPACE` when unset (serve.go `getConfig`). */
    readonly namespace: "projectcontour";
};
export interface Location {
    readonly object: K8sObject;
    readonly path: Path;
}
export interface ContourController {
    readonly workload: K8sObject;
    readonly container: ContainerRef;
    /** command + args with `$(VAR)` references expanded. */
    readonly argv: readonly string[];
    /** How many of `argv` come from `command` (for paths into the container). */
    readonly commandLength: number;
}
export interface ContourListenerConfig {
    /** 'unknown': the ContourConfiguration named by `--contour-config-name` is not in view. */
    readonly state: 'known' | 'unknown';
    readonly controller: ContourController;
    /** The ContourConfiguration read, when the controller uses one. */
    readonly configuration: K8sObject | undefined;
    readonly useProxyProtocol: boolean;
    readonly httpPort: number;
    readonly httpsPort: number;
    /** Envoy ports that are not Contour listeners (stats, health, admin, shutdown manager). */
    readonly otherPorts: ReadonlySet<number>;
    /** Gateway API mode (listeners follow a Gateway); undefined when the config file is not in view. */
    readonly gateway: boolean | undefined;
    /** Where useProxyProtocol is set, or where it would go. */
    readonly setting: Location;
    /** The setting is written explicitly (flag or field present). */
    readonly explicit: boolean;
}
/** The subcommand a container runs the contour binary with (`serve`, `bootstrap`, `envoy`), if it does. */
export declare function contourSubcommand(ref: ContainerRef): string | undefined;
/**
 * The `contour serve` controllers that may program this Envoy: one in the same pod, else those
 * behind the bootstrap's xDS Service, else all in the Envoy's namespace (nearest copies only).
 * Several controllers are returned when the manifests do not say which one it is.
 */
export declare function contourControllers(model: Model, backend: Backend): readonly ContourController[];
/** The listener settings a `contour serve` controller gives Envoy. */
export declare function contourListenerConfig(model: Model, c: ContourController): ContourListenerConfig;
/** `Deployment "contour"` or `ContourConfiguration "contour"`, for messages. */
export declare function describeConfig(cfg: ContourListenerConfig): string;
