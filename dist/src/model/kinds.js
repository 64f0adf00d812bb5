/**
 * Kinds the model looks up, whichever rules are on: they are always read in full (other kinds of
 * no enabled rule arrive with their metadata only). Small in bytes: the bulk of real bundles is
 * CustomResourceDefinitions and RBAC, not these.
 */
import { WORKLOAD_KINDS } from '../k8s/kinds.js';
import { CONTOUR_CONFIG_KINDS } from './contour.js';
import { EMISSARY_CONFIG_KINDS } from './emissary.js';
import { ISTIO_CONFIG_KINDS } from './istio.js';
/** Envoy Gateway and Gateway API objects (envoy-gateway.ts). */
export const ENVOY_GATEWAY_KINDS = ['EnvoyProxy', 'Gateway', 'GatewayClass', 'ClientTrafficPolicy'];
/** Configuration objects of the proxies whose PROXY-protocol settings the model reads. */
export const PROXY_CONFIG_KINDS = [
    ...CONTOUR_CONFIG_KINDS,
    ...ISTIO_CONFIG_KINDS,
    ...EMISSARY_CONFIG_KINDS,
    ...ENVOY_GATEWAY_KINDS,
];
export const MODEL_KINDS = [
    'Service',
    'ConfigMap',
    'HorizontalPodAutoscaler',
    'ScaledObject',
    ...WORKLOAD_KINDS,
    ...PROXY_CONFIG_KINDS,
];
