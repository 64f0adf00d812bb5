/**
 * Unrendered templates: manifests that a renderer (envsubst, Jinja or Ansible, a sed script, a test
 * harness) fills in before kubectl sees them. Their placeholders are true YAML errors and schema
 * errors for the text as written, and useless to a person; the rest of the document is checked as
 * usual (the `unrendered-template` rule says once per document that it is a template).
 *
 * Two layers:
 * - `scanTemplateTokens` finds `{{ … }}`, `{% … %}` and `{# … #}` outside quoted strings, comments
 *   and block scalars, line by line, and `${VAR}` in a flow collection (its `}` would end it). A token where a YAML node starts (the line's start, after
 *   `key: `, `- `, `[`, `{` or `,`) breaks the YAML; `maskTemplate` turns such tokens into a plain
 *   scalar of the same length (MASK characters), and lines that hold only tokens (`{% if %}`,
 *   `{{- include … }}`) into comments, so offsets stay exact. Go template actions (`{{ .Values.x }}`,
 *   `{{- if }}`, `{{ include }}`, on lines of their own) make the whole file a template: its
 *   structure is the renderer's; a Go action that stands for a value (`{{ .Values.name }}`) is masked.
 * - `findPlaceholders` finds placeholders in the values: `${VAR}` (envsubst, also
 *   `${VAR:-default}`), `{{ var }}` and `{% … %}` in a string (masked tokens read as written, and a
 *   key set in two branches of an `{% if %}` reads `{% … %}`), `<PLACEHOLDER>`, `($name)` (Kyverno
 *   Chainsaw bindings). Free text is left alone: annotations, ConfigMap and Secret data,
 *   command, args, env values and multi-line strings hold the same syntax as content (shell
 *   scripts, alerting templates), and `{{ }}` in a string counts only in Kubernetes' own kinds (the
 *   controllers of custom resources, Argo Workflows, Kyverno, Istio, render it themselves).
 */
import type { Path } from '../engine/types.js';
/** Stands for a masked template token in the text given to the parser: a plain-scalar character (private use). */
export declare const MASK = "\uE000";
export interface TemplateToken {
    readonly start: number;
    readonly end: number;
    /** Where a YAML node starts: the token breaks the YAML unless masked. */
    readonly structural: boolean;
    /** The line holds only template tokens (a control statement, an include). */
    readonly statement: boolean;
    /** A Go template action (Helm's) that shapes the document: on a line of its own, or a control action, include or trim marker where a node starts. */
    readonly go: boolean;
}
/** Segments that may hold template tokens (a cheap test before the scan, bounded to the segment). */
export declare function mayHoldTemplateTokens(text: string, start: number, end: number): boolean;
/** The template tokens of `text[start, end)`, in order. */
export declare function scanTemplateTokens(text: string, start: number, end: number): TemplateToken[];
/**
 * `text[start, end)` with its structural tokens masked: a statement line becomes a comment, any
 * other structural token a plain scalar of MASK characters. Same length, same line breaks.
 */
export declare function maskTemplate(text: string, start: number, end: number, tokens: readonly TemplateToken[]): string;
/** A placeholder found in a value. */
export interface Placeholder {
    /** Path of the value in the document. */
    readonly path: Path;
    /** The placeholder as written (`${IMAGE}`, `<your-domain>`); MASK characters for masked tokens. */
    readonly text: string;
    readonly syntax: PlaceholderSyntax;
}
export type PlaceholderSyntax = '${VAR}' | '{{ }}' | '{% %}' | '<PLACEHOLDER>' | '($name)';
/** Segments that may hold placeholders in their values (a cheap test before the walk). */
export declare const PLACEHOLDER_GATE: RegExp;
/**
 * The placeholders in a document's value, in document order (one per value). `masked`: the
 * document had template tokens masked, whose values count whatever the kind.
 */
export declare function findPlaceholders(value: unknown, masked?: boolean): Placeholder[];
