/**
 * Rendered path → template line. The rendered document is the truth about what the template
 * wrote; the template's structure (`template.ts`) says which lines could have written it. At each
 * segment of the path the candidates are the container's literal keys of that name and its
 * outputs (toYaml, include, …) that could write any key; sequence items are aligned with the
 * template's items, in order, each item always written, optional (under `if`/`with`) or
 * repeated (under `range`). A segment is decided only when exactly one candidate can have
 * written it; otherwise the result says why, and the caller keeps the rendered location.
 */
import type { Path } from '../engine/types.js';
import type { ValuesRef } from './actions.js';
import type { ParsedTemplate } from './template.js';
export interface TemplateHit {
    readonly line: number;
    /** 0-based columns of the node's text on its line. */
    readonly col: number;
    readonly endCol: number;
    /**
     * `key`: the line writes the path's key; `ancestor`: the path is missing from the rendered
     * document and the line writes its nearest existing ancestor; `block`: the line is an output
     * (`toYaml`, `include`, …) that writes the path among others.
     */
    readonly via: 'key' | 'ancestor' | 'block';
    /** The output's pipeline, for `block`. */
    readonly block?: string;
    /** The line names the key (or item) itself; false for outputs and keys written by actions (`{{ $k }}:`). */
    readonly named: boolean;
    /**
     * The values keys the line reads for this path, best first; `ranged` for the collection a
     * `range` walks (the entry is not known).
     */
    readonly values: readonly ValuesRef[];
    /** The rendered path the line writes: the finding's path, or its nearest existing ancestor. */
    readonly target: Path;
}
export type MapResult = {
    readonly ok: true;
    readonly hit: TemplateHit;
} | {
    readonly ok: false;
    readonly reason: string;
};
export interface MapRequest {
    readonly template: ParsedTemplate;
    /** The rendered document's value. */
    readonly root: unknown;
    /** Path in the rendered document. */
    readonly path: Path;
    /**
     * The known values at a values path (the chart's values.yaml and the --values files, merged
     * as Helm does), or undefined when unknown. Used only to choose between candidates the
     * template alone leaves equally possible: an output of empty values writes nothing.
     */
    readonly valuesAt?: (path: Path) => ValuesAnswer | undefined;
}
export type ValuesAnswer = {
    readonly set: false;
} | {
    readonly set: true;
    readonly value: unknown;
};
export declare function mapPath(req: MapRequest): MapResult;
