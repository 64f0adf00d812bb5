/**
 * Objects built from chart values, and the document that says where each of their fields was
 * written: the values line that set it, or, for a chart default, the line that names the chart
 * (with a related location where the key would go). This is the producer's side of
 * `ManifestDocument.origins` (src/engine/types.ts).
 */

import type { K8sObject, KubeVersion, ManifestDocument, Path, Range, SourceFileRef, SourceSpan } from '../engine/types.js';
import { isClusterScoped } from '../k8s/kinds.js';
import { goText } from './gotext.js';
import type { ValuesLayer } from './layers.js';
import { describeValuesPath, type MergedValues } from './merged.js';
import type { PostRendered, PostRenderers } from './post-render.js';
import { describePath } from '../util/paths.js';

/** A chart release read from its values, and where everything about it is written. */
export interface Release {
  /** What declares it, for messages: `HelmRelease flux-system/ingress-nginx`. */
  readonly source: string;
  /** The chart as named where it is declared (`ingress-nginx`, `oci://…/traefik`). */
  readonly chart: string;
  /** The chart repository (URL or name) as written, when known. */
  readonly repository?: string | undefined;
  /** The version as written (`4.12.0`, `4.x`, `*`), if any. */
  readonly version: string | undefined;
  /** The release name (Helm's `.Release.Name`). */
  readonly name: string;
  readonly namespace: string;
  /** The dependency alias of an umbrella chart's subchart (Helm's `.Chart.Name` then), if any. */
  readonly alias?: string | undefined;
  /** Where the chart's values sit in the files a person edits (`[alias]` for an umbrella's dependency). */
  readonly valuesPrefix?: Path | undefined;
  /** User values, weakest first (the chart's defaults come before them). */
  readonly layers: readonly ValuesLayer[];
  /** The line that names the chart: where findings about chart defaults land. */
  readonly chartSpan: SourceSpan;
  /** Where values of this release are written when a key is set nowhere (`spec.values:`, `values.yaml`). */
  readonly home: SourceSpan;
  /** Which layer a person edits first: "set it here" points into it. Default: the last user layer. */
  readonly primaryLayer?: ValuesLayer | undefined;
  /** What could not be read (values in objects or files not in view), for messages. */
  readonly notes: readonly string[];
  /** The document that declares the release; the built objects belong to its file. */
  readonly anchor: { readonly file: SourceFileRef; readonly index: number };
  /** Kubernetes version the chart renders for (Argo CD `helm.kubeVersion`), if set. */
  readonly kubeVersion?: KubeVersion | undefined;
  /** Patches applied after Helm (Flux `spec.postRenderers`, a kustomization's patches): applied to the objects built. */
  readonly postRenderers?: PostRenderers | undefined;
}

/**
 * Where a field of a built object comes from: a values path (for a whole subtree written with
 * `toYaml`, `subtree: true`), or the chart's own text.
 */
export type FieldSource = { readonly values: Path; readonly subtree?: boolean; readonly what?: string } | 'chart';

/** An object under construction: its plain value and the source of each field written. */
export class ObjectBuilder {
  readonly raw: Record<string, unknown>;
  private readonly sources = new Map<string, FieldSource>();

  constructor(
    readonly apiVersion: string,
    readonly kind: string,
    readonly name: string,
    readonly namespace: string,
  ) {
    this.raw = { apiVersion, kind, metadata: isClusterScoped(kind) ? { name } : { name, namespace } };
    this.sources.set(key([]), 'chart');
  }

  /** Writes a field (unless `value` is undefined) and records where it comes from. */
  set(path: Path, value: unknown, source: FieldSource = 'chart'): this {
    this.sources.set(key(path), source);
    if (value === undefined) return this;
    let cur: Record<string, unknown> | unknown[] = this.raw;
    for (let i = 0; i < path.length - 1; i++) {
      const seg = path[i] as string | number;
      const nextIsIndex = typeof path[i + 1] === 'number';
      const holder = cur as Record<string | number, unknown>;
      let next = holder[seg];
      if (next === undefined || next === null || typeof next !== 'object') {
        next = nextIsIndex ? [] : {};
        holder[seg] = next;
      }
      cur = next as Record<string, unknown> | unknown[];
    }
    (cur as Record<string | number, unknown>)[path[path.length - 1] as string | number] = clone(value);
    return this;
  }

  /** Records where a field would come from, without writing it (an absent field's values key). */
  from(path: Path, source: FieldSource): this {
    this.sources.set(key(path), source);
    return this;
  }

  get(path: Path): unknown {
    let cur: unknown = this.raw;
    for (const seg of path) {
      if (cur === null || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string | number, unknown>)[seg];
    }
    return cur;
  }

  /** The source of the longest recorded prefix of a path, and the rest of the path below it. */
  lookup(path: Path): { source: FieldSource; depth: number } {
    for (let i = path.length; i >= 0; i--) {
      const s = this.sources.get(key(path.slice(0, i)));
      if (s) return { source: s, depth: i };
    }
    return { source: 'chart', depth: 0 };
  }
}

function key(path: Path): string {
  return JSON.stringify(path);
}

