/**
 * Emissary-ingress and PROXY protocol (DOMAIN.md §4; emissary.ts): the Listener whose `spec.port`
 * is the container port decides. HTTPPROXY, HTTPSPROXY or a protocolStack with PROXY requires the
 * header; any other stack does not read one. No Listener on the port: unknown.
 */
import { emissaryListeners } from './emissary.js';
import { nearestGroup } from './model.js';
import { UNKNOWN } from './proxy-types.js';
export function emissaryExpectation(model, backend, port) {
    const read = emissaryListeners(model, backend);
    if (read.state === 'unknown')
        return UNKNOWN;
    const all = read.listeners.filter((l) => l.port === port);
    // Listeners from several installs in view (environments): the nearest ones.
    const nearest = new Set(nearestGroup(all.map((l) => l.object), backend.workload));
    const onPort = all.filter((l) => nearest.has(l.object));
    const first = onPort[0];
    if (!first || onPort.some((l) => l.stack === undefined || l.stack.includes('UDP')))
        return UNKNOWN;
    const proxy = (l) => (l.stack ?? []).includes('PROXY');
    // Several Listeners on one port conflict ("Only one Listener can use a given port"); agree or stay silent.
    if (onPort.some((l) => proxy(l) !== proxy(first)))
        return UNKNOWN;
    const name = `Listener "${first.object.namespace}/${first.object.name}"`;
    const listener = `${name} (port ${port}, ${first.written})`;
    const related = { object: first.object, path: ['spec', first.field] };
    if (proxy(first)) {
        return {
            expectation: 'required',
            listener,
            detail: `${name} has PROXY in its protocol stack (${first.written}), so Envoy requires a PROXY header`,
            fix: first.field === 'protocol'
                ? `set spec.protocol to ${first.written.includes('HTTPS') ? 'HTTPS' : 'HTTP'} in ${name}`
                : `remove PROXY from spec.protocolStack in ${name}`,
            related: { ...related, message: `${name} makes Emissary require a PROXY protocol header on port ${port}` },
        };
    }
    const https = (first.stack ?? []).includes('TLS');
    const http = (first.stack ?? []).includes('HTTP');
    return {
        expectation: 'rejected',
        listener,
        detail: `${name} has no PROXY in its protocol stack (${first.written}), so Envoy does not read a PROXY header`,
        fix: first.field === 'protocol' && http
            ? `set spec.protocol to ${https ? 'HTTPSPROXY' : 'HTTPPROXY'} in ${name}`
            : first.field === 'protocol'
                ? `replace spec.protocol with spec.protocolStack: [${withProxy(first.stack ?? []).join(', ')}] in ${name}`
                : `add PROXY to spec.protocolStack in ${name}`,
        related: { ...related, message: `${name} listens on port ${port} without PROXY protocol` },
    };
}
/** The stack with PROXY added where HTTPSPROXY has it: after a leading TLS, else first. */
function withProxy(stack) {
    return stack[0] === 'TLS' ? ['TLS', 'PROXY', ...stack.slice(1)] : ['PROXY', ...stack];
}
