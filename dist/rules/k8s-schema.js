import path from 'node:path';
import { defineRule } from '../src/engine/rule.js';
import { isBase64 } from '../src/k8s/schema-formats.js';
import { portProblems, suggestPortName } from '../src/k8s/ports.js';
import { SCHEMA_KINDS, schemaValidator } from '../src/k8s/schema.js';
/** What the rejection costs: said once per message. */
const CONSEQUENCE = 'the object is refused as a whole, so none of its settings take effect, client-IP ones included';
/**
 * Non-string values in string maps (ConfigMap data, labels and annotations, also of pod templates)
 * are non-string-map-value's findings, with a message that shows how YAML read them.
 */
const NON_STRING_MAP_VALUE = /^(?:(?:\/spec\/template|\/spec\/jobTemplate\/spec\/template)?\/metadata\/(?:labels|annotations)|\/data)\/[^/]+$/;
/** Service traffic policies: service-traffic-policy-invalid-value reports them in the API's words for the target version. */
const TRAFFIC_POLICY = /^\/spec\/(?:external|internal)TrafficPolicy$/;
/** Errors another rule reports with a more specific message. */
function ownedElsewhere(kind, e) {
    if (e.keyword === 'type' && NON_STRING_MAP_VALUE.test(e.instancePath))
        return true;
    return kind === 'Service' && (e.keyword === 'enum' || e.keyword === 'type') && TRAFFIC_POLICY.test(e.instancePath);
}
export default defineRule({
    meta: {
        id: 'k8s-schema',
        description: 'Report objects that fail the Kubernetes schema or its port rules (wrong types, unknown enum values, missing required fields, invalid quantities, invalid or repeated ports and port names): the API server rejects them.',
        rationale: 'A Service, workload, ConfigMap, autoscaler or Ingress that does not match the Kubernetes schema is rejected by the API server as a whole, so every client-IP setting it carries (externalTrafficPolicy, ports, PROXY-protocol annotations, controller settings) never takes effect. The usual causes are YAML typing accidents: a quoted port ("80"), an unquoted yes or on (a boolean for kubectl and Helm), a misspelt enum (Loadbalancer, TCPX), a missing required field, or a port name the API server does not accept (EnvoyHTTPPort).',
        remediation: 'Change the reported field to the type or value the API expects (quote strings, unquote numbers, use one of the listed values), or add the missing field.',
        category: 'validity',
        defaultSeverity: 'error',
        recommended: true,
        precision: 'high',
        appliesTo: SCHEMA_KINDS,
        reads: ['Kustomization', 'Component'],
        messages: {
            wrongType: `The API server rejects {{object}}: {{key}} must be {{expected}}, not {{got}}. It refuses the object over {{field}}, and ${CONSEQUENCE}.{{fix}}`,
            badEnum: `The API server rejects {{object}}: {{key}} {{value}} is not a supported value. It says "{{field}}: Unsupported value: {{value}}: supported values: {{allowed}}", and ${CONSEQUENCE}.{{fix}}`,
            missingRequired: `The API server rejects {{object}}: required field {{property}} is missing. It says "{{field}}: Required value" ({{parent}} has no "{{property}}"), and ${CONSEQUENCE}. Add {{property}}.{{fix}}`,
            missingInPatch: `{{object}} has no {{property}}, which a whole object needs, and looks like a kustomize patch. It looks like one because {{why}}; {{field}} is required by the API server. A patch is complete only once kustomize merges it into its base, and is never applied alone: lint it through its kustomization (kubectl kustomize DIR | srcip-lint -, or pass the kustomization.yaml with --context so that srcip-lint knows the file is a patch). If it is a whole object, add {{property}}: as it stands, ${CONSEQUENCE}.`,
            badQuantity: `The API server rejects {{object}}: {{key}} {{got}} is not a quantity. {{field}} must be a number with an optional suffix (such as 500m, 0.5, 128Mi, 1Gi or 1e3), and ${CONSEQUENCE}.{{fix}}`,
            badIntOrString: `The API server rejects {{object}}: {{key}} must be an integer or a string, not {{got}}. It refuses the object over {{field}}{{meaning}}, and ${CONSEQUENCE}.`,
            badFormat: `The API server rejects {{object}}: {{key}} {{got}} is not {{format}}. It refuses the object over {{field}}, and ${CONSEQUENCE}.`,
            portRange: `The API server rejects {{object}}: {{what}} {{value}} is outside 1-65535. {{field}} must be between 1 and 65535. {{consequence}}; use the port number {{meaning}}.`,
            portName: `The API server rejects {{object}}: "{{value}}" is not a valid {{syntax}}. {{field}} is "{{value}}" ({{reasons}}). {{consequence}}. {{rules}} Write it as "{{suggestion}}"{{also}}.`,
            portNameMissing: `The API server rejects {{object}}: port {{index}} has no name, which a Service with several ports needs. It says "spec.ports[{{index}}].name: Required value". {{consequence}}; name each port (http, https, ...), and refer to it by that name in Ingresses, ServiceMonitors and targetPorts.`,
            portDuplicate: `The API server rejects {{object}}: the {{what}} {{value}} is used twice. {{field}} repeats that of {{first}} (Duplicate value). {{consequence}}; {{fix}}`,
            nodePortForbidden: `The API server rejects {{object}}: it is a ClusterIP Service and sets nodePort {{value}}. A ClusterIP Service has no node ports ({{field}}: "may not be used when type is 'ClusterIP'"). {{consequence}}; remove nodePort, or make the Service NodePort or LoadBalancer if clients outside the cluster must reach it.`,
            nodePortRange: `{{object}} sets nodePort {{value}}, outside the default node port range 30000-32767. The API server rejects {{field}} ("provided port is not in the valid range") unless the cluster has a wider range. {{consequence}}; pick a nodePort in 30000-32767, leave it out to get one assigned, or keep it if the API server runs with a --service-node-port-range that holds it.`,
        },
        defaultOptions: {},
    },
    *check(object, { model }) {
        const validate = schemaValidator(object.apiVersion, object.kind);
        if (!validate)
            return;
        const errors = validate(object.raw).filter((e) => !ownedElsewhere(object.kind, e));
        let completion;
        let patch;
        for (const group of groupByPlace(errors)) {
            const report = describe(object, group);
            if (!report)
                continue;
            if (report.messageId === 'missingRequired') {
                completion ??= kustomizeCompletion(object, model);
                if (completion === 'patch' || (completion === 'selector' && isSpecSelector(report.path)))
                    continue;
                if (patch === undefined)
                    patch = patchShape(object, errors) ?? null;
                if (patch !== null) {
                    yield { ...report, messageId: 'missingInPatch', data: { ...report.data, why: patch } };
                    continue;
                }
            }
            yield report;
        }
        // A patch's port list is merged with its base's: names and pairs are checked after the merge.
        const isPatch = () => (completion ??= kustomizeCompletion(object, model)) === 'patch' || patchShape(object, errors) !== undefined;
        yield* portReports(object, isPatch);
    },
});
/**
 * Why a file with missing required fields looks like a kustomize patch that no kustomization in
 * the run lists (whose findings would otherwise say "add selector" to a patch): its name says so,
 * or it is a workload whose pod template has no containers. Undefined: it looks like a whole
 * object.
 */
