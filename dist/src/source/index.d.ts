/** The source layer's public surface: the only importer of `yaml` is below this folder. */
import type { Path, Range } from '../engine/types.js';
import { LineIndex } from './lines.js';
import { type YamlDoc } from './yaml-parse.js';
export { type LoadInput, type LoadOptions, type LoadResult, type SourceStats, emptyStats, loadInput, loadInputs } from './load.js';
export { SourceFile } from './document.js';
export { LineIndex } from './lines.js';
export { resolvePlain } from './scalar.js';
export { parseDirectives } from './directives.js';
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
/**
 * One document of a YAML stream read with positions (kustomization files, kustomize patches).
 * Offsets are absolute in the text given to `readYamlStream` (after a BOM is removed).
 */
export interface YamlStreamDoc {
    /** The document as Kubernetes tooling reads it; undefined when it has errors. */
    readonly value: unknown;
    /** The first YAML error, when the document has one. */
    readonly error: string | undefined;
    /** Whether the document is empty (`---` alone, comments only). */
    readonly empty: boolean;
    /** Offsets of the pair at exactly this path (the key, and the value when it ends on the key's line). */
    pairSpan(path: Path): readonly [number, number] | undefined;
    /** Offsets of the value node at exactly this path (a block scalar starts at its `|` or `>`). */
    valueSpan(path: Path): readonly [number, number] | undefined;
    /** Offsets of a path that may be missing: its nearest existing ancestor's pair (the document: its first pair, or `kind:`). */
    closestSpan(path: Path): readonly [number, number];
}
/**
 * Reads every document of a YAML stream with positions; never throws. A one-document text in the
 * fast parser's subset is read by it, and its positions come from fast probes (the full parser
 * only for what a probe does not give: the span of a block scalar).
 */
export declare function readYamlStream(text: string): YamlStreamDoc[];
/**
 * Where paths lie in YAML text (its first document): the range of the pair at exactly the path,
 * in lines and columns of the text. Read once, asked many times.
 */
export declare function yamlTextLocator(text: string): (path: Path) => Range | undefined;
/**
 * The value of a YAML file that should hold one document (a kustomization), read with the fast
 * parser when the text is plain block YAML, else with the full one. `documents`: how many non-empty
 * documents it holds; `error`: the first YAML error.
 */
export declare function readYamlValue(text: string): {
    value: unknown;
    error: string | undefined;
    documents: number;
};
