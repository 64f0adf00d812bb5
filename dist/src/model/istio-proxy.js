/**
 * Istio ingress gateways and PROXY protocol (DOMAIN.md §4; istio.ts). Every gateway listener but
 * QUIC (UDP) ones gets the proxy_protocol listener filter when the pod's effective
 * `gatewayTopology.proxyProtocol` is set, and then requires the header; an EnvoyFilter can add the
 * filter too (optional with `allow_requests_without_proxy_protocol: true`). Gateway listeners sit
 * on the Service's target ports, so any port of the pod but the proxy's own (15000-range admin,
 * health, telemetry) counts as one.
 */
import { asArray, asRecord } from '../k8s/labels.js';
import { envoyFilterProxyProtocol, gatewayTopology, ISTIO_PROXY_PORTS } from './istio.js';
import { UNKNOWN } from './proxy-types.js';
export function istioExpectation(model, backend, port) {
    if (ISTIO_PROXY_PORTS.has(port) || udpOnly(backend, port))
        return UNKNOWN;
    const listener = `gateway listener on port ${port}`;
    const filters = envoyFilterProxyProtocol(model, backend, port);
    const strict = filters.matches.find((m) => !m.optional);
    const chosen = strict ?? filters.matches[0];
    if (chosen) {
        const name = `EnvoyFilter "${chosen.filter.namespace}/${chosen.filter.name}"`;
        const related = {
            object: chosen.filter,
            path: ['spec', 'configPatches', chosen.patchIndex],
            message: `${name} adds the proxy_protocol listener filter to this gateway`,
        };
        return strict
            ? {
                expectation: 'required',
                listener,
                detail: `${name} adds Envoy's proxy_protocol listener filter to the gateway's listeners, so a PROXY header is required`,
                fix: `remove the proxy_protocol listener filter from ${name} (or set allow_requests_without_proxy_protocol: true in it)`,
                related,
            }
            : {
                expectation: 'optional',
                listener,
                detail: `${name} adds Envoy's proxy_protocol listener filter with allow_requests_without_proxy_protocol: true`,
                fix: '',
                related,
            };
    }
    const topology = gatewayTopology(model, backend);
    if (topology.state === 'unknown')
        return UNKNOWN;
    const { setting } = topology;
    if (setting.proxyProtocol)
        return required(setting, listener);
    // An EnvoyFilter we cannot read may add the filter.
    return filters.uncertain ? UNKNOWN : rejected(backend, setting, listener);
}
function required(setting, listener) {
    const key = setting.source === 'annotation' ? 'gatewayTopology.proxyProtocol' : 'meshConfig.defaultConfig.gatewayTopology.proxyProtocol';
    return {
        expectation: 'required',
        listener,
        detail: `${setting.where} sets ${key}, so every non-QUIC gateway listener requires a PROXY header`,
        fix: `remove gatewayTopology.proxyProtocol from ${setting.where}`,
        related: { ...setting.location, message: `${setting.where} makes the gateway's listeners require a PROXY protocol header` },
    };
}
function rejected(backend, setting, listener) {
    const workload = `${backend.workload.kind} "${backend.workload.name}"`;
    const fix = setting.source === 'annotation'
        ? `add "proxyProtocol": {} under gatewayTopology in ${setting.where}`
        : `set gatewayTopology: {proxyProtocol: {}} under meshConfig.defaultConfig in ${setting.where}, or in the proxy.istio.io/config annotation of the pods of ${workload}`;
    return {
        expectation: 'rejected',
        listener,
        detail: setting.source === 'annotation'
            ? `${setting.where} sets gatewayTopology without proxyProtocol, so the gateway does not read a PROXY header`
            : `gatewayTopology.proxyProtocol is not set in ${setting.where}, so the gateway does not read a PROXY header`,
        fix,
        related: {
            ...setting.location,
            message: setting.source === 'annotation'
                ? `${setting.where} sets gatewayTopology without proxyProtocol`
                : `${setting.where} configures the mesh without gatewayTopology.proxyProtocol`,
        },
    };
}
/** The port is declared only with protocol UDP (a QUIC listener: never PROXY). */
function udpOnly(backend, port) {
    const declared = asArray(backend.container.container['ports'])
        .map(asRecord)
        .filter((p) => p?.['containerPort'] === port);
    return declared.length > 0 && declared.every((p) => p?.['protocol'] === 'UDP');
}
