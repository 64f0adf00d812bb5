/**
 * Objects of a kustomize build as the rules see them: kustomize's own annotations removed, and a
 * document that answers `origins(path)` with the base, patch or kustomization line that wrote the
 * path (ManifestDocument.origins, the engine's contract for objects built from other sources).
 */
import { isMap } from '../util/paths.js';
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
        return guarded(() => this.trace.sourceText(path)) ?? this.output.sourceText(path);
    }
    embeddedRange(path, text, within) {
        return guarded(() => this.trace.embeddedRange(path, text, within));
    }
    /** Where the path was written; none (the fallback place) when the trace fails on something unforeseen. */
    origins(path, rootDepth = 0) {
        return guarded(() => this.trace.origins(path.slice(rootDepth)));
    }
}
/** Mapping never stops a run: a trace that throws counts as no answer. */
function guarded(f) {
    try {
        return f();
    }
    catch {
        return undefined;
    }
}
/** The object without kustomize's annotations (the `annotations` key goes when nothing is left), and its origin. */
export function stripAnnotations(raw) {
    const metadata = raw['metadata'];
    const annotations = isMap(metadata) ? metadata['annotations'] : undefined;
    if (!isMap(metadata) || !isMap(annotations) || !Object.keys(annotations).some(isKustomizeAnnotation))
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
    return isMap(annotations) && Object.keys(annotations).some(isKustomizeAnnotation);
}
/**
 * Build output without its `config.kubernetes.io/origin` annotations, and the origin of each
 * document (by document index). kustomize writes the annotation as a block scalar, which sends a
 * document to the full YAML parser; without it, the fast parser reads kustomize's plain block YAML.
 * Documents keep their places (`---` lines stay); a document written another way keeps its
 * annotation, which `stripAnnotations` removes from the parsed object.
 */
export function extractOrigins(output) {
    const lines = output.split('\n');
    const keep = [];
    const origins = [];
    let doc = 0;
    let started = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '---') {
            if (started)
                doc++;
            keep.push(line);
            continue;
        }
        if (line.trim() !== '')
            started = true;
        const m = /^( +)config\.kubernetes\.io\/origin: \|-?$/.exec(line);
        if (!m) {
            keep.push(line);
            continue;
        }
        const indent = m[1].length;
        const block = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const next = lines[j];
            if (next.trim() !== '' && next.length - next.trimStart().length <= indent)
                break;
            block.push(next.slice(indent + 2));
        }
        origins[doc] = parseOrigin(block.join('\n'));
        // `annotations:` with nothing left under it goes too.
        const parent = keep.at(-1);
        const after = lines[j];
        if (parent !== undefined && parent.trim() === 'annotations:' && parent.length - parent.trimStart().length === indent - 2 && (after === undefined || after.length - after.trimStart().length <= indent - 2))
            keep.pop();
        i = j - 1;
    }
    return { text: keep.join('\n'), origins };
}
