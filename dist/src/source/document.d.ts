/** Documents and files of a run, with positions computed only when a finding needs them. */
import type { ManifestDocument, Path, Range, SourceFileRef, TemplateInfo } from '../engine/types.js';
import { LineIndex } from './lines.js';
import { type YamlDoc } from './yaml-parse.js';
export declare class SourceFile implements SourceFileRef {
    readonly path: string;
    readonly text: string;
    readonly context: boolean;
    private lineIndex;
    constructor(path: string, text: string, context: boolean);
    get lines(): LineIndex;
    /** Range of absolute offsets `[start, end)` in this file (clamped to the text). */
    range(start: number, end: number): Range;
}
export declare class SourceDocument implements ManifestDocument {
    readonly file: SourceFile;
    readonly index: number;
    readonly helmSource: string | undefined;
    private readonly start;
    private readonly end;
    private readonly ordinal;
    private readonly body?;
    private parsed;
    private probes;
    /**
     * Ranges already computed, by path: related locations ask for the same paths again and again.
     * Made on the first lookup: most documents never get one, and an empty Map is ~180 bytes.
     */
    private ranges;
    /** The document's placeholders, when it is an unrendered template (set by the loader). */
    template: TemplateInfo | undefined;
    /**
     * @param start,end the document's segment in the file (what the full parser reads)
     * @param ordinal which document of the segment this is (almost always 0)
     * @param parsed the full parse, when the document already went through it
     * @param body the document's body, when the fast parser reads it (positions then come from a
     *   fast probe; the full parser is the fallback)
     */
    constructor(file: SourceFile, index: number, helmSource: string | undefined, start: number, end: number, ordinal: number, parsed?: YamlDoc, body?: {
        readonly start: number;
        readonly end: number;
    } | undefined);
    locate(path: Path, rootDepth?: number): Range;
    private compute;
    sourceText(path: Path): string | undefined;
    embeddedRange(path: Path, text: string, within: Range): {
        file: SourceFileRef;
        range: Range;
    } | undefined;
    /** File offsets of the value node at exactly `path`. */
    private valueOffsets;
    private probe;
    private yaml;
}
