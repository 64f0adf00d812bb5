/**
 * The Helm post-pass (DESIGN.md §2): findings in documents rendered by Helm are reported at the
 * chart template line that produced them, with the values line that set them as a related
 * location, when the chart is on disk. Runs after the rules and suppressions, so fingerprints
 * (identity-based) and suppressions (decided on the rendered input) do not change. A finding that
 * cannot be traced for certain keeps its rendered position and says why in `helm.reason`; nothing
 * here throws.
 */
import type { Finding, K8sObject } from '../engine/types.js';
export interface TraceOptions {
    /** The working directory: reported paths are relative to it, and must stay inside it. */
    readonly cwd: string;
    /** Directories that are charts or hold charts (`--chart-dir`, `chartDirs`), absolute. */
    readonly chartDirs: readonly string[];
    /** The `--values` files, absolute, in the order given (the last one that sets a key wins). */
    readonly valuesFiles: readonly string[];
}
/** Reports each Helm-rendered finding at its chart template line, when the chart is on disk. */
export declare function traceToCharts(findings: readonly Finding[], objects: readonly K8sObject[], options: TraceOptions): Finding[];
