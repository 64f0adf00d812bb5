/**
 * Objects of a kustomize build as the rules see them: kustomize's own annotations removed, and a
 * document that answers `origins(path)` with the base, patch or kustomization line that wrote the
 * path (ManifestDocument.origins, the engine's contract for objects built from other sources).
 */

import type { K8sObject, ManifestDocument, Path, Range, SourceFileRef, SourceSpan } from '../engine/types.js';
import { isRecord } from './paths.js';
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
    return this.trace.sourceText(path) ?? this.output.sourceText(path);
  }

  origins(path: Path, rootDepth = 0): readonly SourceSpan[] | undefined {
    return this.trace.origins(path.slice(rootDepth));
  }
}

/** The object without kustomize's annotations (the `annotations` key goes when nothing is left), and its origin. */
export function stripAnnotations(raw: Readonly<Record<string, unknown>>): { raw: Readonly<Record<string, unknown>>; origin: Origin | undefined; stripped: boolean } {
  const metadata = raw['metadata'];
  const annotations = isRecord(metadata) ? metadata['annotations'] : undefined;
  if (!isRecord(metadata) || !isRecord(annotations) || !Object.keys(annotations).some(isKustomizeAnnotation)) return { raw, origin: undefined, stripped: false };
  const origin = parseOrigin(annotations[ORIGIN_ANNOTATION]);
  const kept = Object.fromEntries(Object.entries(annotations).filter(([k]) => !isKustomizeAnnotation(k)));
  const rest = Object.fromEntries(Object.entries(metadata).filter(([k]) => k !== 'annotations'));
  const newMetadata = Object.keys(kept).length > 0 ? { ...rest, annotations: kept } : rest;
  return { raw: { ...raw, metadata: newMetadata }, origin, stripped: true };
}

/** Whether an object carries kustomize's annotations (a build's output, piped in). */
export function hasKustomizeAnnotations(o: K8sObject): boolean {
  const annotations = (o.raw['metadata'] as { annotations?: unknown } | undefined)?.annotations;
  return isRecord(annotations) && Object.keys(annotations).some(isKustomizeAnnotation);
}
