/** The source layer's public surface: the only importer of `yaml` is below this folder. */
import type { Path } from '../engine/types.js';
import { LineIndex } from './lines.js';
import { type YamlDoc } from './yaml-parse.js';
export { type LoadInput, type LoadOptions, type LoadResult, type SourceStats, emptyStats, loadInput, loadInputs } from './load.js';
export { SourceFile } from './document.js';
export interface ParsedConfigYaml {
    readonly value: unknown;
    readonly error: {
        message: string;
        line: number;
        column: number;
    } | undefined;
    readonly doc: YamlDoc | undefined;
    readonly lines: LineIndex;
}
/** Parses a configuration file (one YAML document, Kubernetes scalar rules). */
export declare function readConfigYaml(text: string): ParsedConfigYaml;
/** 1-based position of a path in a parsed configuration (nearest existing ancestor). */
export declare function locateConfigPath(parsed: ParsedConfigYaml, path: Path): {
    line: number;
    column: number;
};
/** Parses one embedded YAML document (a proxy's config file in a ConfigMap); undefined when invalid. */
export declare function parseYamlValue(text: string): unknown;
