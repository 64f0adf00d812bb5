import { defineRule } from '../src/engine/rule.js';
import { podTemplatePath } from '../src/k8s/kinds.js';
import { asRecord, dig } from '../src/k8s/labels.js';
/** Built-in kinds whose pod template metadata the API server decodes as ObjectMeta (CRDs validate their own way). */
const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);
/** YAML 1.1 words that Go's strconv.ParseBool does not accept, for the quoting hint. */
const YAML_ONLY_BOOLS = /^(y|yes|on|n|no|off)$/i;
export default defineRule({
    meta: {
        id: 'non-string-map-value',
        description: 'Report non-string values (true, yes, on, 8080, 0755, 1.30, maps, lists, and null in ConfigMap data) in ConfigMap data, labels and annotations, which must be strings.',
        rationale: 'ConfigMap data, labels and annotations are maps of strings. kubectl, Helm and the API server read YAML 1.1, where unquoted true, yes, on, off, numbers such as 8080, 0755 or 1.30, and maps or lists are not strings: the whole object is rejected ("json: cannot unmarshal bool into Go struct field ... of type string"); a null in ConfigMap data quietly becomes an empty string. A Service whose PROXY protocol annotation is an unquoted true, or an ingress controller ConfigMap with use-forwarded-headers: true, never reaches the cluster, and the client-IP settings it carries never apply.',
        remediation: 'Quote the value ("true", "8080", "1.30"); write multi-line content as a block scalar (|).',
        category: 'validity',
        defaultSeverity: 'error',
        recommended: true,
        precision: 'very-high',
        appliesTo: 'all',
        metadataOnly: true,
        messages: {
            boolValue: '{{kind}} "{{name}}" is rejected: {{where}} "{{key}}" is the boolean {{value}}, not a string. In the YAML that kubectl, Helm and the API server read, {{written}} is a boolean, and {{where}} values must be strings, so the whole {{kind}} is rejected ("{{error}}"){{impact}}. Quote it: "{{written}}"{{hint}}.',
            numberValue: '{{kind}} "{{name}}" is rejected: {{where}} "{{key}}" is the number {{value}}, not a string. In the YAML that kubectl, Helm and the API server read, {{written}} is a number, and {{where}} values must be strings, so the whole {{kind}} is rejected ("{{error}}"){{impact}}. Quote it: "{{written}}".',
            nullValue: '{{kind}} "{{name}}" has {{where}} "{{key}}" set to null, not a string. Kubernetes stores an empty string in place of the null ({{written}}), so the value meant for it is lost (for ingress-nginx, an empty use-forwarded-headers is false and an empty proxy-real-ip-cidr trusts no proxy). Write the value in quotes, or "" if it is meant to be empty.',
            nestedValue: '{{kind}} "{{name}}" is rejected: {{where}} "{{key}}" holds a {{shape}}, not a string. Since {{where}} values must be strings, the whole {{kind}} is rejected ("{{error}}"){{impact}}. Write the content as one string: a block scalar ("{{key}}: |") for multi-line text, or quoted JSON.',
        },
        defaultOptions: {},
    },
    *check(object) {
        for (const field of ['labels', 'annotations']) {
            yield* checkMap(object, ['metadata', field], field === 'labels' ? 'label' : 'annotation');
        }
        if (object.kind === 'ConfigMap' && object.apiVersion === 'v1')
            yield* checkMap(object, ['data'], 'data key');
        const tpl = TEMPLATE_KINDS.has(object.kind) && !object.partial ? podTemplatePath(object.kind) : undefined;
        if (tpl) {
            yield* checkMap(object, [...tpl, 'metadata', 'labels'], 'pod template label');
            yield* checkMap(object, [...tpl, 'metadata', 'annotations'], 'pod template annotation');
        }
    },
});
function* checkMap(object, mapPath, where) {
    const map = asRecord(dig(object.raw, ...mapPath));
    if (!map)
        return;
    for (const [key, value] of Object.entries(map)) {
        if (typeof value === 'string')
            continue;
        const path = [...mapPath, key];
        const written = object.doc.sourceText([...object.path, ...path])?.trim();
        const base = { where, key, kind: object.kind, name: object.name };
        if (value === null || value === undefined) {
            // Decoded as "" without an error. An empty label or annotation is legal and often meant
            // (`all:` as a flag); an empty ConfigMap value is almost always a lost one.
            if (mapPath[0] === 'data') {
                yield { messageId: 'nullValue', path, data: { ...base, written: written ? `written as ${written}` : 'nothing after the colon' } };
            }
            continue;
        }
        const error = `json: cannot unmarshal ${goJsonType(value)} into Go struct field ${goField(object, mapPath)} of type string`;
        const impact = impactOf(object);
        if (typeof value === 'boolean') {
            const text = written ?? String(value);
            const hint = YAML_ONLY_BOOLS.test(text) ? ', or "true"/"false" if the program reading it parses Go booleans' : '';
            yield { messageId: 'boolValue', path, data: { ...base, written: text, value: String(value), error, impact, hint } };
        }
        else if (typeof value === 'number') {
            yield { messageId: 'numberValue', path, data: { ...base, written: written ?? String(value), value: String(value), error, impact } };
        }
        else {
            yield { messageId: 'nestedValue', path, data: { ...base, shape: Array.isArray(value) ? 'list' : 'map', error, impact } };
        }
    }
}
/** The type name Go's encoding/json uses in "cannot unmarshal <type>". */
function goJsonType(value) {
    if (typeof value === 'boolean')
        return 'bool';
    if (typeof value === 'number')
        return 'number';
    return Array.isArray(value) ? 'array' : 'object';
}
/** The field as Go's encoding/json names it: the innermost struct type and the JSON path. */
function goField(object, mapPath) {
    if (mapPath[0] === 'data')
        return `${object.kind}.data`;
    return `ObjectMeta.${mapPath.join('.')}`;
}
function impactOf(object) {
    if (object.kind === 'Service')
        return ': the Service is not created or updated, nor are its load balancer settings, client-IP ones included';
    if (object.kind === 'ConfigMap')
        return ': the ConfigMap is not created or updated, and whatever reads it keeps its old settings, client-IP ones included';
    return '';
}
