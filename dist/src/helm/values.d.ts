/**
 * Where a `.Values` key is set, as Helm merges values: the `--values` files in the order given
 * (the last one that sets a key wins), then the chart's values.yaml. A subchart's template reads
 * `.Values.x` from `<sub>.x` in the parent's files and from its own values.yaml last; `global.*`
 * is shared by all. Files are parsed through the source layer, once per run.
 */
import type { Path, Range } from '../engine/types.js';
import { type YamlFileView } from '../source/index.js';
import type { ChartDir } from './charts.js';
import type { ValuesAnswer } from './map.js';
export interface ValuesFile {
    /** Path as reports show it (relative to the working directory). */
    readonly display: string;
    /** Undefined when the file cannot be read; `view.error` when it is not valid YAML. */
    readonly view: YamlFileView | undefined;
}
export interface ValuesLocation {
    /** The key as users write it: `controller.config.proxy-real-ip-cidr`. */
    readonly key: string;
    readonly file: string;
    readonly range: Range;
}
interface Layer {
    readonly file: ValuesFile;
    /** Where the chart's `.Values` sit in this file (`[sub]` for a subchart in its parent's files). */
    readonly prefix: Path;
}
export declare class ValuesFiles {
    private readonly user;
    private readonly display;
    private readonly files;
    private readonly chains;
    /**
     * @param user the `--values` files, absolute, in the order given
     * @param display how a file is named in reports; undefined for a file outside the working
     *   directory (it is read, but no location points into it)
     */
    constructor(user: readonly string[], display: (abs: string) => string | undefined);
    /** The values a template of the last chart of `chain` reads. */
    chain(chain: readonly ChartDir[]): ValuesChain;
    private file;
}
export declare class ValuesChain {
    private readonly layers;
    /** @param layers strongest first */
    constructor(layers: readonly Layer[]);
    /** The strongest file that sets `p`, and where. */
    where(p: Path): ValuesLocation | undefined;
    /**
     * The value Helm's merge gives `p`: maps are merged key by key across the files, anything
     * else comes from the strongest file that sets it. `{ set: false }` when no file sets it;
     * undefined when a file could not be read.
     */
    at(p: Path): ValuesAnswer | undefined;
    private full;
}
export {};
