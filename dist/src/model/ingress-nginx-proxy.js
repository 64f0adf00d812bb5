/**
 * ingress-nginx and PROXY protocol (DOMAIN.md §2.2): `use-proxy-protocol: "true"` adds
 * `proxy_protocol` to every HTTP/HTTPS `listen` (then a header is required); TCP services decode
 * PROXY only with the `:PROXY` suffix in the tcp-services ConfigMap.
 */
import { boolSetting, configData, controllerConfig, listenPorts, tcpServices, tcpServicesConfig } from './ingress-nginx.js';
import { NOT_IN_VIEW } from './proxy-types.js';
export function ingressNginxExpectation(model, backend, port) {
    const unknown = { expectation: 'unknown', listener: '', detail: '', fix: '' };
    const { http, https } = listenPorts(backend);
    if (port === http || port === https) {
        const listener = `${port === http ? 'http' : 'https'} listener (port ${port})`;
        const binding = controllerConfig(model, backend);
        if (binding.state === 'unknown')
            return NOT_IN_VIEW;
        if (binding.state === 'defaults') {
            return {
                expectation: 'rejected',
                listener,
                detail: 'the controller runs without --configmap, so use-proxy-protocol keeps its default "false"',
                fix: 'give the controller a ConfigMap with use-proxy-protocol: "true"',
                related: {
                    object: backend.workload,
                    path: [...backend.container.path, 'args'],
                    message: `${backend.workload.kind} "${backend.workload.name}" runs ingress-nginx without --configmap`,
                },
            };
        }
        const cm = binding.configMap;
        const setting = boolSetting(configData(cm), 'use-proxy-protocol');
        if (setting.value) {
            return {
                expectation: 'required',
                listener,
                detail: `use-proxy-protocol is "true" in ConfigMap "${cm.name}"`,
                fix: `set use-proxy-protocol: "false" in ConfigMap "${cm.name}"`,
                related: { object: cm, path: ['data', 'use-proxy-protocol'], message: `ConfigMap "${cm.name}" makes every HTTP/HTTPS listener require a PROXY header` },
            };
        }
        return {
            expectation: 'rejected',
            listener,
            detail: setting.invalid
                ? `use-proxy-protocol in ConfigMap "${cm.name}" is not a value the controller reads as a boolean, so it stays "false"`
                : `use-proxy-protocol is not "true" in ConfigMap "${cm.name}"`,
            fix: `set use-proxy-protocol: "true" in ConfigMap "${cm.name}"`,
            related: {
                object: cm,
                path: ['data', 'use-proxy-protocol'],
                message: `ConfigMap "${cm.name}" configures the controller without use-proxy-protocol: "true"`,
            },
        };
    }
    const tcp = tcpServicesConfig(model, backend);
    const entry = tcp ? tcpServices(tcp).get(port) : undefined;
    if (!tcp || !entry)
        return unknown;
    const listener = `TCP service on port ${port} ("${entry.value}")`;
    const related = { object: tcp, path: ['data', String(port)], message: `tcp-services ConfigMap "${tcp.name}" defines this TCP service` };
    return entry.decodeProxy
        ? {
            expectation: 'required',
            listener,
            detail: `its tcp-services entry decodes PROXY (":PROXY")`,
            fix: `remove the ":PROXY" decode suffix from port ${port} in ConfigMap "${tcp.name}"`,
            related,
        }
        : {
            expectation: 'rejected',
            listener,
            detail: `its tcp-services entry has no ":PROXY" decode suffix (use-proxy-protocol covers only HTTP/HTTPS listeners)`,
            fix: `append ":PROXY" to "${entry.value}" (the third field decodes PROXY) in ConfigMap "${tcp.name}"`,
            related,
        };
}
