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
/**
 * The kinds k8s-schema validates: the ones this pack reasons about (Services, the workloads behind
 * them, their ConfigMaps, autoscalers and Ingresses). Not every kind: the source layer parses in
 * full only the kinds some rule checks, and CRDs, RBAC and the like, about 80% of a real bundle's
 * bytes, carry no client-IP setting.
 */
export declare const SCHEMA_KINDS: readonly string[];
/**
 * The build-time bundles of SCHEMA_KINDS' validators, keyed `apiVersion/kind`: current API
 * versions apart from older ones, and the kinds with a pod template apart from the rest, so that
 * a run loads only the code it needs: a pod template's validators alone are ~300 KB, a Service's
 * ~50 KB (compiling the bundle is most of a one-file run's time after Node's start).
 */
export declare const SCHEMA_BUNDLES: {
    readonly current: "dist/k8s-schemas.cjs";
    readonly currentPods: "dist/k8s-schemas-pods.cjs";
    readonly legacy: "dist/k8s-schemas-legacy.cjs";
    readonly legacyPods: "dist/k8s-schemas-legacy-pods.cjs";
};
export declare const CURRENT_API_VERSIONS: ReadonlySet<string>;
/** The kinds whose schema holds a pod spec (their validators share it). */
export declare const POD_KINDS: ReadonlySet<string>;
/** Which bundle of SCHEMA_BUNDLES holds a pair's validator (if any does). */
export declare function schemaBundle(apiVersion: string, kind: string): keyof typeof SCHEMA_BUNDLES;
/** An ajv error as the compiled validators produce it (compiled without messages). */
export interface SchemaError {
    /** RFC 6901 pointer to the failing value (`/spec/ports/0/port`; `~1` is `/`, `~0` is `~`). */
    readonly instancePath: string;
    /** `type`, `enum`, `format`, `required` or `oneOf` in kubernetes-models 4.5. */
    readonly keyword: string;
    readonly params: Readonly<Record<string, unknown>>;
    readonly schemaPath: string;
}
/** Validates a plain object; returns its errors, empty when it is valid. */
export type SchemaValidator = (value: unknown) => readonly SchemaError[];
/**
 * The validator of `apiVersion` + `kind` (`apps/v1`, `Deployment`), or undefined when
 * kubernetes-models does not know the pair (custom resources, misspelt versions).
 */
export declare function schemaValidator(apiVersion: string, kind: string): SchemaValidator | undefined;
/** The schema module name for a pair (`IoK8sApiAppsV1Deployment`), or undefined if it cannot be one. */
export declare function schemaModuleName(apiVersion: string, kind: string): string | undefined;
/** The package's module file for a pair, when it exists (used by the build to make the bundle). */
export declare function schemaFile(apiVersion: string, kind: string): string | undefined;
