/** Pod templates and containers of any workload kind. */
import { podTemplatePath } from './kinds.js';
import { asArray, asRecord, dig, labelsOf } from './labels.js';
const templates = new WeakMap();
/** The pod template of a workload (computed once per object: many rules ask). */
export function podTemplate(obj) {
    if (templates.has(obj))
        return templates.get(obj);
    const tpl = readPodTemplate(obj);
    templates.set(obj, tpl);
    return tpl;
}
function readPodTemplate(obj) {
    const path = podTemplatePath(obj.kind);
    if (!path)
        return undefined;
    const tpl = asRecord(dig(obj.raw, ...path)) ?? {};
    return {
        path,
        labels: labelsOf(tpl['metadata']),
        annotations: asRecord(dig(tpl, 'metadata', 'annotations')) ?? {},
        spec: asRecord(tpl['spec']) ?? {},
        specPath: [...path, 'spec'],
    };
}
/** Containers of a workload (init containers last), each with its path. */
export function containers(obj, includeInit = false) {
    const tpl = podTemplate(obj);
    if (!tpl)
        return [];
    const out = [];
    const lists = includeInit ? [['containers', false], ['initContainers', true]] : [['containers', false]];
    for (const [field, init] of lists) {
        asArray(tpl.spec[field]).forEach((c, i) => {
            const container = asRecord(c);
            if (!container)
                return;
            out.push({
                container,
                path: [...tpl.specPath, field, i],
                name: typeof container['name'] === 'string' ? container['name'] : '',
                init,
            });
        });
    }
    return out;
}
/** The container's command and args as strings (non-strings are skipped). */
export function commandLine(container) {
    const strings = (v) => asArray(v).filter((x) => typeof x === 'string');
    return { command: strings(container['command']), args: strings(container['args']) };
}
export function imageOf(container) {
    return typeof container['image'] === 'string' ? container['image'] : '';
}
/** Whether pods of this template take a host port or the host network (one per node by construction). */
export function usesHostNetworkOrPort(tpl) {
    if (tpl.spec['hostNetwork'] === true)
        return true;
    for (const c of asArray(tpl.spec['containers'])) {
        for (const p of asArray(asRecord(c)?.['ports'])) {
            const hostPort = asRecord(p)?.['hostPort'];
            if (typeof hostPort === 'number' && hostPort > 0)
                return true;
        }
    }
    return false;
}
/** `$(VAR)` references in a container's args, expanded as the kubelet does (literal env values and the pod's namespace). */
export function expandEnvRefs(arg, container, namespace) {
    if (!arg.includes('$('))
        return arg;
    const env = new Map();
    for (const e of asArray(container['env'])) {
        const entry = asRecord(e);
        if (!entry || typeof entry['name'] !== 'string')
            continue;
        if (typeof entry['value'] === 'string')
            env.set(entry['name'], entry['value']);
        else if (dig(entry, 'valueFrom', 'fieldRef', 'fieldPath') === 'metadata.namespace')
            env.set(entry['name'], namespace);
    }
    return arg.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name) => env.get(name) ?? m);
}
/** A container's command line (its command, then its args), `$(VAR)` references expanded. */
export function expandedArgv(container, namespace) {
    const { command, args } = commandLine(container);
    return [...command, ...args].map((a) => expandEnvRefs(a, container, namespace));
}
/**
 * The value of a command-line flag (`--name=value` or `--name value`); the last occurrence wins.
 * `names` are tried case-sensitively; a bare `--name` gives ''.
 */
export function flagValue(argv, ...names) {
    let found;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        for (const name of names) {
            if (a === `--${name}` || a === `-${name}`) {
                const next = argv[i + 1];
                found = next !== undefined && !next.startsWith('-') ? next : '';
            }
            else if (a.startsWith(`--${name}=`) || a.startsWith(`-${name}=`)) {
                found = a.slice(a.indexOf('=') + 1);
            }
        }
    }
    return found;
}
/** The container port a Service `targetPort` (number or port name) lands on, in a workload's pods. */
export function resolveTargetPort(workload, targetPort) {
    if (typeof targetPort === 'number')
        return targetPort;
    if (targetPort === undefined)
        return undefined;
    if (/^\d+$/.test(targetPort))
        return Number(targetPort);
    for (const { container } of containers(workload)) {
        for (const p of asArray(container['ports'])) {
            const port = asRecord(p);
            if (port?.['name'] === targetPort && typeof port['containerPort'] === 'number')
                return port['containerPort'];
        }
    }
    return undefined;
}
