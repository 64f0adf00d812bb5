/**
 * The Ingress annotations ingress-nginx reads (under `nginx.ingress.kubernetes.io/`, or the
 * controller's `--annotations-prefix`), with the release that added each and the release that
 * stopped reading it.
 *
 * Provenance: extracted from kubernetes/ingress-nginx at every `controller-v*` tag from
 * controller-v0.34.0 to controller-v1.15.1 (commit dbb11b92, 2026-03-20), from the Go sources of
 * internal/ingress/annotations/**: the names passed to `parser.Get{String,Bool,Int,Float}Annotation`
 * (up to v1.8) and the keys and `AnnotationAliases` of each `parser.AnnotationFields` (v1.9 on),
 * constants resolved. internal/ingress/controller reads no other annotation of the prefix (it reads
 * `canary` again, and Secret references). `since`: the first tag that reads it (absent: every tag
 * since v0.34.0); `removed`: the first tag after the last one that reads it (absent: v1.15.1 reads
 * it). Older removals, from the git history and Changelog.md: `grpc-backend`, `secure-backends`,
 * `upstream-max-fails`, `upstream-fail-timeout` (0.21.0, PRs #3203 and #3207), `add-base-url`,
 * `base-url-scheme` (0.22.0, PR #3174), `session-cookie-hash` (0.24.0, PR #3743). Regenerate with
 * the same rules; do not edit entries by hand. The v1.15.1 docs
 * (docs/user-guide/nginx-configuration/annotations.md) list a subset of these names and none else.
 */
export declare const DEFAULT_ANNOTATIONS_PREFIX = "nginx.ingress.kubernetes.io";
export interface AnnotationReleases {
    /** First controller release that reads it (`1.9.1`); absent: every release since v0.34.0. */
    readonly since?: string;
    /** First controller release that no longer reads it; absent: still read. */
    readonly removed?: string;
}
export declare const INGRESS_NGINX_ANNOTATIONS: Readonly<Record<string, AnnotationReleases>>;
/** What to write instead of an annotation that was removed, or that a controller is too old for. */
export declare const ANNOTATION_REPLACEMENTS: Readonly<Record<string, string>>;
/** What a removed annotation belonged to, for messages. */
export declare function removedFeature(name: string): string | undefined;
/** A ConfigMap key of the controller that is no annotation (`use-forwarded-headers`). */
export declare function isConfigMapOnlyKey(name: string): boolean;
/**
 * The annotation an unknown name probably meant: the same name in another case or spelling
 * (`Rewrite-Target`, `rewrite_target`, `rewriteTarget`), else the nearest current name by edit distance.
 */
export declare function suggestAnnotation(name: string): string | undefined;
/** `1.9.5` → [1, 9, 5]. */
export declare function releaseParts(release: string): [number, number, number];