function patchShape(object, errors) {
    if (/(^|[-_.])patch(es)?([-_.]|$)/i.test(path.posix.basename(object.doc.file.path)))
        return 'its file name says patch';
    const containers = errors.some((e) => e.keyword === 'required' && e.params['missingProperty'] === 'containers' && /\/template\/spec$|^\/spec$/.test(e.instancePath));
    return containers && object.kind !== 'Pod' ? 'its pod template has no containers' : undefined;
}
function* portReports(object, isPatch) {
    const problems = portProblems(object);
    if (problems.length === 0)
        return;
    const subject = object.name === '' ? object.kind : `${object.kind} "${object.name}"`;
    const consequence = CONSEQUENCE.charAt(0).toUpperCase() + CONSEQUENCE.slice(1);
    const patch = problems.some((p) => p.kind === 'nameMissing' || p.kind === 'duplicate') && isPatch();
    for (const p of problems) {
        if (patch && (p.kind === 'nameMissing' || p.kind === 'duplicate'))
            continue;
        const base = { object: subject, field: fieldPath(p.path), key: leafName(p.path), consequence };
        switch (p.kind) {
            case 'range':
                yield { messageId: 'portRange', path: p.path, data: { ...base, value: p.value, what: p.what, meaning: PORT_MEANING[p.what] } };
                break;
            case 'name': {
                const service = p.rule === 'dns-label';
                const target = p.what === 'targetPort';
                const digits = target && /^[0-9]+$/.test(p.value);
                yield {
                    messageId: 'portName',
                    path: p.path,
                    data: {
                        ...base,
                        value: p.value,
                        syntax: service ? 'Service port name' : target ? 'targetPort name' : 'container port name',
                        reasons: p.reasons.join(', '),
                        rules: service
                            ? 'A Service port name is a DNS label: at most 63 lower-case letters, digits and hyphens, starting and ending with a letter or digit.'
                            : 'A port name (IANA service name) has at most 15 lower-case letters, digits and single hyphens, at least one letter, and no hyphen at either end.',
                        suggestion: digits ? p.value : suggestPortName(p.value, service ? 63 : 15),
                        also: digits
                            ? ' without quotes: a number there is a port number, a quoted one is read as the name of a container port, which no name can be'
                            : target
                                ? ', and give the container port the same name'
                                : service
                                    ? ''
                                    : ', and refer to it by that name in the Service targetPorts and probes',
                    },
                };
                break;
            }
            case 'nameMissing':
                yield { messageId: 'portNameMissing', path: p.path, data: { ...base, index: Number(p.path[p.path.length - 1]) } };
                break;
            case 'duplicate':
                yield {
                    messageId: 'portDuplicate',
                    path: p.path,
                    data: {
                        ...base,
                        what: p.what === 'name' ? 'name' : p.what === 'port' ? 'port and protocol' : 'nodePort and protocol',
                        value: p.what === 'name' ? `"${p.value}"` : p.value,
                        first: fieldPath(p.first),
                        fix: p.what === 'name'
                            ? 'give each port its own name.'
                            : p.what === 'port'
                                ? 'each port/protocol pair may appear once: remove the repeated entry, or use another port (TCP and UDP on one port are two entries).'
                                : 'each node port may be used once per protocol: remove the nodePort to get one assigned, or pick another.',
                    },
                };
                break;
            case 'nodePortForbidden':
                yield { messageId: 'nodePortForbidden', path: p.path, data: { ...base, value: p.value } };
                break;
            case 'nodePortRange':
                yield { messageId: 'nodePortRange', path: p.path, data: { ...base, value: p.value } };
                break;
        }
    }
}
const PORT_MEANING = {
    port: 'that clients connect to on the Service',
    targetPort: 'the pods listen on (or leave targetPort out to use the port)',
    nodePort: 'in the node port range (30000-32767 by default), or leave nodePort out to get one assigned',
    containerPort: 'the container listens on',
    hostPort: 'the node should expose, or leave hostPort out',
    name: '',
};
/**
 * ajv reports a bad quantity or int-or-string value three or four times (each `oneOf` branch,
 * then `oneOf` itself), and a bad enum value with a wrong type twice: one finding per place.
 */
