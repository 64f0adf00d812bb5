/**
 * Contour and PROXY protocol (DOMAIN.md §4; contour.ts): with `--use-proxy-protocol` (or
 * ContourConfiguration `spec.envoy.listener.useProxyProtocol: true`) every Envoy listener Contour
 * builds requires a PROXY header; without it none reads one. Ports: the HTTP and HTTPS listeners
 * (8080/8443 by default), or, in Gateway API mode, any Envoy port but stats/health/admin.
 *
 * When several `contour serve` controllers could program the Envoy (several gateways in one
 * namespace and no bootstrap link to tell them apart), the answer is the one they all give, else
 * unknown.
 */
import { asArray, asRecord } from '../k8s/labels.js';
import { contourControllers, contourListenerConfig, describeConfig } from './contour.js';
import { UNKNOWN } from './proxy-types.js';
export function contourExpectation(model, backend, port) {
    if (udpOnly(backend, port))
        return UNKNOWN;
    const controllers = contourControllers(model, backend);
    if (controllers.length === 0)
        return UNKNOWN;
    const answers = controllers.map((c) => forController(model, c, port));
    const first = answers[0];
    const agree = answers.every((a) => a.expectation === first.expectation && a.listener === first.listener);
    return agree ? first : UNKNOWN;
}
function forController(model, c, port) {
    const cfg = contourListenerConfig(model, c);
    if (cfg.state === 'unknown')
        return UNKNOWN;
    const listener = listenerName(cfg, port);
    if (!listener)
        return UNKNOWN;
    return cfg.useProxyProtocol ? required(cfg, listener) : rejected(cfg, listener);
}
function listenerName(cfg, port) {
    if (cfg.gateway === true)
        return cfg.otherPorts.has(port) ? undefined : `Envoy listener on port ${port}`;
    if (port === cfg.httpPort)
        return `HTTP listener (port ${port})`;
    if (port === cfg.httpsPort)
        return `HTTPS listener (port ${port})`;
    return undefined;
}
function required(cfg, listener) {
    const where = describeConfig(cfg);
    const crd = cfg.configuration !== undefined;
    return {
        expectation: 'required',
        listener,
        detail: crd
            ? `${where} sets spec.envoy.listener.useProxyProtocol: true, so every Envoy listener requires a PROXY header`
            : `contour serve in ${where} runs with --use-proxy-protocol, so every Envoy listener requires a PROXY header`,
        fix: crd ? `set spec.envoy.listener.useProxyProtocol: false in ${where}` : `remove --use-proxy-protocol from the contour serve arguments of ${where}`,
        related: {
            ...cfg.setting,
            message: `${where} makes Contour's Envoy listeners require a PROXY protocol header`,
        },
    };
}
function rejected(cfg, listener) {
    const where = describeConfig(cfg);
    const crd = cfg.configuration !== undefined;
    return {
        expectation: 'rejected',
        listener,
        detail: crd
            ? `${where} does not set spec.envoy.listener.useProxyProtocol: true, so Envoy does not read a PROXY header`
            : `contour serve in ${where} runs without --use-proxy-protocol, so Envoy does not read a PROXY header`,
        fix: crd ? `set spec.envoy.listener.useProxyProtocol: true in ${where}` : `add --use-proxy-protocol to the contour serve arguments of ${where}`,
        related: {
            ...cfg.setting,
            message: crd
                ? `${where} configures Contour without useProxyProtocol`
                : `${where} runs contour serve without --use-proxy-protocol`,
        },
    };
}
/** The port is declared only with protocol UDP on the Envoy container (no PROXY there). */
function udpOnly(backend, port) {
    const declared = asArray(backend.container.container['ports'])
        .map(asRecord)
        .filter((p) => p?.['containerPort'] === port);
    return declared.length > 0 && declared.every((p) => p?.['protocol'] === 'UDP');
}
