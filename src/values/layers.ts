/**
 * Values layers: one source of chart values each (a HelmRelease's `spec.values`, a values file,
 * an Argo CD `helm.values` string, `--set`-style parameters, the chart's defaults), with the
 * position of every key they set. Positions come from the file a person edits: for objects built
 * by another producer (a kustomize overlay), through the object's `origins`.
 */

import type { K8sObject, Path, Range, SourceFileRef, SourceSpan } from '../engine/types.js';
import { readYamlDocuments, type YamlFileView } from '../source/index.js';
import { parseSetName, setValue, type Typing } from './gotext.js';
import { existingPrefix, hasPath, isMap, valueAt } from '../util/paths.js';

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
export const FILE_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * Where a path of an object was written: its first origin when another producer built the object
 * (a kustomize overlay patch), else its position in the object's own document. The one way this
 * producer locates anything in a source object.
 */
export function objectSpan(object: K8sObject, path: Path, message = ''): SourceSpan {
  const full = [...object.path, ...path];
  const origin = object.doc.origins?.(full, object.path.length)?.[0];
  if (origin) return { ...origin, message };
  return { file: object.doc.file, range: object.doc.locate(full, object.path.length), message };
}

/** Values held in a Kubernetes object (HelmRelease `spec.values`, Argo CD `helm.valuesObject`). */
export function objectLayer(object: K8sObject, at: Path, label: string, prefix: Path = []): ValuesLayer {
  const root = valueAt(object.raw, [...at, ...prefix]);
  const value = isMap(root) ? root : {};
  return {
    label,
    typing: 'file',
    isDefault: false,
    value,
    span: (p) => (hasPath(value, p) ? objectSpan(object, [...at, ...prefix, ...p]) : undefined),
    anchor: (p) => objectSpan(object, [...at, ...prefix, ...existingPrefix(value, p)]),
    sourceText: (p) => (hasPath(value, p) ? object.doc.sourceText([...object.path, ...at, ...prefix, ...p]) : undefined),
  };
}

/** A values file (or a document parsed from a string) with positions. */
export interface TextValues {
  readonly value: Record<string, unknown>;
  readonly error: string | undefined;
  /** Views of the documents, first to last (Helm merges the documents of a values file in order). */
  readonly views: readonly YamlFileView[];
}

/** Reads values text: every document merged in order, as Helm's loader does. */
export function readValuesText(text: string): TextValues {
  const views = readYamlDocuments(text);
  const error = views.find((v) => v.error !== undefined)?.error;
  let value: Record<string, unknown> = {};
  for (const v of views) if (isMap(v.value)) value = overlayValues(value, v.value);
  return { value, error, views };
}

/**
 * A layer over values read from text in `file`. `map` turns a range in the text into a range in
 * the file (for text embedded in a block scalar); `fallback` is where everything lands when no
 * exact position is known.
 */
