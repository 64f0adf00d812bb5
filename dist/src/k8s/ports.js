/**
 * The API server's validation of Service and container ports, beyond the OpenAPI schema
 * (kubernetes pkg/apis/core/validation/validation.go at 000f2605: `ValidateService`,
 * `validateServicePort`, `ValidatePortNumOrName`, `validateContainerPorts`; apimachinery
 * pkg/util/validation: `IsValidPortNum`, `IsValidPortName`, `IsDNS1123Label`), and the node port
 * allocator (pkg/registry/core/service/portallocator: the default --service-node-port-range).
 * Values the schema already rejects (a quoted port, a number out of int32) are left to it.
 */
import { asArray, asRecord } from './labels.js';
import { containers } from './pods.js';
import { serviceSpec, serviceType } from './service.js';
/** The default `--service-node-port-range` of kube-apiserver. */
export const NODE_PORT_RANGE = { min: 30000, max: 32767 };
/** The port problems of a Service, or of the containers of a Pod or workload. */
export function portProblems(obj) {
    if (obj.kind === 'Service' && obj.apiVersion === 'v1')
        return serviceProblems(obj);
    return containers(obj, true).flatMap((c) => containerProblems(asArray(c.container['ports']), [...c.path, 'ports']));
}
/** What `IsValidPortName` finds wrong with a name (IANA_SVC_NAME: RFC 6335, lower case only); empty when valid. */
export function portNameProblems(name) {
    const out = [];
    if (name.length > 15)
        out.push('it is longer than 15 characters');
    if (!/^[-a-z0-9]+$/.test(name))
        out.push(/[A-Z]/.test(name) ? 'it has upper-case letters' : 'it has characters other than a-z, 0-9 and -');
    if (!/[a-z]/.test(name))
        out.push('it has no letter');
    if (name.includes('--'))
        out.push('it has two hyphens in a row');
    if (name.startsWith('-') || name.endsWith('-'))
        out.push('it starts or ends with a hyphen');
    return out;
}
/** What `IsDNS1123Label` finds wrong with a Service port name; empty when valid. */
export function dnsLabelProblems(name) {
    const out = [];
    if (name.length > 63)
        out.push('it is longer than 63 characters');
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) {
        if (/[A-Z]/.test(name))
            out.push('it has upper-case letters');
        else if (!/^[-a-z0-9]*$/.test(name))
            out.push('it has characters other than a-z, 0-9 and -');
        else
            out.push('it starts or ends with a hyphen');
    }
    return out;
}
/**
 * A valid name near an invalid one: lower case (words of camelCase split by hyphens), other
 * characters as hyphens, at most `max` characters (a trailing "port" dropped first).
 */
