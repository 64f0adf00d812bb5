/** The source layer's public surface: the only importer of `yaml` is below this folder. */
import type { Path, Range } from '../engine/types.js';
import { LineIndex } from './lines.js';
import { type YamlDoc } from './yaml-parse.js';
export { type LoadInput, type LoadOptions, type LoadResult, type SourceStats, emptyStats, loadInput, loadInputs } from './load.js';
export { SourceFile } from './document.js';
export { resolvePlain } from './scalar.js';
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
/** A YAML file read for its values and the positions of its keys (Helm values files, Chart.yaml). */
export interface YamlFileView {
    /** The file's value (Kubernetes scalar rules, as Helm reads values); undefined when unreadable. */
    readonly value: unknown;
    /** The first YAML error, when the file has one. */
    readonly error: string | undefined;
    /** Whether the file sets exactly this path (a key with a null value counts). */
    has(path: Path): boolean;
    /** Range of the pair at exactly this path (the key, and the value when it is on the key's line). */
    locate(path: Path): Range | undefined;
    /** The source text of the scalar at exactly this path (`yes`, `"80"`), or undefined. */
    sourceText(path: Path): string | undefined;
}
/** Reads one YAML document with positions; never throws. */
export declare function readYamlFile(text: string): YamlFileView;
/**
 * Reads every document of a YAML stream with positions (a helmfile, a values file of several
 * documents); positions are the text's. Never throws; an empty stream gives no views.
 */
export declare function readYamlDocuments(text: string): YamlFileView[];