function clone<T>(v: T): T {
  return v === null || typeof v !== 'object' ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** A built object's document: positions are its origins in the values and the declaring document. */
export class ReleaseDocument implements ManifestDocument {
  readonly helmSource = undefined;
  readonly file: SourceFileRef;
  readonly index: number;

  constructor(
    private readonly release: Release,
    private readonly values: MergedValues,
    private readonly builder: ObjectBuilder,
    /** `chart ingress-nginx 4.12.0` (and how the version was chosen). */
    private readonly chartText: string,
    /** What Flux post-renderers did to the object after Helm. */
    private readonly post?: PostRendered,
  ) {
    this.file = release.anchor.file;
    this.index = release.anchor.index;
  }

  locate(path: Path): Range {
    return (this.origins(path)[0] as SourceSpan).range;
  }

  /** A post-renderer patch srcip-lint cannot apply targets the object: nothing about it is known for sure. */
  rewritten(): boolean {
    return this.post === 'unknown';
  }

  /** The last post-renderer write at or above `path`, if any. */
  private patched(path: Path): { readonly path: Path; readonly span: SourceSpan } | undefined {
    if (this.post === undefined || this.post === 'unknown') return undefined;
    return this.post.written.findLast((w) => prefixOf(w.path, path));
  }

  sourceText(path: Path): string | undefined {
    if (this.patched(path)) return undefined;
    const { source, depth } = this.builder.lookup(path);
    if (source === 'chart') return undefined;
    const vpath = [...source.values, ...path.slice(depth)];
    return this.values.setter(vpath)?.sourceText(vpath);
  }

  origins(path: Path): SourceSpan[] {
    const patch = this.patched(path);
    const built = this.valuesOrigins(path);
    if (!patch) return built;
    const what = `${this.builder.kind} ${this.builder.namespace ? `${this.builder.namespace}/` : ''}${this.builder.name}`;
    const message = `${what} is patched after Helm (${this.release.source}): the patch writes ${describePath(patch.path)} here.`;
    return [{ ...patch.span, message }, ...built.slice(0, 1)];
  }

  private valuesOrigins(path: Path): SourceSpan[] {
    const { source, depth } = this.builder.lookup(path);
    const what = `${this.builder.kind} ${this.builder.namespace ? `${this.builder.namespace}/` : ''}${this.builder.name}`;
    const built = `${what} is built from the values of ${this.release.source} (${this.chartText}).${notes(this.release)}`;
    const shown = (p: Path): string => describeValuesPath([...(this.release.valuesPrefix ?? []), ...p]);
    if (source === 'chart') {
      return [
        { ...this.release.chartSpan, message: built },
        { ...this.release.home, message: `${built} The chart writes this field itself; no values key sets it.` },
      ];
    }
    const vpath = [...source.values, ...path.slice(depth)];
    const setter = this.values.setter(vpath);
    if (setter && !setter.isDefault) {
      const span = setter.span(vpath) ?? setter.anchor(vpath) ?? this.release.home;
      return [{ ...span, message: `${shown(vpath)} is set here.` }, { ...this.release.chartSpan, message: built }];
    }
    // Inside a subtree the user wrote (affinity, annotations): their nearest key is the place.
    if (source.subtree) {
      for (let i = vpath.length - 1; i >= source.values.length; i--) {
        const l = this.values.setter(vpath.slice(0, i));
        if (l && !l.isDefault) {
          const span = l.span(vpath.slice(0, i)) ?? this.release.home;
          return [{ ...span, message: `${shown(vpath.slice(0, i))} is set here.` }, { ...this.release.chartSpan, message: built }];
        }
      }
    }
    const keyPath = source.subtree || depth === path.length ? vpath : source.values;
    const def = describeDefault(this.values.get(keyPath), this.values.typing(keyPath));
    const layer = this.release.primaryLayer ?? this.release.layers.at(-1);
    const here = layer?.anchor(keyPath) ?? this.release.home;
    const name = shown(keyPath);
    const section = keyPath.length > 1 ? shown(keyPath.slice(0, -1)) : undefined;
    const where = section ? `Values for this ${this.builder.kind} go under ${section}: set them here.` : 'Set it in the values here.';
    return [
      { ...this.release.chartSpan, message: built },
      { ...here, message: `${this.release.source} does not set ${name}, so the default of ${this.chartText} applies (${def}). ${where}${notes(this.release)}` },
    ];
  }
}

function prefixOf(a: Path, b: Path): boolean {
  return a.length <= b.length && a.every((s, i) => String(s) === String(b[i]));
}

function notes(release: Release): string {
  return release.notes.length > 0 ? ` ${release.notes.join(' ')}` : '';
}

function describeDefault(v: unknown, typing: 'file' | 'set'): string {
  if (v === undefined || v === null || v === '') return 'unset';
  if (typeof v === 'object') return Object.keys(v).length === 0 ? 'empty' : JSON.stringify(v);
  return `"${goText(v, typing)}"`;
}

/** A built object as the model sees it. */
export function builtObject(b: ObjectBuilder, doc: ReleaseDocument): K8sObject {
  return {
    apiVersion: b.apiVersion,
    kind: b.kind,
    name: b.name,
    namespace: isClusterScoped(b.kind) ? '' : b.namespace,
    raw: b.raw,
    doc,
    path: [],
    partial: false,
  };
}
