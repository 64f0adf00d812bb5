/**
 * Objects of a kustomize build as the rules see them: kustomize's own annotations removed, and a
 * document that answers `origins(path)` with the base, patch or kustomization line that wrote the
 * path (ManifestDocument.origins, the engine's contract for objects built from other sources).
 */
import type { K8sObject, ManifestDocument, Path, Range, SourceFileRef, SourceSpan } from '../engine/types.js';
import { type ObjectTrace, type Origin } from './trace.js';
export declare class BuiltDocument implements ManifestDocument {
    readonly file: SourceFileRef;
    private readonly output;
    private readonly trace;
    private readonly fallback;
    readonly helmSource: undefined;
    /**
     * @param file what the object is reported against when no origin is known
     * @param output the document in the build output (or the piped input)
     * @param fallback the range in `file` of a path without origins
     */
    constructor(file: SourceFileRef, output: ManifestDocument, trace: ObjectTrace, fallback: (path: Path, rootDepth: number) => Range);
    get index(): number;
    locate(path: Path, rootDepth?: number): Range;
    sourceText(path: Path): string | undefined;
    embeddedRange(path: Path, text: string, within: Range): {
        file: SourceFileRef;
        range: Range;
    } | undefined;
    /** Where the path was written; none (the fallback place) when the trace fails on something unforeseen. */
    origins(path: Path, rootDepth?: number): readonly SourceSpan[] | undefined;
}
/** The object without kustomize's annotations (the `annotations` key goes when nothing is left), and its origin. */
export declare function stripAnnotations(raw: Readonly<Record<string, unknown>>): {
    raw: Readonly<Record<string, unknown>>;
    origin: Origin | undefined;
    stripped: boolean;
};
/** Whether an object carries kustomize's annotations (a build's output, piped in). */
export declare function hasKustomizeAnnotations(o: K8sObject): boolean;
/**
 * Build output without its `config.kubernetes.io/origin` annotations, and the origin of each
 * document (by document index). kustomize writes the annotation as a block scalar, which sends a
 * document to the full YAML parser; without it, the fast parser reads kustomize's plain block YAML.
 * Documents keep their places (`---` lines stay); a document written another way keeps its
 * annotation, which `stripAnnotations` removes from the parsed object.
 */
export declare function extractOrigins(output: string): {
    text: string;
    origins: (Origin | undefined)[];
};
