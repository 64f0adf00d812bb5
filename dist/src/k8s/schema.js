/**
 * The Kubernetes object schemas: kubernetes-models' precompiled ajv validators (Kubernetes v1.33,
 * with the definitions of older API versions merged in, e.g. `extensions/v1beta1` Ingress).
 *
 * Each top-level kind has a CommonJS module `_schemas/<Name>.js` exporting `validate`. The package's
 * `exports` map hides that folder, so modules are loaded by absolute path from the package
 * directory. Loading one costs milliseconds to tens of milliseconds (it requires its whole
 * dependency tree: a pod template alone is ~30 ms), so validators are loaded lazily, only for the
 * apiVersion+kind pairs a run meets, and at most once per process (see also `lightFormats`).
 *
 * Module names follow the generator's convention `IoK8sApi<Group><Version><Kind>`, where <Group>
 * is the first label of the API group (`networking.k8s.io` → `Networking`, the core group →
 * `Core`); two groups live elsewhere (OVERRIDES). A loaded module must then accept the pair as its
 * own (its `apiVersion` and `kind` enums), which rules out look-alikes such as
 * `networking.istio.io/v1` and schemas of sub-objects.
 */
import { createRequire, Module } from 'node:module';
import path from 'node:path';
/** API groups whose schemas do not follow `IoK8sApi<Group>`. */
const OVERRIDES = {
    'apiextensions.k8s.io': 'IoK8sApiextensionsApiserverPkgApisApiextensions',
    'apiregistration.k8s.io': 'IoK8sKubeAggregatorPkgApisApiregistration',
};
// Manifest text becomes part of a module path: only names that cannot leave the folder pass.
const KIND = /^[A-Z][A-Za-z0-9]{0,62}$/;
const GROUP = /^(?:[a-z][a-z0-9]*|[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*\.k8s\.io)$/;
const VERSION = /^v[1-9][0-9]*(?:(?:alpha|beta)[1-9][0-9]*)?$/;
const cache = new Map();
let schemasDir;
let lightFormatsTried = false;
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
    if (!KIND.test(kind) || !VERSION.test(version) || (group !== '' && !GROUP.test(group)))
        return undefined;
    const prefix = OVERRIDES[group] ?? `IoK8sApi${capitalise(group === '' ? 'core' : group.split('.')[0])}`;
    return `${prefix}${capitalise(version)}${kind}`;
}
function load(apiVersion, kind) {
    const name = schemaModuleName(apiVersion, kind);
    const dir = name === undefined ? null : packageSchemas();
    if (name === undefined || dir === null)
        return null;
    const require = createRequire(import.meta.url);
    let file;
    try {
        file = require.resolve(path.join(dir, `${name}.js`));
    }
    catch {
        return null; // no such schema: a kind kubernetes-models does not know
    }
    if (!lightFormatsTried) {
        lightFormatsTried = true;
        lightFormats(file);
    }
    const validate = require(file).validate;
    if (typeof validate !== 'function')
        return null;
    const compiled = validate;
    const validator = (value) => (compiled(value) ? [] : (compiled.errors ?? []).filter(isApiError));
    // The schema of a top-level kind pins apiVersion and kind with enums (sub-object schemas such as
    // ServiceSpec pin nothing): it must reject other values and accept this pair.
    const typeMeta = (e) => e.instancePath === '/apiVersion' || e.instancePath === '/kind';
    const pins = validator({ apiVersion: '-', kind: '-' }).some(typeMeta);
    const own = !validator({ apiVersion, kind }).some(typeMeta);
    return pins && own ? validator : null;
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
/**
 * The compiled schemas `require("@kubernetes-models/validate")` only to read six format checkers
 * (`_validate.formats.int32`, `int64`, `double`, `date-time`, `byte`, `quantity`). That package's
 * index also loads ajv-i18n (every language, for `runValidateFunc`'s messages) and
 * ajv-formats-draft2019 (IDN e-mail and hostname checks with punycode): ~40 ms before the first
 * schema runs, a fifth of a pre-commit run's budget, for code no schema calls.
 *
 * So, before the first schema loads, and only if nothing has loaded the package yet, its module
 * entry in `require.cache` (Node's documented module cache) is filled with an equivalent facade:
 * the six formats from the same ajv-formats the package spreads into its own table, plus `byte`
 * and `quantity` with the package's own patterns (validate 4.0.0 `dist/formats.js`). Any other
 * format name, and `runValidateFunc`, load the package's real modules on first use, so code that
 * requires the package later (kubernetes-models' classes) behaves exactly as before. If anything
 * about the layout differs, the facade is not installed and the real package loads.
 */
function lightFormats(schemaFile) {
    try {
        const target = createRequire(schemaFile).resolve('@kubernetes-models/validate');
        const cache = createRequire(target).cache;
        if (cache[target] || path.basename(target) !== 'index.js')
            return;
        const local = createRequire(target);
        const { fullFormats } = local('ajv-formats/dist/formats.js');
        let full;
        const real = () => (full ??= local('./formats.js').formats);
        const num = String.raw `[+-]?(?:\d+|\d+\.\d+|\d+\.|\.\d+)`;
        const own = {
            int32: fullFormats['int32'],
            int64: fullFormats['int64'],
            double: fullFormats['double'],
            'date-time': fullFormats['date-time'],
            byte: { type: 'string', validate: (v) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(v) },
            quantity: { type: 'string', validate: new RegExp(`^${num}(?:[KMGTPE]i|(?:[YZEPTGMkhdcmunpfazy]|da)|[eE]${num})?$`) },
        };
        if (Object.values(own).some((f) => f === undefined))
            return;
        const formats = new Proxy(own, {
            get: (t, k) => (Object.hasOwn(t, k) ? t[k] : real()[k]),
            has: (_t, k) => k in real(),
            ownKeys: () => Reflect.ownKeys(real()),
            getOwnPropertyDescriptor: (_t, k) => Reflect.getOwnPropertyDescriptor(real(), k),
        });
        const facade = new Module(target);
        facade.filename = target;
        facade.loaded = true;
        facade.exports = {
            formats,
            runValidateFunc: (...args) => local('./validate.js').runValidateFunc(...args),
        };
        cache[target] = facade;
    }
    catch {
        // Keep the real package.
    }
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
