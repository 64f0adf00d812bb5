/**
 * Envoy Gateway (envoyproxy/gateway `api/v1alpha1`; DOMAIN.md §4, §5). The Envoy Service of a
 * Gateway is not in the manifests: Envoy Gateway generates it at runtime from the EnvoyProxy that
 * applies to the Gateway (`spec.provider.kubernetes.envoyService`: `annotations`, `type` default
 * LoadBalancer, `externalTrafficPolicy` default Local, `loadBalancerClass`, `patch`), with one port
 * per Gateway listener port. Which EnvoyProxy applies (internal/gatewayapi/contexts.go
 * `attachEnvoyProxy`): the Gateway's `spec.infrastructure.parametersRef` (same namespace) when it
 * exists and the GatewayClass's EnvoyProxy does not set `mergeGateways`, else the GatewayClass's
 * `spec.parametersRef`, else a default from the EnvoyGateway configuration (not in view).
 *
 * What Envoy expects on a listener comes from the ClientTrafficPolicies that target the Gateway
 * (`targetRef`, `targetRefs`, `targetSelectors`; a policy naming the listener in `sectionName`
 * wins over Gateway-wide ones): `spec.proxyProtocol: {}` requires a PROXY header,
 * `spec.proxyProtocol.optional: true` accepts connections with or without one, and the deprecated
 * `spec.enableProxyProtocol: true` requires one (`proxyProtocol` wins when both are set).
 */
import type { K8sObject, Path, RelatedReport } from '../engine/types.js';
import type { PodTemplate } from '../k8s/pods.js';
import type { Model } from './model.js';
export declare const EG_GROUP = "gateway.envoyproxy.io";
export declare const GATEWAY_API_GROUP = "gateway.networking.k8s.io";
export declare const EG_CONTROLLER_NAME = "gateway.envoyproxy.io/gatewayclass-controller";
export declare const ENVOY_SERVICE_PATH: Path;
export interface EnvoyProxyBinding {
    readonly gateway: K8sObject;
    readonly envoyProxy: K8sObject;
    readonly gatewayClass: K8sObject | undefined;
    /** The reference that attaches the EnvoyProxy (Gateway infrastructure or GatewayClass parameters). */
    readonly ref: RelatedReport;
}
export interface GatewayListener {
    readonly name: string;
    readonly port: number;
    readonly protocol: string;
    /** Index in `spec.listeners`. */
    readonly index: number;
}
/** A GatewayClass Envoy Gateway runs: its controller name, or parameters of kind EnvoyProxy. */
export declare function isEnvoyGatewayClass(gatewayClass: K8sObject): boolean;
/**
 * The EnvoyProxy that shapes a Gateway's Envoy Service, when it is in view. Undefined when the
 * Gateway is not Envoy Gateway's, when the referenced EnvoyProxy is not among the linted objects,
 * and when no EnvoyProxy is attached (Envoy Gateway then uses a default from its own
 * configuration, which the manifests do not show).
 */
export declare function envoyProxyOf(model: Model, gateway: K8sObject): EnvoyProxyBinding | undefined;
/** The Gateways in view whose Envoy Service this EnvoyProxy shapes. */
export declare function gatewaysUsing(model: Model, envoyProxy: K8sObject): EnvoyProxyBinding[];
export declare function gatewayListeners(gateway: K8sObject): GatewayListener[];
/** Where an annotation of the generated Service is written in the EnvoyProxy (or would go). */
export declare function envoyServiceAnnotationPath(envoyProxy: K8sObject, key: string): Path;
/**
 * The Service Envoy Gateway would generate for a Gateway from this EnvoyProxy, as a plain object
 * the Service helpers read (it shares the EnvoyProxy's document, for positions). Without a
 * Gateway it has no ports. Listeners on one port share one Service port; UDP listeners get UDP.
 */
export declare function generatedEnvoyService(envoyProxy: K8sObject, gateway?: K8sObject): K8sObject;
export type ListenerExpectation = 'required' | 'optional' | 'none' | 'unknown';
export interface PortClientProxy {
    readonly port: number;
    readonly expectation: ListenerExpectation;
    /** Names of the Gateway listeners on this port. */
    readonly listeners: readonly string[];
    /** The listeners in the Gateway, for related locations. */
    readonly listenerRefs: readonly RelatedReport[];
    /** The policies that decide, each with the field that says so (or where it would go). */
    readonly policies: readonly RelatedReport[];
}
export interface GatewayClientProxy {
    /** ClientTrafficPolicies in view that target the Gateway or one of its listeners. */
    readonly policies: readonly K8sObject[];
    /** What Envoy expects on a Service (listener) port. */
    forPort(port: number): PortClientProxy;
}
/** The Gateways in view a ClientTrafficPolicy targets (as a whole or one of their listeners). */
export declare function policyGateways(model: Model, policy: K8sObject): K8sObject[];
/** What the ClientTrafficPolicies in view make Envoy expect on each listener port of a Gateway. */
export declare function clientProxyProtocol(model: Model, gateway: K8sObject): GatewayClientProxy;
/** Labels Envoy Gateway puts on every Envoy pod (internal/infrastructure/kubernetes/proxy/resource.go `EnvoyAppLabel`). */
export declare const ENVOY_POD_LABELS: Readonly<Record<string, string>>;
/** Labels that name the owning Gateway or GatewayClass; their values are not in the EnvoyProxy. */
export declare const OWNING_GATEWAY_LABELS: readonly string[];
export declare const ENVOY_KUBERNETES_PATH: Path;
/**
 * The Envoy Deployment's pod template as an EnvoyProxy describes it (`envoyDeployment.pod`): its
 * spec (affinity, topologySpreadConstraints, ...) and the labels its pods get, which are Envoy
 * Gateway's own plus `pod.labels` plus the owning-Gateway labels, whose values a selector may use
 * (taken from the selectors themselves: they are set at runtime). Undefined for a DaemonSet.
 */
export declare function envoyPodTemplate(envoyProxy: K8sObject): PodTemplate | undefined;
/**
 * Who a related location of an Envoy Gateway PROXY finding is, for the message told from its
 * side: a ClientTrafficPolicy (`policy`), or the Gateway or GatewayClass (`who`).
 */
export declare function gatewaySide(object: K8sObject, gateway: K8sObject): {
    messageId: 'policySide' | 'gatewaySide';
    data: Record<string, string>;
};
/** `Gateway "g"`, or `GatewayClass "c" of Gateway "g"` for the object that attaches an EnvoyProxy. */
export declare function gatewayWho(object: K8sObject, gateway: K8sObject): string;
/**
 * What a PROXY finding on an EnvoyProxy's annotation starts from: the message data naming the
 * EnvoyProxy, its Gateway and the annotation, and what the annotation says as a related location
 * when the finding is reported on the Gateway's side.
 */
export declare function envoyProxySending(envoyProxy: K8sObject, gateway: K8sObject, setting: {
    readonly provider: string;
    readonly annotation: string;
    readonly value: string;
}): {
    data: Record<string, string>;
    demoted: string;
};
/** A readable list of listener names: `"http", "https"`. */
export declare function quoteList(names: readonly string[]): string;
