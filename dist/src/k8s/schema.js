/**
 * The Kubernetes object schemas: kubernetes-models' precompiled ajv validators (Kubernetes v1.33,
 * with the definitions of older API versions merged in, e.g. `extensions/v1beta1` Ingress).
 *
 * The validators of the kinds k8s-schema checks (SCHEMA_KINDS, every API version) are bundled at
 * build time into four files (SCHEMA_BUNDLES, scripts/bundle.mjs), with @kubernetes-models/validate
 * replaced by the six formats they use (schema-formats.ts): one module to load instead of ~270. Other pairs, or a checkout without the bundle, load the package's own
 * CommonJS module `_schemas/<Name>.js` (hidden by its `exports` map, so by absolute path). Either
 * way validators load lazily, only for the apiVersion+kind pairs a run meets, once per process.
 *
 * Module names follow the generator's convention `IoK8sApi<Group><Version><Kind>`, where <Group>
 * is the first label of the API group (`networking.k8s.io` → `Networking`, the core group →
 * `Core`); two groups live elsewhere (OVERRIDES). A loaded module must then accept the pair as its
 * own (its `apiVersion` and `kind` enums), which rules out look-alikes such as
 * `networking.istio.io/v1` and schemas of sub-objects.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageFile } from '../package.js';
/**
 * The kinds k8s-schema validates: the ones this pack reasons about (Services, the workloads behind
 * them, their ConfigMaps, autoscalers and Ingresses). Not every kind: the source layer parses in
 * full only the kinds some rule checks, and CRDs, RBAC and the like, about 80% of a real bundle's
 * bytes, carry no client-IP setting.
 */
export const SCHEMA_KINDS = [
    'Service',
    'Pod',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'Job',
    'CronJob',
    'ConfigMap',
    'HorizontalPodAutoscaler',
    'Ingress',
];
/**
 * The build-time bundles of SCHEMA_KINDS' validators, keyed `apiVersion/kind`: current API
 * versions apart from older ones, and the kinds with a pod template apart from the rest, so that
 * a run loads only the code it needs: a pod template's validators alone are ~300 KB, a Service's
 * ~50 KB (compiling the bundle is most of a one-file run's time after Node's start).
 */
export const SCHEMA_BUNDLES = {
    current: 'dist/k8s-schemas.cjs',
    currentPods: 'dist/k8s-schemas-pods.cjs',
    legacy: 'dist/k8s-schemas-legacy.cjs',
    legacyPods: 'dist/k8s-schemas-legacy-pods.cjs',
};
export const CURRENT_API_VERSIONS = new Set(['v1', 'apps/v1', 'batch/v1', 'autoscaling/v1', 'autoscaling/v2', 'networking.k8s.io/v1']);
/** The kinds whose schema holds a pod spec (their validators share it). */
export const POD_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);
/** Which bundle of SCHEMA_BUNDLES holds a pair's validator (if any does). */
export function schemaBundle(apiVersion, kind) {
    const current = CURRENT_API_VERSIONS.has(apiVersion);
    if (POD_KINDS.has(kind))
        return current ? 'currentPods' : 'legacyPods';
    return current ? 'current' : 'legacy';
}
/** API groups whose schemas do not follow `IoK8sApi<Group>`. */
const OVERRIDES = {
    'apiextensions.k8s.io': 'IoK8sApiextensionsApiserverPkgApisApiextensions',
    'apiregistration.k8s.io': 'IoK8sKubeAggregatorPkgApisApiregistration',
};
// Manifest text becomes part of a module path: only names that cannot leave the folder pass.
const KIND = /^[A-Z][A-Za-z0-9]{0,62}$/;
const GROUP_WORD = /^[a-z][a-z0-9]*$/;
const GROUP_LABEL = /^[a-z][a-z0-9-]*$/;
/**
 * An API group kubernetes-models has schemas for: one word (`apps`) or dotted labels ending in
 * `.k8s.io`. Label by label: a single RegExp with a repeated group overflows V8's backtracking
 * stack on a hostile apiVersion of a few megabytes.
 */
