import { defineRule } from '../src/engine/rule.js';
import { asRecord, dig } from '../src/k8s/labels.js';
import { flagValue, imageOf } from '../src/k8s/pods.js';
import { backendArgs } from '../src/model/backends.js';
import { ANNOTATION_REPLACEMENTS, DEFAULT_ANNOTATIONS_PREFIX, INGRESS_NGINX_ANNOTATIONS, isConfigMapOnlyKey, releaseParts, removedFeature, suggestAnnotation, } from '../src/model/ingress-nginx-annotations.js';
import { formatControllerVersion, imageVersion } from '../src/model/ingress-nginx-controller.js';
import { CLIENT_IP_ROLE } from '../src/model/ingress-nginx-keys.js';
import { nearestGroup } from '../src/model/model.js';
export default defineRule({
    meta: {
        id: 'ingress-nginx-unknown-annotation',
        description: 'Report nginx.ingress.kubernetes.io/ annotations on an Ingress that ingress-nginx does not read: typos, ConfigMap-only settings, annotations removed in a release or newer than the controller.',
        rationale: 'ingress-nginx looks up the annotations it knows by exact name and ignores every other one under its prefix without a warning or an event. A misspelt annotation, a controller-wide ConfigMap setting such as use-forwarded-headers or use-proxy-protocol written as an annotation, or an annotation the running release no longer (or not yet) reads changes nothing: an allow-list that is not applied, forwarded headers that are not trusted, a rewrite that does not happen.',
        remediation: 'Rename the annotation to the one ingress-nginx reads, move controller-wide settings to the controller\'s ConfigMap, or remove the annotation.',
        category: 'client-ip',
        defaultSeverity: 'warning',
        recommended: true,
        precision: 'high',
        appliesTo: ['Ingress'],
        messages: {
            unknown: 'Ingress "{{ingress}}" has annotation "{{key}}", which ingress-nginx does not read. The controller ignores annotations it does not know without a warning or an event, so whatever this one was meant to change stays as the ConfigMap or the built-in default has it. Remove it, or use a name from the ingress-nginx annotations reference.',
            didYouMean: 'Ingress "{{ingress}}" has unknown annotation "{{key}}": did you mean "{{suggestion}}"? The controller looks annotations up by their exact name and ignores this one without a warning, so the setting stays at its default{{role}}. Rename it to "{{prefix}}/{{suggestion}}".',
            configMapKey: 'Ingress "{{ingress}}" has annotation "{{key}}", which ingress-nginx ignores on an Ingress. It is a controller-wide ConfigMap setting: the controller reads {{name}} only from its ConfigMap (--configmap; Helm: controller.config.{{name}}), where it applies to every Ingress the controller serves{{role}}; as an annotation it changes nothing, for this Ingress or any other. Set it in the controller\'s ConfigMap if it is meant for the whole controller, and remove the annotation.',
            removed: 'Ingress "{{ingress}}" has annotation "{{key}}", which ingress-nginx no longer reads. Controller v{{removed}} stopped reading it{{feature}}, and controllers since then ignore it without a warning, so it changes nothing. {{instead}}',
            tooNew: 'Ingress "{{ingress}}" has annotation "{{key}}", which the controller in view is too old to read. Only controller v{{since}} and later read it, and the controller in view runs {{versions}}: that release ignores it without a warning, so it changes nothing{{role}}. Upgrade the controller{{instead}}.',
        },
        defaultOptions: {},
    },
    *check(ingress, { model }) {
        const annotations = asRecord(dig(ingress.raw, 'metadata', 'annotations'));
        if (!annotations)
            return;
        const { prefixes, versions } = controllers(model, ingress);
        for (const key of Object.keys(annotations)) {
            const slash = key.indexOf('/');
            if (slash < 0 || !prefixes.has(key.slice(0, slash)))
                continue;
            const report = judge(ingress, key, key.slice(0, slash), key.slice(slash + 1), versions);
            if (report)
                yield report;
        }
    },
});
function judge(ingress, key, prefix, name, versions) {
    const path = ['metadata', 'annotations', key];
    const base = { ingress: ingress.name, key };
    const releases = INGRESS_NGINX_ANNOTATIONS[name];
    if (releases) {
        if (releases.removed && noneReads(versions, (v) => !lacks(v, releases.removed, 'removed'))) {
            const replacement = ANNOTATION_REPLACEMENTS[name];
            const feature = removedFeature(name);
            return {
                messageId: 'removed',
                path,
                data: {
                    ...base,
                    removed: releases.removed,
                    feature: feature ? ` (that release removed ${feature})` : '',
                    instead: replacement ? `Use ${prefix}/${replacement} instead.` : 'Remove it.',
                },
            };
        }
        if (releases.since && versions && versions.every((v) => lacks(v, releases.since, 'since'))) {
            const replacement = ANNOTATION_REPLACEMENTS[name];
            return {
                messageId: 'tooNew',
                path,
                data: {
                    ...base,
                    since: releases.since,
                    versions: [...new Set(versions.map(formatControllerVersion))].join(', '),
                    role: role(name),
                    instead: replacement ? `, or write ${prefix}/${replacement}, which it reads` : ', or remove the annotation',
                },
            };
        }
        return undefined;
    }
    if (isConfigMapOnlyKey(name))
        return { messageId: 'configMapKey', path, data: { ...base, name, role: role(name) } };
    const suggestion = suggestAnnotation(name);
    if (suggestion)
        return { messageId: 'didYouMean', path, data: { ...base, suggestion, prefix, role: role(suggestion) } };
    return { messageId: 'unknown', path, data: base };
}
function role(name) {
    const r = CLIENT_IP_ROLE[name];
    return r ? ` (${name} decides ${r})` : '';
}
/**
 * Whether a controller of this version certainly lacks the annotation: for `removed`, it runs the
 * removing minor release from its .0 on, or a later one; for `since`, an earlier minor release.
 * Versions are known to the minor release only (image tags such as `v1.9` or `1.9.6`).
 */
function lacks(v, release, kind) {
    const [major, minor, patch] = releaseParts(release);
    const cmp = v.major !== major ? v.major - major : v.minor - minor;
    return kind === 'since' ? cmp < 0 : cmp > 0 || (cmp === 0 && patch === 0);
}
/** True when no reader may still read it: unknown versions count as the newest controller. */
function noneReads(versions, mayRead) {
    return !versions || !versions.some(mayRead);
}
/**
 * The ingress-nginx controllers that read an Ingress: those in view nearest to it (same file, then
 * the closest folder, as the model resolves copies), since several environments or releases often
 * share a repository. Which IngressClass each serves is not compared.
 */
function controllers(model, ingress) {
    const all = model.backendsOf('ingress-nginx');
    const nearest = new Set(nearestGroup(all.map((b) => b.workload), ingress));
    const backends = all.filter((b) => nearest.has(b.workload));
    const prefixes = new Set(backends.map((b) => annotationsPrefix(b)));
    if (prefixes.size === 0)
        prefixes.add(DEFAULT_ANNOTATIONS_PREFIX);
    const versions = [];
    let known = backends.length > 0;
    for (const b of backends) {
        const v = imageVersion(imageOf(b.container.container));
        if (v)
            versions.push(v);
        else
            known = false;
    }
    return { prefixes, versions: known ? versions : undefined };
}
/** `--annotations-prefix` (pkg/flags/flags.go, default nginx.ingress.kubernetes.io). */
function annotationsPrefix(backend) {
    const value = flagValue(backendArgs(backend), 'annotations-prefix');
    return value ? value.replace(/\/+$/, '') : DEFAULT_ANNOTATIONS_PREFIX;
}
