/**
 * A chart template's YAML key structure, read without executing the template.
 *
 * Lines are read by their indentation, as YAML reads them, with every `{{ … }}` action masked
 * out. Control actions (`if`, `else`, `with`, `range`, `define`, `end`) write nothing: they only
 * open and close *frames*, and each node remembers the frames it sits in, so the mapper can tell
 * a key that is always written from one written under a condition or once per range iteration.
 * A line that is nothing but output actions (`{{- toYaml .Values.x | nindent 4 }}`,
 * `{{- include "labels" . | nindent 4 }}`) is an *output* node: it writes keys or items that
 * cannot be known without running the template; `nindent N` says at which indentation.
 * Lines that read as neither key, item, comment nor output become *text* nodes (they could write
 * anything), so that the mapper stays conservative. Nothing here throws on bad input: an
 * unbalanced or unterminated action makes the template unusable, with a reason.
 */
import type { Path } from '../engine/types.js';
import { type ValuesRef } from './actions.js';
export interface Frame {
    readonly id: number;
    readonly kind: 'if' | 'with' | 'range' | 'define';
    /** The values a `with` or `range` is over (`range .Values.tcp`): its body runs only when they are not empty. */
    readonly over?: Path;
}
export type NodeValue = {
    readonly kind: 'literal';
    readonly text: string;
    readonly quoted: boolean;
}
/** A value with actions; `pattern` matches what it can render to, when it has literal parts. */
 | {
    readonly kind: 'templated';
    readonly pattern: TextPattern | undefined;
    readonly refs: readonly ValuesRef[];
    /** The value is `{{ $k }}`, the key of a range over these values. */
    readonly rangeKeyOf?: Path;
} | {
    readonly kind: 'block';
} | {
    readonly kind: 'flow';
    readonly refs: readonly ValuesRef[];
};
export interface OutputInfo {
    /** The action's pipeline, e.g. `toYaml .Values.controller.config | nindent 2`. */
    readonly text: string;
    readonly fn: 'toYaml' | 'include' | 'tpl' | 'other';
    /** The named template of `include`/`template`. */
    readonly name?: string;
    /** The values the output dumps (`toYaml .Values.x`). */
    readonly source?: ValuesRef;
}
export interface TNode {
    readonly kind: 'key' | 'item' | 'output' | 'text';
    /** 1-based line. */
    readonly line: number;
    /** 0-based column where the node starts (its structural indentation). */
    readonly col: number;
    /** 0-based end column (exclusive) of the node's text on its line. */
    readonly endCol: number;
    readonly frames: readonly Frame[];
    readonly children: TNode[];
    /** A literal key. */
    readonly key?: string;
    /** A key written by actions (`{{ $k }}:`, `{{ $k }}-tcp:`): what it can render to. */
    readonly keyPattern?: TextPattern;
    /** `{{ $k }}:` in `range $k, $v := .Values.<keyRange>`. */
    readonly keyRange?: Path;
    /** The value written on the node's line. */
    value?: NodeValue | undefined;
    readonly output?: OutputInfo;
}
/** One YAML document of a template (templates separate them with `---`). */
export interface Section {
    readonly nodes: TNode[];
    /** Frames around the whole document (a chart's `{{- if .Values.x.enabled }}` wrapper). */
    frames: readonly Frame[];
    readonly line: number;
}
export interface ParsedTemplate {
    readonly sections: readonly Section[];
    /** Why the template cannot be used; sections are empty then. */
    readonly error: string | undefined;
    /** The template's lines (for columns and messages). */
    readonly lines: readonly string[];
}
export declare function parseTemplate(text: string): ParsedTemplate;
/** What a templated key or value can render to: its literal text, with a gap of any text where each action stood. */
export interface TextPattern {
    test(text: string): boolean;
}
