/**
 * Objects of a kustomize build as the rules see them: kustomize's own annotations removed, and a
 * document that answers `origins(path)` with the base, patch or kustomization line that wrote the
 * path (ManifestDocument.origins, the engine's contract for objects built from other sources).
 */

import type { K8sObject, ManifestDocument, Path, Range, SourceFileRef, SourceSpan } from '../engine/types.js';
import { isMap } from '../util/paths.js';
import { isKustomizeAnnotation, ORIGIN_ANNOTATION, type ObjectTrace, type Origin, parseOrigin } from './trace.js';

export class BuiltDocument implements ManifestDocument {
  readonly helmSource = undefined;

  /**
   * @param file what the object is reported against when no origin is known
   * @param output the document in the build output (or the piped input)
   * @param fallback the range in `file` of a path without origins
   */
  constructor(
    readonly file: SourceFileRef,
    private readonly output: ManifestDocument,
    private readonly trace: ObjectTrace,
    private readonly fallback: (path: Path, rootDepth: number) => Range,
  ) {}

  get index(): number {
    return this.output.index;
  }

  locate(path: Path, rootDepth = 0): Range {
    return this.fallback(path, rootDepth);
  }

  sourceText(path: Path): string | undefined {
    return guarded(() => this.trace.sourceText(path)) ?? this.output.sourceText(path);
  }

  embeddedRange(path: Path, text: string, within: Range): { file: SourceFileRef; range: Range } | undefined {
    return guarded(() => this.trace.embeddedRange(path, text, within));
  }

  /** Where the path was written; none (the fallback place) when the trace fails on something unforeseen. */
  origins(path: Path, rootDepth = 0): readonly SourceSpan[] | undefined {
    return guarded(() => this.trace.origins(path.slice(rootDepth)));
  }
}

/** Mapping never stops a run: a trace that throws counts as no answer. */
function guarded<T>(f: () => T | undefined): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** The object without kustomize's annotations (the `annotations` key goes when nothing is left), and its origin. */
export function stripAnnotations(raw: Readonly<Record<string, unknown>>): { raw: Readonly<Record<string, unknown>>; origin: Origin | undefined; stripped: boolean } {
  const metadata = raw['metadata'];
  const annotations = isMap(metadata) ? metadata['annotations'] : undefined;
  if (!isMap(metadata) || !isMap(annotations) || !Object.keys(annotations).some(isKustomizeAnnotation)) return { raw, origin: undefined, stripped: false };
  const origin = parseOrigin(annotations[ORIGIN_ANNOTATION]);
  const kept = Object.fromEntries(Object.entries(annotations).filter(([k]) => !isKustomizeAnnotation(k)));
  const rest = Object.fromEntries(Object.entries(metadata).filter(([k]) => k !== 'annotations'));
  const newMetadata = Object.keys(kept).length > 0 ? { ...rest, annotations: kept } : rest;
  return { raw: { ...raw, metadata: newMetadata }, origin, stripped: true };
}

/** Whether an object carries kustomize's annotations (a build's output, piped in). */
export function hasKustomizeAnnotations(o: K8sObject): boolean {
  const annotations = (o.raw['metadata'] as { annotations?: unknown } | undefined)?.annotations;
  return isMap(annotations) && Object.keys(annotations).some(isKustomizeAnnotation);
}

/**
 * Build output without its `config.kubernetes.io/origin` annotations, and the origin of each
 * document (by document index). kustomize writes the annotation as a block scalar, which sends a
 * document to the full YAML parser; without it, the fast parser reads kustomize's plain block YAML.
 * Documents keep their places (`---` lines stay); a document written another way keeps its
 * annotation, which `stripAnnotations` removes from the parsed object.
 */
export function extractOrigins(output: string): { text: string; origins: (Origin | undefined)[] } {
  const lines = output.split('\n');
  const keep: string[] = [];
  const origins: (Origin | undefined)[] = [];
  let doc = 0;
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '---') {
      if (started) doc++;
      keep.push(line);
      continue;
    }
    if (line.trim() !== '') started = true;
    const m = /^( +)config\.kubernetes\.io\/origin: \|-?$/.exec(line);
    if (!m) {
      keep.push(line);
      continue;
    }
    const indent = (m[1] as string).length;
    const block: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j] as string;
      if (next.trim() !== '' && next.length - next.trimStart().length <= indent) break;
      block.push(next.slice(indent + 2));
    }
    origins[doc] = parseOrigin(block.join('\n'));
    // `annotations:` with nothing left under it goes too.
    const parent = keep.at(-1);
    const after = lines[j];
    if (parent !== undefined && parent.trim() === 'annotations:' && parent.length - parent.trimStart().length === indent - 2 && (after === undefined || after.length - after.trimStart().length <= indent - 2)) keep.pop();
    i = j - 1;
  }
  return { text: keep.join('\n'), origins };
}