export function textLayer(
  values: TextValues,
  file: SourceFileRef,
  label: string,
  prefix: Path,
  map: ((r: Range) => Range) | undefined,
  fallback: SourceSpan,
): ValuesLayer {
  const root = valueAt(values.value, prefix);
  const value = isMap(root) ? root : {};
  const where = (p: Path): SourceSpan | undefined => {
    const full = [...prefix, ...p];
    for (let i = values.views.length - 1; i >= 0; i--) {
      const view = values.views[i] as YamlFileView;
      const r = view.locate(full);
      if (r) return map ? { file, range: map(r), message: '' } : { ...fallback, message: '' };
    }
    return undefined;
  };
  return {
    label,
    typing: 'file',
    isDefault: false,
    value,
    span: (p) => (hasPath(value, p) ? (where(p) ?? fallback) : undefined),
    anchor: (p) => {
      const e = existingPrefix(value, p);
      for (let i = e.length; i >= 0; i--) {
        const s = i === 0 && prefix.length === 0 ? undefined : where(e.slice(0, i));
        if (s) return s;
      }
      return fallback;
    },
    sourceText: (p) => {
      for (let i = values.views.length - 1; i >= 0; i--) {
        const t = (values.views[i] as YamlFileView).sourceText([...prefix, ...p]);
        if (t !== undefined) return t;
      }
      return undefined;
    },
  };
}

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
export function setLayer(entries: readonly SetEntry[], label: string): ValuesLayer {
  let value: Record<string, unknown> = {};
  const spans: { path: Path; span: SourceSpan; text: string | undefined }[] = [];
  for (const e of entries) {
    const path = parseSetName(e.name);
    if (!path || typeof path[0] !== 'string') continue;
    const typed = typeof e.value === 'string' ? setValue(e.value, e.forceString) : e.value;
    value = overlayValues(value, nest(path, typed));
    spans.push({ path, span: e.span, text: typeof e.value === 'string' ? e.value : undefined });
  }
  const find = (p: Path): (typeof spans)[number] | undefined => {
    for (let i = spans.length - 1; i >= 0; i--) {
      const s = spans[i] as (typeof spans)[number];
      if (s.path.length <= p.length ? isPrefix(s.path, p) : isPrefix(p, s.path)) return s;
    }
    return undefined;
  };
  return {
    label,
    typing: 'set',
    isDefault: false,
    value,
    span: (p) => (hasPath(value, p) ? find(p)?.span : undefined),
    anchor: (p) => find(existingPrefix(value, p))?.span ?? spans.at(-1)?.span,
    sourceText: (p) => {
      const s = find(p);
      return s && s.path.length === p.length ? s.text : undefined;
    },
  };
}

/** The chart's defaults: every position is the line that names the chart. */
export function defaultsLayer(value: Record<string, unknown>, chartSpan: SourceSpan): ValuesLayer {
  return {
    label: 'chart defaults',
    typing: 'file',
    isDefault: true,
    value,
    span: (p) => (hasPath(value, p) ? chartSpan : undefined),
    anchor: () => chartSpan,
    sourceText: () => undefined,
  };
}

function isPrefix(a: Path, b: Path): boolean {
  return a.every((s, i) => s === b[i]);
}

/** `['a', 0, 'b']`, v → `{a: [{b: v}]}` (list indexes fill the gaps with nulls, as Helm does). */
export function nest(path: Path, v: unknown): Record<string, unknown> {
  let cur: unknown = v;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i] as string | number;
    if (typeof seg === 'number') {
      const list: unknown[] = new Array<unknown>(seg + 1).fill(null);
      list[seg] = cur;
      cur = list;
    } else {
      cur = { [seg]: cur };
    }
  }
  return cur as Record<string, unknown>;
}

/**
 * Merging within one layer (the documents of a values file, `--set` entries): like
 * `mergeValues`, but a `null` stays, to delete the key when the layer is merged over the weaker
 * ones.
 */
export function overlayValues(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const cur = out[k];
    out[k] = isMap(v) && isMap(cur) ? overlayValues(cur, v) : v;
  }
  return out;
}

/**
 * Helm's merge of values (Flux `MergeMaps`, `helm -f a -f b`, coalescing over chart defaults):
 * maps merge key by key, anything else is replaced, and `null` deletes the key.
 */
export function mergeValues(base: Readonly<Record<string, unknown>>, over: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) {
      delete out[k];
    } else if (isMap(v)) {
      const cur = out[k];
      out[k] = mergeValues(isMap(cur) ? cur : {}, v);
    } else {
      out[k] = v;
    }
  }
  return out;
}

/** The part of a layer under `prefix` (an umbrella chart's values for one dependency). */
export function subLayer(layer: ValuesLayer, prefix: Path, label = layer.label): ValuesLayer {
  const root = valueAt(layer.value, prefix);
  const value = isMap(root) ? root : {};
  return {
    label,
    typing: layer.typing,
    isDefault: layer.isDefault,
    value,
    span: (p) => (hasPath(value, p) ? layer.span([...prefix, ...p]) : undefined),
    anchor: (p) => layer.anchor([...prefix, ...existingPrefix(value, p)]),
    sourceText: (p) => layer.sourceText([...prefix, ...p]),
  };
}

/** A scalar's text (`80` → "80"); '' for anything else. */
export function scalar(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}
