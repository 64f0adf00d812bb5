/**
 * Finding the chart behind a `# Source: <chart>/templates/<file>` comment on disk, subcharts
 * (`<chart>/charts/<sub>/templates/<file>`) included. Helm names a chart by its Chart.yaml
 * `name` (or, for a dependency, its alias), not by its directory, so directories are matched by
 * that name first and by their own name second. Every file is read at most once per run.
 */
export interface ChartDir {
    /** The name Helm gives the chart in `# Source:` (Chart.yaml name or dependency alias). */
    readonly name: string;
    readonly dir: string;
}
export type ChartLookup = {
    readonly ok: true;
    readonly chain: readonly ChartDir[];
    readonly template: string;
} | {
    readonly ok: false;
    readonly reason: string;
    readonly chart: string | undefined;
};
/** `a/charts/b/templates/x/y.yaml` → chart names `[a, b]` and template `x/y.yaml`. */
export declare function parseSource(source: string): {
    charts: string[];
    template: string;
} | undefined;
export declare class ChartFinder {
    private readonly cwd;
    private readonly explicit;
    private readonly metas;
    private readonly roots;
    /**
     * @param explicit directories named with --chart-dir or `chartDirs`: each is a chart or holds
     *   charts; they are searched first, and their subdirectories too
     */
    constructor(cwd: string, explicit: readonly string[]);
    /** The chart chain and template file of a `# Source:` path, for an input file at `input`. */
    find(source: string, input: string): ChartLookup;
    display(abs: string): string;
    private findRoot;
    private findSub;
    private meta;
}
