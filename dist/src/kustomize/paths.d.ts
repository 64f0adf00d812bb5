/**
 * Paths in built objects and in the documents that wrote them. A list item of the built object is
 * found in a source list by its strategic-merge key (containers by `name`, Service ports by
 * `port`, ...), else by equal value, else (for mappings in a list of the same length) by position:
 * the way kustomize merged them.
 */
import type { Path, PathSegment } from '../engine/types.js';
/**
 * The path in `source` that holds what `path` holds in `built`, or undefined when `source` does
 * not have it. Both start at the object root.
 */
export declare function mapPath(built: unknown, path: Path, source: unknown): PathSegment[] | undefined;
export declare function isScalar(v: unknown): v is string | number | boolean | null;
export declare function deepEqual(a: unknown, b: unknown): boolean;
/** A JSON pointer (`/spec/ports/0/port`) as path segments (strings; `-` for "append"). */
export declare function parsePointer(pointer: string): string[] | undefined;
/**
 * Whether pointer segments `q` are a prefix of (or equal to) `path` in `built`: numbers compare
 * as text, and `-` (append) stands for the last item of its list.
 */
export declare function pointerCovers(q: readonly string[], path: Path, built: unknown): boolean;
