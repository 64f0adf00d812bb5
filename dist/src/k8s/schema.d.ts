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
