/**
 * ingress-nginx (kubernetes/ingress-nginx, controller v1.15.1; DOMAIN.md §2): how a controller
 * finds its ConfigMap, what the keys that matter for the client IP default to, and how the
 * controller reads their values.
 */
import type { K8sObject } from '../engine/types.js';
import { type Backend } from './backends.js';
import type { Model } from './model.js';
export declare const CONTROLLER_CONFIGMAP_NAMES: string[];
/** Defaults of the keys the client-IP rules read (config.go `NewDefault`, template/configmap.go). */
export declare const NGINX_DEFAULTS: {
    readonly 'use-forwarded-headers': false;
    readonly 'enable-real-ip': false;
    readonly 'use-proxy-protocol': false;
    readonly 'compute-full-forwarded-for': false;
    readonly 'forwarded-for-header': "X-Forwarded-For";
    readonly 'proxy-real-ip-cidr': "0.0.0.0/0";
};
export type ConfigBinding = 
/** The ConfigMap named by `--configmap` is in view. */
{
    readonly state: 'bound';
    readonly configMap: K8sObject;
}
/** No `--configmap` flag: the controller runs on built-in defaults. */
 | {
    readonly state: 'defaults';
}
/** `--configmap` names a ConfigMap that is not in view (or cannot be resolved). */
 | {
    readonly state: 'unknown';
    readonly ref: string;
};
/** The ConfigMap a controller reads, through `--configmap=<ns>/<name>` (DOMAIN.md §2.4). */
export declare function controllerConfig(model: Model, backend: Backend): ConfigBinding;
/** The tcp-services ConfigMap of a controller (`--tcp-services-configmap`), when in view. */
export declare function tcpServicesConfig(model: Model, backend: Backend): K8sObject | undefined;
export interface ControllerConfigMap {
    readonly configMap: K8sObject;
    /** Controllers in view that read it (empty when bound by name or labels). */
    readonly controllers: readonly Backend[];
}
/** The controller configuration entry for a ConfigMap, if it configures an ingress-nginx controller. */
export declare function asControllerConfigMap(model: Model, cm: K8sObject): ControllerConfigMap | undefined;
/**
 * The ConfigMaps that configure an ingress-nginx controller: those named by a controller's
 * `--configmap`, and, in namespaces where no controller is in view, those named like the
 * official manifests' (`ingress-nginx-controller`) or labelled as the controller's, unless an F5
 * NGINX Ingress controller in view reads them.
 */
export declare function controllerConfigMaps(model: Model): readonly ControllerConfigMap[];
/** A ConfigMap's data (empty when absent). */
export declare function configData(cm: K8sObject): Readonly<Record<string, unknown>>;
export interface BoolSetting {
    /** The value the controller uses. */
    readonly value: boolean;
    /** The key is present. */
    readonly set: boolean;
    /** The key is present but the controller cannot read it (it keeps the default). */
    readonly invalid: boolean;
}
/**
 * A boolean key as the controller reads it: mapstructure's weak decoding uses strconv.ParseBool,
 * and a value it rejects leaves the default (DOMAIN.md §2.2). An unquoted YAML boolean is read as
 * meant (the API server rejects the object anyway: non-string-map-value).
 */
export declare function boolSetting(data: Readonly<Record<string, unknown>>, key: keyof typeof NGINX_DEFAULTS): BoolSetting;
/** A string key's value, or undefined when absent. */
export declare function stringSetting(data: Readonly<Record<string, unknown>>, key: string): string | undefined;
/** The http and https ports of a controller (`--http-port`, `--https-port`; defaults 80 and 443). */
export declare function listenPorts(backend: Backend): {
    http: number;
    https: number;
};
/** Entries of a tcp-services ConfigMap: port → whether the controller decodes PROXY on it. */
export declare function tcpServices(cm: K8sObject): Map<number, {
    value: string;
    decodeProxy: boolean;
}>;
export declare function hasKey(data: Readonly<Record<string, unknown>>, key: string): boolean;
