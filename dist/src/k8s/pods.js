/** Pod templates and containers of any workload kind. */
import { podTemplatePath } from './kinds.js';
import { asArray, asRecord, dig, labelsOf } from './labels.js';
export function podTemplate(obj) {
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