function isSchemaGroup(group) {
    if (GROUP_WORD.test(group))
        return true;
    if (!group.endsWith('.k8s.io'))
        return false;
    const labels = group.slice(0, -'.k8s.io'.length).split('.');
    return labels.every((l) => GROUP_LABEL.test(l));
}
const VERSION = /^v[1-9][0-9]*(?:(?:alpha|beta)[1-9][0-9]*)?$/;
const cache = new Map();
let schemasDir;
const bundles = new Map();
/**
 * The validator of `apiVersion` + `kind` (`apps/v1`, `Deployment`), or undefined when
 * kubernetes-models does not know the pair (custom resources, misspelt versions).
 */
export function schemaValidator(apiVersion, kind) {
    const key = `${apiVersion}/${kind}`;
    let validator = cache.get(key);
    if (validator === undefined) {
        validator = load(apiVersion, kind);
        cache.set(key, validator);
    }
    return validator ?? undefined;
}
/** The schema module name for a pair (`IoK8sApiAppsV1Deployment`), or undefined if it cannot be one. */
export function schemaModuleName(apiVersion, kind) {
    const slash = apiVersion.indexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
    if (!KIND.test(kind) || !VERSION.test(version) || (group !== '' && !isSchemaGroup(group)))
        return undefined;
    const prefix = OVERRIDES[group] ?? `IoK8sApi${capitalise(group === '' ? 'core' : group.split('.')[0])}`;
    return `${prefix}${capitalise(version)}${kind}`;
}
function load(apiVersion, kind) {
    const bundled = bundledValidators(SCHEMA_BUNDLES[schemaBundle(apiVersion, kind)])?.[`${apiVersion}/${kind}`];
    if (bundled)
        return wrap(bundled);
    const file = schemaFile(apiVersion, kind);
    if (file === undefined)
        return null;
    const validate = createRequire(import.meta.url)(file).validate;
    if (typeof validate !== 'function')
        return null;
    const validator = wrap(validate);
    // The schema of a top-level kind pins apiVersion and kind with enums (sub-object schemas such as
    // ServiceSpec pin nothing): it must reject other values and accept this pair.
    const typeMeta = (e) => e.instancePath === '/apiVersion' || e.instancePath === '/kind';
    const pins = validator({ apiVersion: '-', kind: '-' }).some(typeMeta);
    const own = !validator({ apiVersion, kind }).some(typeMeta);
    return pins && own ? validator : null;
}
function wrap(compiled) {
    return (value) => (compiled(value) ? [] : (compiled.errors ?? []).filter(isApiError));
}
/** The package's module file for a pair, when it exists (used by the build to make the bundle). */
export function schemaFile(apiVersion, kind) {
    const name = schemaModuleName(apiVersion, kind);
    const dir = name === undefined ? null : packageSchemas();
    if (name === undefined || dir === null)
        return undefined;
    const file = path.join(dir, `${name}.js`);
    return fs.existsSync(file) ? file : undefined;
}
function bundledValidators(relative) {
    let bundle = bundles.get(relative);
    if (bundle === undefined) {
        const file = packageFile(relative);
        try {
            bundle = fs.existsSync(file) ? createRequire(import.meta.url)(file) : null;
        }
        catch {
            bundle = null;
        }
        bundles.set(relative, bundle);
    }
    return bundle;
}
/**
 * kubernetes-models requires `apiVersion` and `kind` (with one allowed value each) on every
 * top-level model, also where one is embedded. Among the 221 kinds, the only embedding is in the
 * older StatefulSet schemas (apps/v1beta1, v1beta2), whose `volumeClaimTemplates` items are the
 * PersistentVolumeClaim model; apps/v1 and the API server require no type metadata there. Other
 * required `kind` fields (an HPA's `scaleTargetRef`) are real and stay.
 */
const EMBEDDED_MODEL = /^\/spec\/volumeClaimTemplates\/\d+(?:\/apiVersion|\/kind)?$/;
function isApiError(e) {
    if (!EMBEDDED_MODEL.test(e.instancePath))
        return true;
    if (e.keyword === 'required')
        return e.params['missingProperty'] !== 'apiVersion' && e.params['missingProperty'] !== 'kind';
    return e.keyword !== 'enum';
}
/** `…/node_modules/kubernetes-models/_schemas`, or null when the package is not installed. */
function packageSchemas() {
    if (schemasDir === undefined) {
        try {
            const main = createRequire(import.meta.url).resolve('kubernetes-models');
            schemasDir = path.join(path.dirname(main), '_schemas');
        }
        catch {
            schemasDir = null;
        }
    }
    return schemasDir;
}
function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
