/**
 * HAProxy Kubernetes Ingress Controller (haproxytech/kubernetes-ingress; DOMAIN.md §4–5): how the
 * controller finds its ConfigMap, which ports its frontends bind, and how it reads the keys that
 * matter for the client IP.
 *
 * - `--configmap=<ns>/<name>` names the ConfigMap (pkg/utils/flags.go: a NamespaceValue, exactly
 *   two parts; the flag's default is empty: without it the controller runs on built-in defaults,
 *   although documentation/controller.md of older releases gives `default/haproxy-configmap`).
 * - HTTP and HTTPS frontends bind `--http-bind-port` / `--https-bind-port`: defaults 8080/8443 in
 *   current releases (deploy/haproxy-ingress.yaml targets 8080/8443 without the flags), 80/443 in
 *   older ones; both are accepted when the flags are absent. `--disable-http` / `--disable-https`
 *   remove a frontend.
 * - TCP services (`--configmap-tcp-services`, keys are ports) get their own `tcp-<port>` frontend
 *   (pkg/handler/tcp-services.go).
 */
import type { K8sObject } from '../engine/types.js';
import { type Backend } from './backends.js';
import type { Model } from './model.js';
export type HaproxyBinding = {
    readonly state: 'bound';
    readonly configMap: K8sObject;
} | {
    readonly state: 'defaults';
} | {
    readonly state: 'unknown';
    readonly ref: string;
};
/** The main ConfigMap of a controller (`--configmap`). */
export declare function haproxyControllerConfig(model: Model, backend: Backend): HaproxyBinding;
/** The TCP services ConfigMap (`--configmap-tcp-services`), when in view. */
export declare function haproxyTcpServices(model: Model, backend: Backend): K8sObject | undefined;
export interface FrontendPorts {
    readonly http: readonly number[];
    readonly https: readonly number[];
}
/** Ports of the HTTP and HTTPS frontends. */
export declare function haproxyFrontendPorts(backend: Backend): FrontendPorts;
/** A ConfigMap's data (empty when absent). */
export declare function haproxyData(cm: K8sObject): Readonly<Record<string, unknown>>;
/** A string key's value, trimmed; undefined when absent or empty (the controller ignores ""). */
export declare function haproxySetting(cm: K8sObject, key: string): string | undefined;
export interface ProxyProtocolSources {
    /** Entries the controller accepts (net.ParseIP or net.ParseCIDR). */
    readonly valid: readonly string[];
    /** Entries it logs as "incorrect address" and skips. */
    readonly invalid: readonly string[];
    /** An IPv4 /0 among the valid entries: every IPv4 source must send PROXY. */
    readonly all: boolean;
}
/** The `proxy-protocol` key: a comma-separated list of IPs and CIDRs (pkg/handler/proxy-protocol.go). */
export declare function proxyProtocolSources(value: string): ProxyProtocolSources;
/** What Go's net.ParseIP / net.ParseCIDR accept (IPv4, IPv6, with a prefix length). */
export declare function isIpOrCidr(s: string): boolean;
export interface HaproxyConfigMap {
    readonly configMap: K8sObject;
    /** Controllers in view that read it (empty when recognised by name or labels). */
    readonly controllers: readonly Backend[];
}
/**
 * The ConfigMaps that configure a HAProxy Kubernetes Ingress controller: those a controller in view
 * names with `--configmap`, and, in namespaces where no controller is in view, those named like the
 * official manifest's (`haproxy-kubernetes-ingress`) or labelled by the haproxytech Helm chart.
 */
export declare function haproxyConfigMaps(model: Model): ReadonlyMap<K8sObject, HaproxyConfigMap>;
/** Annotation prefixes only this controller reads (documentation/annotations.md). */
export declare const HAPROXY_ANNOTATION_PREFIXES: readonly ["haproxy.org/", "haproxy.com/"];
