/**
 * A release's values: its layers merged as Helm merges them (chart defaults first, then each
 * user layer in order of precedence), with the layer that set each path.
 */
import type { Path } from '../engine/types.js';
import { type Typing } from './gotext.js';
import { type ValuesLayer } from './layers.js';
export declare class MergedValues {
    readonly layers: readonly ValuesLayer[];
    readonly value: Record<string, unknown>;
    /** @param layers weakest first; the chart defaults are the first */
    constructor(layers: readonly ValuesLayer[]);
    /** The merged value at a path (maps merged across layers); undefined when unset. */
    get(path: Path | string): unknown;
    has(path: Path | string): boolean;
    /** The strongest layer that sets exactly this path in the merged values. */
    setter(path: Path | string): ValuesLayer | undefined;
    /** How the numbers at this path are typed (the layer that set it). */
    typing(path: Path | string): Typing;
    /** Go's `%v` text of the value at a path ('' for unset, as `{{ .Values.x }}` of nil prints nothing useful). */
    text(path: Path | string): string;
    /** Go template truthiness (`{{ if .Values.x }}`): false, 0, nil, "" and empty collections are false. */
    truthy(path: Path | string): boolean;
    str(path: Path | string, fallback?: string): string;
    map(path: Path | string): Record<string, unknown>;
    list(path: Path | string): unknown[];
}
export declare function goTruthy(v: unknown): boolean;
/** `controller.service.type` → path; a path is returned as given. */
export declare function toPath(p: Path | string): Path;
/** A path as users write values keys: `controller.config.use-forwarded-headers`, `ports.web`, `a[0].b`. */
export declare function describeValuesPath(p: Path): string;
