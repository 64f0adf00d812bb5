/**
 * Go template actions (`{{ … }}`) in a chart template: where they are, what kind they are, and
 * which `.Values` keys they read. No template is executed; an action is classified by its first
 * word and its pipeline is scanned for field chains (`.Values.a.b`, `$.Values.a`, `$v.b`, `.b`
 * inside `with`/`range`, `index X "k"`).
 */
import type { Path } from '../engine/types.js';
export interface Action {
    /** Offset of `{{`. */
    readonly start: number;
    /** Offset just after `}}`. */
    readonly end: number;
    /** The text between the delimiters, without trim markers, trimmed; '' for a comment. */
    readonly body: string;
    /** `{{-`: the whitespace before the action (newline included) is removed. */
    readonly trimLeft: boolean;
}
/** Finds every action of a template. Returns an error instead of throwing on unterminated ones. */
export declare function scanActions(text: string): {
    actions: Action[];
    error: string | undefined;
};
export type ActionKind = 'if' | 'else' | 'with' | 'range' | 'end' | 'define' | 'block' | 'assign' | 'comment' | 'nothing' | 'output';
export interface ClassifiedAction {
    readonly kind: ActionKind;
    /** The pipeline: the condition of if/with/range, the right side of an assignment, or the output. */
    readonly expr: string;
    /** Variables declared (`range $k, $v := …`, `with $x := …`, `$x := …`). */
    readonly vars: readonly string[];
    /** `else if` / `else with` / `else range`: the kind of the new branch. */
    readonly elseOf?: 'if' | 'with' | 'range';
}
export declare function classify(body: string): ClassifiedAction;
/** What `.`, `$` or a variable stands for while scanning. */
export type Binding = {
    readonly kind: 'root';
}
/**
 * `ranged`: an element of the collection at `path` whose key is not known while scanning;
 * `tail` holds the fields read below that element (`$v.port` → `['port']`), or is null when
 * they cannot be followed (nested ranges, `index` with a variable).
 */
 | {
    readonly kind: 'values';
    readonly path: Path;
    readonly ranged: boolean;
    readonly tail?: Path | null;
} | {
    readonly kind: 'rangeKey';
    readonly of: Path;
} | {
    readonly kind: 'unknown';
};
export declare const ROOT: Binding;
export declare const UNKNOWN: Binding;
/**
 * A `.Values` key an action reads. `ranged`: in an element of the collection at `path` that a
 * `range` walks, at `tail` below the element (null when that cannot be followed); once the
 * element's key is known, the key is `[...path, key, ...tail]`.
 */
export interface ValuesRef {
    readonly path: Path;
    readonly ranged: boolean;
    readonly tail?: Path | null;
}
export interface Scope {
    readonly dot: Binding;
    lookup(variable: string): Binding;
}
/** The bindings of every field chain of a pipeline, in order (`index X "a"` read as `X.a`). */
export declare function chains(expr: string, scope: Scope): Binding[];
/** The `.Values` keys a pipeline reads. */
export declare function valuesRefs(expr: string, scope: Scope): ValuesRef[];
/** What a `with`/`range` pipeline binds `.` to: its first field chain, when the pipeline is just that. */
export declare function bindingOf(expr: string, scope: Scope): Binding;
/** The element of a ranged collection. */
export declare function element(b: Binding): Binding;
/** The output function of a pipeline that writes YAML blocks, and its `nindent`/`indent` width. */
export declare function outputShape(expr: string): {
    fn: 'toYaml' | 'include' | 'tpl' | 'other';
    name?: string;
    nindent?: number;
    indent?: number;
};