function groupByPlace(errors) {
    const groups = new Map();
    for (const e of errors) {
        const missing = e.keyword === 'required' && typeof e.params['missingProperty'] === 'string' ? e.params['missingProperty'] : undefined;
        const key = missing === undefined ? e.instancePath : `${e.instancePath}\u0000${missing}`;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = { pointer: e.instancePath, missing, errors: [] }));
        group.errors.push(e);
    }
    return [...groups.values()];
}
function describe(object, group) {
    const { path, value } = resolvePointer(object.raw, group.pointer);
    const subject = object.name === '' ? object.kind : `${object.kind} "${object.name}"`;
    if (group.missing !== undefined) {
        const full = [...path, group.missing];
        return {
            messageId: 'missingRequired',
            path: full,
            data: {
                object: subject,
                field: fieldPath(full),
                key: leafName(full),
                parent: path.length === 0 ? 'the object' : fieldPath(path),
                property: group.missing,
                fix: group.missing === 'selector' && path.length === 1 && path[0] === 'spec'
                    ? ' (In a kustomize base, kustomize adds one only when it builds the file through a kustomization that sets commonLabels, or labels with includeSelectors: lint that build, or pass the kustomization with --context.)'
                    : '',
            },
        };
    }
    // The API server decodes null as "not set" (Go's zero value); a required field left null is
    // then caught by its own validation, which the schema cannot see.
    if (value === null)
        return undefined;
    const errors = group.errors;
    const source = object.doc.sourceText([...object.path, ...path]);
    const base = { object: subject, field: fieldPath(path), key: leafName(path), got: shown(value, source) };
    const types = new Set(errors.filter((e) => e.keyword === 'type').map((e) => String(e.params['type'])));
    if (errors.some((e) => e.keyword === 'oneOf') || (types.has('string') && (types.has('integer') || types.has('number')))) {
        // The only oneOf schemas of the pack's kinds: Quantity (number | string with format quantity)
        // and IntOrString (string | int32).
        if (types.has('number') || errors.some((e) => e.params['format'] === 'quantity')) {
            if (typeof value === 'string' && isGoQuantity(value))
                return undefined;
            return { messageId: 'badQuantity', path, data: { ...base, fix: quantityFix(value) } };
        }
        return { messageId: 'badIntOrString', path, data: { ...base, meaning: intOrStringMeaning(path) } };
    }
    const enumError = errors.find((e) => e.keyword === 'enum');
    if (enumError && value === '' && emptyIsUnset(path))
        return undefined;
    if (enumError) {
        const allowed = Array.isArray(enumError.params['allowedValues']) ? enumError.params['allowedValues'] : [];
        const near = typeof value === 'string' ? allowed.find((a) => typeof a === 'string' && a.toLowerCase() === value.trim().toLowerCase()) : undefined;
        return {
            messageId: 'badEnum',
            path,
            data: {
                ...base,
                value: clip(JSON.stringify(value)),
                allowed: allowed.map((a) => JSON.stringify(a)).join(', '),
                fix: near === undefined ? '' : ` Values are case-sensitive: write ${JSON.stringify(near)}.`,
            },
        };
    }
    const typeError = errors.find((e) => e.keyword === 'type');
    if (typeError) {
        const expected = String(typeError.params['type']);
        return { messageId: 'wrongType', path, data: { ...base, expected: TYPE_NAMES[expected] ?? expected, fix: typeFix(expected, value, source) } };
    }
    const formatError = errors.find((e) => e.keyword === 'format');
    if (formatError) {
        const format = String(formatError.params['format']);
        // Go decodes []byte with base64.StdEncoding, which skips line breaks (YAML block scalars).
        if (format === 'byte' && typeof value === 'string' && isBase64(value.replace(/[\r\n]/g, '')))
            return undefined;
        return { messageId: 'badFormat', path, data: { ...base, format: FORMAT_NAMES[format] ?? `a valid ${format}` } };
    }
    // kubernetes-models 4.5 compiles only type, enum, format, required and oneOf keywords.
    return undefined;
}
/**
 * Enum fields that are plain Go strings, not pointers: the API server decodes "" as the zero value
 * and then either defaults it (SetDefaults_Service, SetDefaults_Container, SetDefaults_PodSpec,
 * SetDefaults_HTTPGetAction in pkg/apis/core/v1/defaults.go; SetDefaults_Deployment, _DaemonSet,
 * _StatefulSet in pkg/apis/apps/v1/defaults.go; the `+default="TCP"` of ServicePort and
 * ContainerPort; CronJob's concurrencyPolicy) or accepts it as "any" (a toleration's operator and
 * effect). A Helm value rendered empty (`protocol: ""`) is therefore accepted. (A Service's
 * traffic policies are left to service-traffic-policy-invalid-value, see ownedElsewhere.) Pointer fields
 * (pathType, ipFamilyPolicy, internalTrafficPolicy, a container's restartPolicy) reject "".
 */
