/**
 * The files behind built objects, read once per run with positions: kustomization files, patch
 * files (and patches written inside a kustomization), generator env files, and the resource files
 * whose documents the objects come from. Each has one SourceFileRef with its context flag, and
 * its suppression comments are collected, so that a finding that lands in it can be suppressed
 * there.
 */
import type { FileDirectives, K8sObject, Path, Range, SourceFileRef } from '../engine/types.js';
import { type LoadOptions, SourceFile, type YamlStreamDoc } from '../source/index.js';
/** YAML text with positions: a file, or a patch written inside a kustomization. */
export interface YamlText {
    readonly file: SourceFileRef;
    readonly docs: readonly YamlStreamDoc[];
    /** Range in `file` of offsets `[start, end)` of the text the documents were read from. */
    range(start: number, end: number): Range;
    /** The text of offsets `[start, end)`. */
    slice(start: number, end: number): string;
}
export interface SourceRegistryOptions {
    readonly cwd: string;
    /** Whether a file is loaded only for context (its findings are not reported). */
    readonly isContext: (abs: string) => boolean;
    /** Objects of a resource file already read as an input (undefined: not an input). */
    readonly inputObjects: (abs: string) => readonly K8sObject[] | undefined;
    /** Whether the run already holds the file's suppression comments (it was read as an input). */
    readonly hasDirectives: (abs: string) => boolean;
    readonly load: LoadOptions;
}
export declare class SourceRegistry {
    private readonly options;
    private readonly texts;
    private readonly yaml;
    private readonly resources;
    private readonly files;
    constructor(options: SourceRegistryOptions);
    display(abs: string): string;
    /** A file read as text (undefined when it cannot be read). */
    text(abs: string): {
        file: SourceFile;
        text: string;
    } | undefined;
    /** A YAML file read with positions (undefined when it cannot be read). */
    yamlFile(abs: string): YamlText | undefined;
    /**
     * Text written inside a YAML file (a patch in a kustomization) as its own YAML stream, positions
     * mapped back to the file: a block scalar line for line (its indentation added back), any other
     * scalar as a whole.
     */
    embedded(abs: string, doc: YamlStreamDoc, path: Path): YamlText | undefined;
    private readonly embeddedTexts;
    private readEmbedded;
    /** The objects of a resource file: as read from the inputs, or read now (not counted as an input). */
    objects(abs: string): readonly K8sObject[];
    /** Suppression comments of the files read here (not those read as inputs: the run has them). */
    directives(): FileDirectives[];
}
