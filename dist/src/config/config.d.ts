/**
 * Configuration: the `.srcip-lint.yaml` file, presets, and the effective settings of a run.
 * Bad setup fails loudly: every problem is a ConfigError that names the file and position.
 */
import type { Rule } from '../engine/rule.js';
import type { KubeVersion, RuleLevel } from '../engine/types.js';
export declare const CONFIG_FILE_NAMES: string[];
export declare class ConfigError extends Error {
    readonly file?: string | undefined;
    readonly line?: number | undefined;
    readonly column?: number | undefined;
    constructor(message: string, file?: string | undefined, line?: number | undefined, column?: number | undefined);
    /** `file:line:col: message`, as printed by the CLI. */
    describe(): string;
}
export type Preset = 'recommended' | 'all';
/** The configuration file as written (after schema validation). */
export interface ConfigFile {
    extends?: Preset;
    rules?: Record<string, RuleLevel | [RuleLevel] | [RuleLevel, unknown]>;
    kubeVersion?: string;
    namespace?: string;
    ignore?: string[];
    gitignore?: boolean;
    context?: string[];
    chartDirs?: string[];
    kustomize?: boolean;
    values?: {
        files: string[];
        chart: string;
        version?: string;
        release?: string;
        namespace?: string;
    }[];
}
/** Values files bound to a chart (`values:`), resolved: absolute paths, and where the entry names its chart. */
export interface BoundValuesConfig {
    readonly files: readonly string[];
    readonly chart: string;
    readonly version: string | undefined;
    readonly release: string | undefined;
    readonly namespace: string | undefined;
    /** The entry's `chart:` pair in the configuration file. */
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}
/** The effective settings of a run. */
export interface ResolvedConfig {
    readonly preset: Preset;
    readonly levels: Map<string, RuleLevel>;
    readonly options: Map<string, unknown>;
    readonly kubeVersion: KubeVersion;
    readonly namespace: string;
    /** Globs relative to `baseDir`. */
    readonly ignore: readonly string[];
    /** Leave out what `.gitignore` files ignore when walking directories (default true). */
    readonly gitignore: boolean;
    readonly context: readonly string[];
    readonly chartDirs: readonly string[];
    /** Build kustomizations with kustomize (`kustomize: false` turns it off). */
    readonly kustomize: boolean;
    /** Values files bound to charts (`values:`). */
    readonly values: readonly BoundValuesConfig[];
    /** Directory the config's globs are relative to. */
    readonly baseDir: string;
    /** The config file, when one was read. */
    readonly file: string | undefined;
}
export declare function presetLevels(rules: readonly Rule[], preset: Preset): Map<string, RuleLevel>;
/** Finds `.srcip-lint.yaml` in `dir` or its ancestors. */
export declare function findConfigFile(dir: string): string | undefined;
export declare function defaultConfig(rules: readonly Rule[], baseDir: string): ResolvedConfig;
/** Reads, validates and resolves a configuration file. Throws ConfigError. */
export declare function loadConfigFile(file: string, rules: readonly Rule[], displayPath?: string): ResolvedConfig;
/** Validates and resolves configuration text. Throws ConfigError with the offending position. */
export declare function parseConfig(text: string, rules: readonly Rule[], displayPath: string, baseDir: string): ResolvedConfig;
/** Validates a rule's options against its schema and merges them over the defaults. */
export declare function ruleOptions(rule: Rule, raw: unknown, fail: (message: string, path: readonly (string | number)[]) => never): unknown;
/** The JSON Schema of the configuration file, shipped in `schema/srcip-lint.schema.json`. */
export declare function configSchema(): Record<string, unknown>;