const EMPTY_IS_UNSET = [
    ['ports', -1, 'protocol'],
    ['containers', -1, 'imagePullPolicy'],
    ['initContainers', -1, 'imagePullPolicy'],
    ['ephemeralContainers', -1, 'imagePullPolicy'],
    ['containers', -1, 'terminationMessagePolicy'],
    ['initContainers', -1, 'terminationMessagePolicy'],
    ['ephemeralContainers', -1, 'terminationMessagePolicy'],
    ['httpGet', 'scheme'],
    ['spec', 'dnsPolicy'],
    ['spec', 'restartPolicy'],
    ['spec', 'type'],
    ['spec', 'sessionAffinity'],
    ['strategy', 'type'],
    ['updateStrategy', 'type'],
    ['spec', 'podManagementPolicy'],
    ['spec', 'concurrencyPolicy'],
    ['tolerations', -1, 'operator'],
    ['tolerations', -1, 'effect'],
];
/** Whether the path ends in a field where an empty string means "not set" (-1 matches any index). */
function emptyIsUnset(path) {
    return EMPTY_IS_UNSET.some((suffix) => {
        if (suffix.length > path.length)
            return false;
        const tail = path.slice(path.length - suffix.length);
        return suffix.every((seg, i) => (seg === -1 ? typeof tail[i] === 'number' : seg === tail[i]));
    });
}
/** Turns an RFC 6901 pointer into a path (numbers for array indexes) and the value it names. */
function resolvePointer(raw, pointer) {
    const path = [];
    let value = raw;
    if (pointer === '')
        return { path, value };
    for (const token of pointer.slice(1).split('/')) {
        const seg = token.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(value)) {
            const index = Number(seg);
            path.push(index);
            value = value[index];
        }
        else if (value !== null && typeof value === 'object' && Object.hasOwn(value, seg)) {
            path.push(seg);
            value = value[seg];
        }
        else {
            path.push(seg);
            value = undefined;
        }
    }
    return { path, value };
}
/**
 * The field's own name with the indexes right after it (`containerPort`, `trustedCIDRs[0]`), for
 * the first sentence; the whole path follows in the message.
 */
