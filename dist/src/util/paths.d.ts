/**
 * Paths in plain parsed YAML values (maps, lists, scalars): one set of helpers for the kustomize
 * tracer, the chart-values producer, Helm's mapper and the source reader.
 */
import type { Path } from '../engine/types.js';
export declare function isMap(v: unknown): v is Record<string, unknown>;
/** The value at `path` (own keys only), or undefined. */
export declare function valueAt(root: unknown, path: Path): unknown;
/** Whether the path exists (a key with a null value counts). */
export declare function hasPath(root: unknown, path: Path): boolean;
/** The longest prefix of `path` that exists in `root`. */
export declare function existingPrefix(root: unknown, path: Path): Path;
/** `spec.ports[0].port`, `metadata.annotations["a/b"]`, as a person reads a path. */
export declare function describePath(path: Path): string;
