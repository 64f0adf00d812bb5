/** Where the lines of a literal block scalar's text lie in its file. */
/**
 * How text held in a literal block scalar whose key is on `keyLine` (1-based) maps into the file:
 * the file line of the text's first line and the block's indentation. Undefined when the scalar is
 * not a literal block or its lines are not the text's.
 */
export declare function blockScalarMapping(lines: readonly string[], keyLine: number, text: string): {
    firstLine: number;
    indent: number;
} | undefined;