function leafName(path) {
    let i = path.length - 1;
    while (i > 0 && typeof path[i] === 'number')
        i--;
    return fieldPath(path.slice(i)) || fieldPath(path);
}
/** The path as the API server writes it: `spec.ports[0].port`, `metadata.labels[app.kubernetes.io/name]`. */
function fieldPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg))
            out += out === '' ? seg : `.${seg}`;
        else
            out += `[${seg}]`;
    }
    return out;
}
const TYPE_NAMES = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'a boolean',
    object: 'a map',
    array: 'a list',
};
const FORMAT_NAMES = {
    int32: 'a 32-bit integer (-2147483648 to 2147483647)',
    int64: 'a 64-bit integer',
    byte: 'base64-encoded data',
    'date-time': 'an RFC 3339 time such as 2024-01-02T15:04:05Z',
    double: 'a number',
};
/**
 * What apimachinery's ParseQuantity accepts, after the `strings.TrimSpace` that
 * Quantity.UnmarshalJSON applies (kubernetes-models' own pattern rejects the spaces).
 */
const GO_QUANTITY = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;
function isGoQuantity(text) {
    return GO_QUANTITY.test(text.trim());
}
function quantityFix(value) {
    if (typeof value !== 'string')
        return ' Write a number or a quoted quantity string.';
    if (/^\s*[+-]?[0-9.]+\s*[A-Za-z]+\s*$/.test(value)) {
        return ' Suffixes are case-sensitive and have no B: Ki, Mi, Gi, Ti, Pi, Ei (powers of 2) or m, k, M, G, T, P, E (powers of 10), with no space before them.';
    }
    return '';
}
function intOrStringMeaning(path) {
    const last = path[path.length - 1];
    if (last === 'targetPort' || last === 'port')
        return ' (a port number or a port name)';
    if (last === 'maxSurge' || last === 'maxUnavailable' || last === 'minAvailable')
        return ' (a count or a percentage such as "25%")';
    return '';
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a number';
    if (typeof value === 'boolean')
        return 'a boolean';
    return `a ${typeof value}`;
}
/** How the value reads in the message: its source text and what it is, or just what it is. */
function shown(value, source) {
    const what = kindOf(value);
    if (value !== null && typeof value === 'object')
        return what;
    const text = source !== undefined && !/^[|>]/.test(source) ? source : JSON.stringify(value);
    return `${clip(text)} (${what})`;
}
function clip(text) {
    const one = joinLines(text.length > 4096 ? text.slice(0, 4096) : text);
    return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
/** Each run of white space that holds a line break becomes one space (in one pass: the text is the user's). */
function joinLines(text) {
    let out = '';
    let i = 0;
    while (i < text.length) {
        if (!/\s/.test(text[i])) {
            out += text[i++];
            continue;
        }
        let j = i;
        let breaks = false;
        while (j < text.length && /\s/.test(text[j])) {
            if (text[j] === '\n')
                breaks = true;
            j++;
        }
        out += breaks ? ' ' : text.slice(i, j);
        i = j;
    }
    return out;
}
/** A concrete way out for the usual typing accidents; '' when there is nothing better to say. */
function typeFix(expected, value, source) {
    const plain = source !== undefined && source !== '' && !/^["'|>[{]/.test(source);
    if (expected === 'string' && (typeof value === 'boolean' || typeof value === 'number')) {
        if (!plain)
            return ` Write it as a string: "${String(value)}".`;
        const canonical = String(value) === source;
        const reading = typeof value === 'boolean'
            ? `the boolean ${String(value)}`
            : /^[-+]?0[0-7]+$/.test(source)
                ? `the octal number ${String(value)}`
                : `the number ${String(value)}`;
        return canonical
            ? ` Quote it: "${source}".`
            : ` Quote it: "${source}". Unquoted, ${source} is ${reading} for kubectl and Helm (YAML 1.1).`;
    }
    if (typeof value === 'string') {
        const t = value.trim();
        if ((expected === 'integer' && /^[-+]?[0-9]+$/.test(t)) || (expected === 'number' && t !== '' && Number.isFinite(Number(t)))) {
            return ` Write it without quotes: ${t}.`;
        }
        if (expected === 'boolean' && (t === 'true' || t === 'false'))
            return ` Write it without quotes: ${t}.`;
        if (expected === 'boolean')
            return ' Use true or false.';
    }
    if (expected === 'integer' && typeof value === 'number')
        return ' Use a whole number.';
    if (expected === 'array' && value !== null && typeof value !== 'object')
        return ' Write it as a list, even with one item.';
    if (expected === 'array' && typeof value === 'object' && !Array.isArray(value))
        return ' Write it as a list of maps (start each item with "- ").';
    if (expected === 'object' && (value === null || typeof value !== 'object'))
        return ' Write it as a map of key: value pairs.';
    return '';
}
const kustomizeFiles = new WeakMap();
function kustomizeCompletion(object, model) {
    if (hasPatchDirective(object.raw, 0))
        return 'patch';
    let files = kustomizeFiles.get(model);
    if (!files) {
        files = { patches: new Set(), labelled: new Set() };
        for (const k of [...model.ofKind('Kustomization'), ...model.ofKind('Component')]) {
            if (!k.apiVersion.startsWith('kustomize.config.k8s.io/'))
                continue;
            const dir = path.posix.dirname(k.doc.file.path);
            const at = (ref) => typeof ref === 'string' && /\.(ya?ml|json)$/.test(ref) && !ref.includes('\n') ? path.posix.join(dir, ref) : undefined;
            for (const p of list(k.raw['patches'])) {
                const file = at(p !== null && typeof p === 'object' ? p['path'] : undefined);
                if (file)
                    files.patches.add(file);
            }
            for (const p of list(k.raw['patchesStrategicMerge'])) {
                const file = at(p);
                if (file)
                    files.patches.add(file);
            }
            const common = k.raw['commonLabels'];
            const selectors = (common !== null && typeof common === 'object' && Object.keys(common).length > 0) ||
                list(k.raw['labels']).some((l) => l !== null && typeof l === 'object' && l['includeSelectors'] === true);
            if (!selectors)
                continue;
            for (const r of list(k.raw['resources'])) {
                const file = at(r);
                if (file)
                    files.labelled.add(file);
            }
        }
        kustomizeFiles.set(model, files);
    }
    const file = path.posix.normalize(object.doc.file.path);
    if (files.patches.has(file))
        return 'patch';
    return files.labelled.has(file) ? 'selector' : 'none';
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** A `spec.selector` (the object's own, or a nested template's): what kustomize's label transformers fill. */
function isSpecSelector(p) {
    const last = p[p.length - 1];
    return last === 'selector' && p[p.length - 2] === 'spec';
}
function hasPatchDirective(value, depth) {
    if (depth > 64 || value === null || typeof value !== 'object')
        return false;
    if (Array.isArray(value))
        return value.some((v) => hasPatchDirective(v, depth + 1));
    for (const [k, v] of Object.entries(value)) {
        if (k.startsWith('$patch') || k.startsWith('$setElementOrder/') || k === '$retainKeys' || k.startsWith('$deleteFromPrimitiveList/'))
            return true;
        if (hasPatchDirective(v, depth + 1))
            return true;
    }
    return false;
}
