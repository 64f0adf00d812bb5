import { defineRule } from '../src/engine/rule.js';
import { WORKLOAD_KINDS } from '../src/k8s/kinds.js';
import { expandEnvRefs } from '../src/k8s/pods.js';
import { SOFTWARE_NAMES } from '../src/model/backends.js';
/**
 * Controller flags that name a ConfigMap as `namespace/name` (or `name`, in the controller's own
 * namespace), and what the controller does when that ConfigMap does not exist.
 */
const FLAGS = {
    // kubernetes/ingress-nginx internal/ingress/controller/store/store.go (New: `klog.Warningf("Unexpected error reading
    // configuration configmap: %v", err)`, then setConfig with no data) and controller.go getStreamServices.
    'ingress-nginx': [
        {
            flag: 'configmap',
            effect: 'ingress-nginx logs "Unexpected error reading configuration configmap" and runs on its defaults: use-forwarded-headers, proxy-real-ip-cidr, use-proxy-protocol and every other setting of that ConfigMap are ignored',
        },
        { flag: 'tcp-services-configmap', effect: 'ingress-nginx logs "Error getting ConfigMap" and exposes none of the TCP services listed in it' },
        { flag: 'udp-services-configmap', effect: 'ingress-nginx logs "Error getting ConfigMap" and exposes none of the UDP services listed in it' },
    ],
    'haproxy-ingress': [
        { flag: 'configmap', effect: 'the controller cannot read the settings in it (proxy-protocol, forwarded-for and the rest)' },
        { flag: 'configmap-tcp-services', effect: 'the controller cannot read the TCP services listed in it' },
    ],
    'haproxy-ingress-jcmoraisjr': [
        { flag: 'configmap', effect: 'the controller cannot read the settings in it (use-proxy-protocol, forwardfor and the rest)' },
        { flag: 'tcp-services-configmap', effect: 'the controller cannot read the TCP services listed in it' },
    ],
    'nginx-inc-ingress': [{ flag: 'nginx-configmaps', effect: 'the controller cannot read the settings in it (proxy-protocol, real-ip-header and the rest)' }],
};
export default defineRule({
    meta: {
        id: 'kustomize-rename-not-followed',
        description: 'Report a controller argument that names a ConfigMap a kustomize build renamed or moved, so that the controller looks for one that does not exist.',
        rationale: 'kustomize renames ConfigMaps (namePrefix, nameSuffix, the hash suffix of a generator) and moves them (namespace:) and follows them into the references it knows (volumes, envFrom, configMapKeyRef), but never into container arguments. An ingress controller told `--configmap=ns/name` then finds no ConfigMap and runs on its defaults: forwarded-header and PROXY protocol settings are lost, and the client address with them.',
        remediation: 'Point the argument at the name and namespace the build gives the ConfigMap (a patch of the argument or a replacement in the overlay, `$(POD_NAMESPACE)` for the namespace), or keep the ConfigMap\'s name (no namePrefix for it, `disableNameSuffixHash: true` on its generator).',
        category: 'client-ip',
        defaultSeverity: 'error',
        recommended: true,
        precision: 'high',
        appliesTo: WORKLOAD_KINDS,
        reads: ['ConfigMap'],
        messages: {
            renamed: '{{kind}} "{{name}}" names ConfigMap "{{ref}}" in {{flag}}, but the build renamed it. The build calls it "{{actual}}", and the {{software}} argument {{arg}} still names the old name: kustomize follows a renamed ConfigMap into volumes and envFrom but never into container arguments, so {{effect}}. Point {{flag}} at "{{fix}}" (patch the argument in the overlay), or keep the ConfigMap\'s name.',
            moved: '{{kind}} "{{name}}" names ConfigMap "{{ref}}" in {{flag}}, but the build moved it to namespace "{{namespace}}". The {{software}} argument {{arg}} still names the old namespace: kustomize\'s namespace: is never applied to container arguments, so {{effect}}. Write the namespace as $(POD_NAMESPACE) in the argument, or point {{flag}} at "{{fix}}".',
        },
        defaultOptions: {},
    },
    *check(workload, { model }) {
        for (const backend of model.backends(workload)) {
            for (const spec of FLAGS[backend.software] ?? []) {
                const report = checkFlag(model, backend, spec.flag, spec.effect);
                if (report)
                    yield report;
            }
        }
    },
});
function checkFlag(model, backend, flag, effect) {
    // Only a kustomize build renames: a workload from a plain file has no such ConfigMap beside it.
    if (backend.workload.doc.origins === undefined)
        return undefined;
    const arg = flagArgument(backend, flag);
    if (!arg)
        return undefined;
    const ns = backend.workload.namespace;
    const parts = arg.value.split('/');
    if (arg.value.includes('$(') || parts.length > 2 || parts.some((p) => p === ''))
        return undefined;
    const ref = parts.length === 2 ? { namespace: parts[0], name: parts[1] } : { namespace: ns, name: parts[0] };
    if (model.get('ConfigMap', ref.namespace, ref.name, backend.workload))
        return undefined;
    // A ConfigMap of this build that is written with that name: renamed (or moved) by the build.
    const candidates = model.ofKind('ConfigMap').filter((cm) => cm.original?.name === ref.name && (cm.original.namespace === ref.namespace || cm.namespace === ref.namespace));
    const cm = candidates.find((c) => c.namespace === ref.namespace) ?? candidates[0];
    if (!cm)
        return undefined;
    const fix = `${cm.namespace}/${cm.name}`;
    const data = {
        kind: backend.workload.kind,
        name: backend.workload.name,
        software: SOFTWARE_NAMES[backend.software],
        arg: arg.text,
        ref: `${ref.namespace}/${ref.name}`,
        actual: cm.name,
        namespace: cm.namespace,
        flag: arg.flag,
        fix,
        effect,
    };
    const related = [{ object: cm, path: ['metadata', cm.name === ref.name ? 'namespace' : 'name'], message: `ConfigMap "${fix}" is what the build made of "${ref.name}".` }];
    if (cm.name === ref.name)
        return { messageId: 'moved', path: arg.path, data, related };
    return { messageId: 'renamed', path: arg.path, data, related };
}
/** The command-line item that sets a flag last (the one the controller uses), its value expanded. */
function flagArgument(backend, name) {
    const c = backend.container;
    const items = [
        ...rawStrings(c.container['command']).map((x) => ({ path: [...c.path, 'command', x.i], text: x.s })),
        ...rawStrings(c.container['args']).map((x) => ({ path: [...c.path, 'args', x.i], text: x.s })),
    ];
    let found;
    items.forEach((item, i) => {
        for (const dash of ['--', '-']) {
            const flag = `${dash}${name}`;
            let value;
            if (item.text.startsWith(`${flag}=`))
                value = item.text.slice(flag.length + 1);
            else if (item.text === flag)
                value = items[i + 1]?.text;
            if (value !== undefined) {
                found = { path: item.path, text: item.text === flag ? `${flag} ${value}` : item.text, value: expandEnvRefs(value, c.container, backend.workload.namespace).trim(), flag };
                break;
            }
        }
    });
    return found;
}
function rawStrings(v) {
    return Array.isArray(v) ? v.flatMap((s, i) => (typeof s === 'string' ? [{ s, i }] : [])) : [];
}
