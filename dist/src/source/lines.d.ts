/** Offset → 1-based line and column (UTF-16 code units, as SARIF's default columnKind). */
export declare class LineIndex {
    private readonly starts;
    constructor(text: string);
    get lineCount(): number;
    /** 1-based position of an offset; the end of the text maps to its last line. */
    position(offset: number): {
        line: number;
        column: number;
    };
    lineStart(line: number): number;
}
