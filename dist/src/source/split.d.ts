/**
 * Splits a YAML stream into documents without parsing it.
 *
 * YAML forbids `---` and `...` followed by white space (or the end of the line) at the start of
 * a line anywhere inside a document (`c-forbidden`), even inside block and quoted scalars, so
 * those lines are exact document boundaries. Directives (`%YAML`) make the caller parse the
 * whole stream at once instead.
 */
export interface Segment {
    /** Offset of the segment (its `---` line when it has one). */
    start: number;
    /** Offset after the segment (after its `...` line when it has one). */
    end: number;
    /** The document body: after the `---` line, before the `...` line. */
    bodyStart: number;
    bodyEnd: number;
    /** The `---` line carries content (`--- !tag`, `--- |`), or the `...` line does. */
    markerContent: boolean;
    /** Opened by an explicit `---`. */
    explicit: boolean;
}
/**
 * The documents of a stream; `'directives'` when a line starts with `%` (a directive), and the
 * caller should parse the whole stream at once.
 */
export declare function splitDocuments(text: string): Segment[] | 'directives';
/** True when the range holds only white space and comments. */
export declare function isBlank(text: string, start: number, end: number): boolean;