export function suggestPortName(name, max) {
    let s = name
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
        .toLowerCase()
        .replace(/[^-a-z0-9]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '');
    if (s.length > max)
        s = s.replace(/-?port$/, '');
    if (s.length > max) {
        // At a hyphen where one is near enough, else a plain cut.
        const cut = s.lastIndexOf('-', max);
        s = cut >= max - 6 ? s.slice(0, cut) : s.slice(0, max).replace(/-$/, '');
    }
    return /[a-z]/.test(s) ? s : `port-${s}`.slice(0, max).replace(/-$/, '');
}
/** An int32 value the schema accepts; anything else (strings, fractions, huge numbers) is the schema's finding. */
function int32(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 ? v : undefined;
}
const outOfRange = (n) => n < 1 || n > 65535;
function serviceProblems(svc) {
    const ports = asArray(serviceSpec(svc)['ports']);
    const type = serviceType(svc);
    const out = [];
    const names = new Map();
    const pairs = new Map();
    const nodePorts = new Map();
    ports.forEach((p, i) => {
        const port = asRecord(p);
        if (!port)
            return;
        const at = ['spec', 'ports', i];
        const name = port['name'];
        if (typeof name === 'string' && name !== '') {
            const reasons = dnsLabelProblems(name);
            if (reasons.length > 0)
                out.push({ kind: 'name', path: [...at, 'name'], value: name, rule: 'dns-label', reasons, what: 'name' });
            const first = names.get(name);
            if (first)
                out.push({ kind: 'duplicate', path: [...at, 'name'], first, what: 'name', value: name });
            else
                names.set(name, at);
        }
        else if (ports.length > 1 && (name === undefined || name === null || name === '')) {
            out.push({ kind: 'nameMissing', path: at });
        }
        const number = int32(port['port']);
        if (number !== undefined && outOfRange(number))
            out.push({ kind: 'range', path: [...at, 'port'], value: number, what: 'port' });
        // The protocol defaults to TCP; an invalid one is the schema's finding.
        const protocol = typeof port['protocol'] === 'string' && port['protocol'] !== '' ? port['protocol'] : 'TCP';
        if (number !== undefined) {
            const key = `${protocol}/${number}`;
            const first = pairs.get(key);
            if (first)
                out.push({ kind: 'duplicate', path: at, first, what: 'port', value: key });
            else
                pairs.set(key, at);
        }
        // targetPort: 0 and "" are defaulted to the port before validation (SetDefaults_Service).
        const target = port['targetPort'];
        const targetNumber = int32(target);
        if (targetNumber !== undefined && targetNumber !== 0 && outOfRange(targetNumber)) {
            out.push({ kind: 'range', path: [...at, 'targetPort'], value: targetNumber, what: 'targetPort' });
        }
        else if (typeof target === 'string' && target !== '') {
            const reasons = portNameProblems(target);
            if (reasons.length > 0)
                out.push({ kind: 'name', path: [...at, 'targetPort'], value: target, rule: 'iana', reasons, what: 'targetPort' });
        }
        const nodePort = int32(port['nodePort']);
        if (nodePort !== undefined && nodePort !== 0) {
            if (type === 'ClusterIP')
                out.push({ kind: 'nodePortForbidden', path: [...at, 'nodePort'], value: nodePort });
            else if (outOfRange(nodePort))
                out.push({ kind: 'range', path: [...at, 'nodePort'], value: nodePort, what: 'nodePort' });
            else if (nodePort < NODE_PORT_RANGE.min || nodePort > NODE_PORT_RANGE.max)
                out.push({ kind: 'nodePortRange', path: [...at, 'nodePort'], value: nodePort });
            const key = `${protocol}/${nodePort}`;
            const first = nodePorts.get(key);
            if (first)
                out.push({ kind: 'duplicate', path: [...at, 'nodePort'], first, what: 'nodePort', value: key });
            else
                nodePorts.set(key, at);
        }
    });
    return out;
}
function containerProblems(ports, base) {
    const out = [];
    const names = new Map();
    ports.forEach((p, i) => {
        const port = asRecord(p);
        if (!port)
            return;
        const at = [...base, i];
        const name = port['name'];
        if (typeof name === 'string' && name !== '') {
            const reasons = portNameProblems(name);
            const first = names.get(name);
            if (reasons.length > 0)
                out.push({ kind: 'name', path: [...at, 'name'], value: name, rule: 'iana', reasons, what: 'name' });
            else if (first)
                out.push({ kind: 'duplicate', path: [...at, 'name'], first, what: 'name', value: name });
            else
                names.set(name, at);
        }
        const containerPort = int32(port['containerPort']);
        if (containerPort !== undefined && outOfRange(containerPort))
            out.push({ kind: 'range', path: [...at, 'containerPort'], value: containerPort, what: 'containerPort' });
        const hostPort = int32(port['hostPort']);
        if (hostPort !== undefined && hostPort !== 0 && outOfRange(hostPort))
            out.push({ kind: 'range', path: [...at, 'hostPort'], value: hostPort, what: 'hostPort' });
    });
    return out;
}
