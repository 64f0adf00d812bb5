/**
 * HAProxy Kubernetes Ingress Controller and PROXY protocol (DOMAIN.md §4;
 * haproxytech/kubernetes-ingress pkg/handler/proxy-protocol.go, pkg/haproxy/rules/reqProxyProtocol.go,
 * documentation/annotations.md). The controller ConfigMap key `proxy-protocol` lists IPs/CIDRs; the
 * HTTP and HTTPS frontends (or the SSL passthrough frontend) get
 * `tcp-request connection expect-proxy layer4 if { src -f <list> }`:
 *
 * - a connection from a listed source must start with a PROXY header ("Connection will fail with
 *   400 Bad Request if source IP is in annotation list but no Proxy Protocol data is sent");
 * - a connection from any other source is read without one, so a header breaks it.
 *
 * How a list reads for the PROXY rules: an IPv4 `/0` (`0.0.0.0/0`) covers every source a load
 * balancer or node can connect from: **required**. A list without one depends on which addresses
 * the load balancer connects from (its own, the nodes' after SNAT, or the clients' with
 * externalTrafficPolicy: Local), which manifests do not show: **optional** (it accepts PROXY from
 * the listed sources and plain connections from the others), so neither rule guesses. A missing or
 * empty key, or a list with no valid entry (invalid entries are logged and skipped): **rejected**.
 * TCP services (`--configmap-tcp-services`) never parse PROXY (pkg/handler/tcp-services.go binds
 * them without it): **rejected**.
 */
import { haproxyControllerConfig, haproxyData, haproxyFrontendPorts, haproxySetting, haproxyTcpServices, proxyProtocolSources } from './haproxy-ingress.js';
import { NOT_IN_VIEW, UNKNOWN } from './proxy-types.js';
export function haproxyIngressExpectation(model, backend, port) {
    const { http, https } = haproxyFrontendPorts(backend);
    if (http.includes(port) || https.includes(port)) {
        const listener = `${http.includes(port) ? 'HTTP' : 'HTTPS'} frontend (port ${port})`;
        const binding = haproxyControllerConfig(model, backend);
        if (binding.state === 'unknown')
            return NOT_IN_VIEW;
        if (binding.state === 'defaults') {
            return {
                expectation: 'rejected',
                listener,
                detail: 'the controller runs without --configmap, so no proxy-protocol source list is set',
                fix: 'give the controller a ConfigMap (--configmap=<namespace>/<name>) with proxy-protocol listing the load balancer\'s addresses (or "0.0.0.0/0")',
                related: {
                    object: backend.workload,
                    path: [...backend.container.path, 'args'],
                    message: `${backend.workload.kind} "${backend.workload.name}" runs the HAProxy Kubernetes Ingress controller without --configmap`,
                },
            };
        }
        const cm = binding.configMap;
        const value = haproxySetting(cm, 'proxy-protocol');
        const related = { object: cm, path: ['data', 'proxy-protocol'] };
        if (value === undefined) {
            return {
                expectation: 'rejected',
                listener,
                detail: `ConfigMap "${cm.name}" has no proxy-protocol key`,
                fix: `set proxy-protocol in ConfigMap "${cm.name}" to the load balancer's addresses (or "0.0.0.0/0")`,
                related: { ...related, message: `ConfigMap "${cm.name}" configures the controller without proxy-protocol` },
            };
        }
        const sources = proxyProtocolSources(value);
        if (sources.valid.length === 0) {
            return {
                expectation: 'rejected',
                listener,
                detail: `proxy-protocol "${value}" in ConfigMap "${cm.name}" has no valid IP or CIDR (the controller logs "incorrect address" and skips each entry)`,
                fix: `set proxy-protocol in ConfigMap "${cm.name}" to valid CIDRs of the load balancer (or "0.0.0.0/0")`,
                related: { ...related, message: `proxy-protocol in ConfigMap "${cm.name}" lists no valid address` },
            };
        }
        if (sources.all) {
            return {
                expectation: 'required',
                listener,
                detail: `proxy-protocol "${value}" in ConfigMap "${cm.name}" covers every source, so every connection must start with a PROXY header`,
                fix: `remove proxy-protocol from ConfigMap "${cm.name}"`,
                related: { ...related, message: `ConfigMap "${cm.name}" requires a PROXY protocol header from every source` },
            };
        }
        return {
            expectation: 'optional',
            listener,
            detail: `proxy-protocol "${value}" in ConfigMap "${cm.name}" requires a PROXY header from the listed sources only`,
            fix: '',
            related: { ...related, message: `ConfigMap "${cm.name}" requires a PROXY protocol header from ${value}` },
        };
    }
    const tcp = haproxyTcpServices(model, backend);
    const entry = tcp ? haproxyData(tcp)[String(port)] : undefined;
    if (!tcp || typeof entry !== 'string')
        return UNKNOWN;
    return {
        expectation: 'rejected',
        listener: `TCP service on port ${port} ("${entry}")`,
        detail: `TCP services of --configmap-tcp-services never parse PROXY (proxy-protocol applies to the HTTP and HTTPS frontends only)`,
        fix: `send port ${port} without PROXY (a per-port setting where the provider has one), since the controller cannot decode PROXY on a TCP service`,
        related: { object: tcp, path: ['data', String(port)], message: `TCP services ConfigMap "${tcp.name}" defines this TCP service` },
    };
}
