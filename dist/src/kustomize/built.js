/**
 * Objects of a kustomize build as the rules see them: kustomize's own annotations removed, and a
 * document that answers `origins(path)` with the base, patch or kustomization line that wrote the
 * path (ManifestDocument.origins, the engine's contract for objects built from other sources).
 */
import { isRecord } from './paths.js';
import { isKustomizeAnnotation, ORIGIN_ANNOTATION, parseOrigin } from './trace.js';
export class BuiltDocument {
    file;
    output;
    trace;
    fallback;
    helmSource = undefined;
    /**
     * @param file what the object is reported against when no origin is known
     * @param output the document in the build output (or the piped input)
     * @param fallback the range in `file` of a path without origins
     */
    constructor(file, output, trace, fallback) {
        this.file = file;
        this.output = output;
        this.trace = trace;
        this.fallback = fallback;
    }
    get index() {
        return this.output.index;
    }
    locate(path, rootDepth = 0) {
        return this.fallback(path, rootDepth);
    }
    sourceText(path) {
        return this.trace.sourceText(path) ?? this.output.sourceText(path);
    }
    origins(path, rootDepth = 0) {
        return this.trace.origins(path.slice(rootDepth));
    }
}
/** The object without kustomize's annotations (the `annotations` key goes when nothing is left), and its origin. */
export function stripAnnotations(raw) {
    const metadata = raw['metadata'];
    const annotations = isRecord(metadata) ? metadata['annotations'] : undefined;
    if (!isRecord(metadata) || !isRecord(annotations) || !Object.keys(annotations).some(isKustomizeAnnotation))
        return { raw, origin: undefined, stripped: false };
    const origin = parseOrigin(annotations[ORIGIN_ANNOTATION]);
    const kept = Object.fromEntries(Object.entries(annotations).filter(([k]) => !isKustomizeAnnotation(k)));
    const rest = Object.fromEntries(Object.entries(metadata).filter(([k]) => k !== 'annotations'));
    const newMetadata = Object.keys(kept).length > 0 ? { ...rest, annotations: kept } : rest;
    return { raw: { ...raw, metadata: newMetadata }, origin, stripped: true };
}
/** Whether an object carries kustomize's annotations (a build's output, piped in). */
export function hasKustomizeAnnotations(o) {
    const annotations = o.raw['metadata']?.annotations;
    return isRecord(annotations) && Object.keys(annotations).some(isKustomizeAnnotation);
}
