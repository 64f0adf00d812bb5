/**
 * Values layers: one source of chart values each (a HelmRelease's `spec.values`, a values file,
 * an Argo CD `helm.values` string, `--set`-style parameters, the chart's defaults), with the
 * position of every key they set. Positions come from the file a person edits: for objects built
 * by another producer (a kustomize overlay), through the object's `origins`.
 */
import type { K8sObject, Path, Range, SourceFileRef, SourceSpan } from '../engine/types.js';
import { type YamlFileView } from '../source/index.js';
import { type Typing } from './gotext.js';
export interface ValuesLayer {
    /** What the layer is, for messages: `spec.values`, `values.yaml`, `ConfigMap flux-system/x`. */
    readonly label: string;
    readonly typing: Typing;
    /** The chart's built-in defaults. */
    readonly isDefault: boolean;
    /** The chart's values in this layer (`{}` when it sets none). */
    readonly value: Readonly<Record<string, unknown>>;
    /** Where exactly the layer sets this path; undefined when it does not. */
    span(path: Path): SourceSpan | undefined;
    /** Where the layer's values for this path would go: its nearest existing ancestor of the path. */
    anchor(path: Path): SourceSpan | undefined;
    /** The source text of the scalar at this path (`yes`, `"80"`), when the layer has one. */
    sourceText(path: Path): string | undefined;
}
/** The first line and column of a file: where a file's values go when nothing nearer is known. */
export declare const FILE_START: Range;
/**
 * Where a path of an object was written: its first origin when another producer built the object
 * (a kustomize overlay patch), else its position in the object's own document. The one way this
 * producer locates anything in a source object.
 */
export declare function objectSpan(object: K8sObject, path: Path, message?: string): SourceSpan;
/** Values held in a Kubernetes object (HelmRelease `spec.values`, Argo CD `helm.valuesObject`). */
export declare function objectLayer(object: K8sObject, at: Path, label: string, prefix?: Path): ValuesLayer;
/** A values file (or a document parsed from a string) with positions. */
export interface TextValues {
    readonly value: Record<string, unknown>;
    readonly error: string | undefined;
    /** Views of the documents, first to last (Helm merges the documents of a values file in order). */
    readonly views: readonly YamlFileView[];
}
/** Reads values text: every document merged in order, as Helm's loader does. */
export declare function readValuesText(text: string): TextValues;
/**
 * A layer over values read from text in `file`. `map` turns a range in the text into a range in
 * the file (for text embedded in a block scalar); `fallback` is where everything lands when no
 * exact position is known.
 */
export declare function textLayer(values: TextValues, file: SourceFileRef, label: string, prefix: Path, map: ((r: Range) => Range) | undefined, fallback: SourceSpan): ValuesLayer;
/** One `--set`-style entry: `name=value`, and where it is written. */
export interface SetEntry {
    readonly name: string;
    /** The value text (`--set`) or a value already typed (a list, or Flux `targetPath` content). */
    readonly value: unknown;
    /** `--set-string` (Argo CD `forceString`, helmfile `setString`). */
    readonly forceString: boolean;
    readonly span: SourceSpan;
}
/** `--set` entries applied in order. Entries whose name does not parse are skipped. */
export declare function setLayer(entries: readonly SetEntry[], label: string): ValuesLayer;
/** The chart's defaults: every position is the line that names the chart. */
export declare function defaultsLayer(value: Record<string, unknown>, chartSpan: SourceSpan): ValuesLayer;
/** `['a', 0, 'b']`, v → `{a: [{b: v}]}` (list indexes fill the gaps with nulls, as Helm does). */
export declare function nest(path: Path, v: unknown): Record<string, unknown>;
/**
 * Merging within one layer (the documents of a values file, `--set` entries): like
 * `mergeValues`, but a `null` stays, to delete the key when the layer is merged over the weaker
 * ones.
 */
export declare function overlayValues(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>): Record<string, unknown>;
/**
 * Helm's merge of values (Flux `MergeMaps`, `helm -f a -f b`, coalescing over chart defaults):
 * maps merge key by key, anything else is replaced, and `null` deletes the key.
 */
export declare function mergeValues(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>): Record<string, unknown>;
/** The part of a layer under `prefix` (an umbrella chart's values for one dependency). */
export declare function subLayer(layer: ValuesLayer, prefix: Path, label?: string): ValuesLayer;
/** A scalar's text (`80` → "80"); '' for anything else. */
export declare function scalar(v: unknown): string;
