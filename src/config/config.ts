/**
 * Configuration: the `.srcip-lint.yaml` file, presets, and the effective settings of a run.
 * Bad setup fails loudly: every problem is a ConfigError that names the file and position.
 */

import fs from 'node:fs';
import path from 'node:path';
import type { Rule } from '../engine/rule.js';
import type { KubeVersion, RuleLevel } from '../engine/types.js';
import { NEWEST_KNOWN, parseKubeVersion } from '../k8s/version.js';
import { packageFile } from '../package.js';
import { locateConfigPath, readConfigYaml } from '../source/index.js';
import { describeError, expandPaths } from '../source/inputs.js';
import { closest } from '../util/strings.js';
import { compileSchema, type SchemaError } from './validate.js';
import { isDirectory } from '../util/fs.js';

export const CONFIG_FILE_NAMES = ['.srcip-lint.yaml', '.srcip-lint.yml'];

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }

  /** `file:line:col: message`, as printed by the CLI. */
  describe(): string {
    if (!this.file) return this.message;
    return `${this.file}${this.line ? `:${this.line}:${this.column ?? 1}` : ''}: ${this.message}`;
  }
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
  values?: { files: string[]; chart: string; version?: string; release?: string; namespace?: string }[];
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

export function presetLevels(rules: readonly Rule[], preset: Preset): Map<string, RuleLevel> {
  const levels = new Map<string, RuleLevel>();
  for (const r of rules) levels.set(r.meta.id, preset === 'all' || r.meta.recommended ? r.meta.defaultSeverity : 'off');
  return levels;
}

/** Finds `.srcip-lint.yaml` in `dir` or its ancestors. */
export function findConfigFile(dir: string): string | undefined {
  let cur = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(cur, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(cur);
    if (parent === cur) return undefined;
    cur = parent;
  }
}

export function defaultConfig(rules: readonly Rule[], baseDir: string): ResolvedConfig {
  return {
    preset: 'recommended',
    levels: presetLevels(rules, 'recommended'),
    options: new Map(),
    kubeVersion: NEWEST_KNOWN,
    namespace: 'default',
    ignore: [],
    gitignore: true,
    context: [],
    chartDirs: [],
    kustomize: true,
    values: [],
    baseDir,
    file: undefined,
  };
}

/** Reads, validates and resolves a configuration file. Throws ConfigError. */
export function loadConfigFile(file: string, rules: readonly Rule[], displayPath = file): ResolvedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read the configuration file: ${describeError(e)} (fix it, or run with --no-config)`, displayPath);
  }
  return parseConfig(text, rules, displayPath, path.dirname(path.resolve(file)));
}

/** Validates and resolves configuration text. Throws ConfigError with the offending position. */
export function parseConfig(text: string, rules: readonly Rule[], displayPath: string, baseDir: string): ResolvedConfig {
  const parsed = readConfigYaml(text);
  if (parsed.error) throw new ConfigError(`invalid YAML: ${parsed.error.message}`, displayPath, parsed.error.line, parsed.error.column);
  const value = parsed.value ?? {};
  const at = (p: readonly (string | number)[]): { line: number; column: number } => locateConfigPath(parsed, p);
  const fail = (message: string, p: readonly (string | number)[]): never => {
    const pos = at(p);
    throw new ConfigError(message, displayPath, pos.line, pos.column);
  };

  const validate = compileSchema(configSchema());
  const error = validate(value);
  if (error) {
    const { message, path: p } = describeSchemaError(error, rules);
    fail(message, p);
  }
  const cfg = value as ConfigFile;
  const preset = cfg.extends ?? 'recommended';
  const levels = presetLevels(rules, preset);
  const options = new Map<string, unknown>();
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const [id, setting] of Object.entries(cfg.rules ?? {})) {
    const rule = byId.get(id) as Rule;
    const [level, opts] = Array.isArray(setting) ? setting : [setting, undefined];
    levels.set(id, level);
    if (opts !== undefined) options.set(id, ruleOptions(rule, opts, (m, sub) => fail(m, ['rules', id, 1, ...sub])));
  }
  (cfg.chartDirs ?? []).forEach((d, i) => {
    if (!isDirectory(path.resolve(baseDir, d))) fail(`chartDirs: "${d}" is not a directory`, ['chartDirs', i]);
  });
  const values = (cfg.values ?? []).map((entry, i): BoundValuesConfig => {
    const files: string[] = [];
    entry.files.forEach((pattern, j) => {
      const found = expandPaths([pattern], { cwd: baseDir, ignore: [], ignoreBase: baseDir });
      if (found.files.length === 0) fail(`values[${i}].files: "${pattern}" names no YAML file`, ['values', i, 'files', j]);
      files.push(...found.files.map((f) => f.abs));
    });
    const start = at(['values', i, 'chart']);
    return {
      files,
      chart: entry.chart,
      version: entry.version,
      release: entry.release,
      namespace: entry.namespace,
      line: start.line,
      column: start.column,
      endLine: start.line,
      endColumn: start.column + 'chart'.length,
    };
  });
  let kubeVersion = NEWEST_KNOWN;
  if (cfg.kubeVersion !== undefined) {
    const v = parseKubeVersion(cfg.kubeVersion);
    if (!v) fail(`kubeVersion "${cfg.kubeVersion}" is not a Kubernetes version like "1.30"`, ['kubeVersion']);
    kubeVersion = v as KubeVersion;
  }
  return {
    preset,
    levels,
    options,
    kubeVersion,
    namespace: cfg.namespace ?? 'default',
    ignore: cfg.ignore ?? [],
    gitignore: cfg.gitignore ?? true,
    context: cfg.context ?? [],
    chartDirs: cfg.chartDirs ?? [],
    kustomize: cfg.kustomize ?? true,
    values,
    baseDir,
    file: displayPath,
  };
}

/** Validates a rule's options against its schema and merges them over the defaults. */
export function ruleOptions(rule: Rule, raw: unknown, fail: (message: string, path: readonly (string | number)[]) => never): unknown {
  const schema = rule.meta.optionsSchema;
  if (!schema) return fail(`rule "${rule.meta.id}" takes no options`, []);
  const error = compileSchema(schema)(raw);
  if (error) {
    const p = pointerPath(error.instancePath);
    return fail(`options of rule "${rule.meta.id}"${p.length ? ` at ${p.join('.')}` : ''}: ${schemaMessage(error)}`, p);
  }
  const defaults = rule.meta.defaultOptions;
  return defaults && typeof defaults === 'object' && raw && typeof raw === 'object' ? { ...defaults, ...raw } : raw;
}

let schemaCache: Record<string, unknown> | undefined;

/** The JSON Schema of the configuration file, shipped in `schema/srcip-lint.schema.json`. */
export function configSchema(): Record<string, unknown> {
  schemaCache ??= JSON.parse(fs.readFileSync(packageFile('schema/srcip-lint.schema.json'), 'utf8')) as Record<string, unknown>;
  return schemaCache;
}

function describeSchemaError(error: SchemaError, rules: readonly Rule[]): { message: string; path: (string | number)[] } {
  const p = pointerPath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const key = String(error.params['additionalProperty']);
    if (p.length === 1 && p[0] === 'rules') {
      const hint = closest(key, rules.map((r) => r.meta.id));
      return { message: `unknown rule id "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}; see srcip-lint --list-rules`, path: [...p, key] };
    }
    const known = p.length === 0 ? ['extends', 'rules', 'kubeVersion', 'namespace', 'ignore', 'gitignore', 'context', 'chartDirs', 'values', 'kustomize'] : p[0] === 'values' ? ['files', 'chart', 'version', 'release', 'namespace'] : [];
    const hint = closest(key, known);
    return { message: `unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`, path: [...p, key] };
  }
  if (p.length === 3 && p[0] === 'values' && p[2] === 'version' && error.keyword === 'type') {
    return { message: `values[${String(p[1])}].version must be a quoted string such as "4.12.0" (unquoted, 4.10 is the number 4.1)`, path: p };
  }
  if (p.length === 1 && p[0] === 'kubeVersion' && error.keyword === 'type') {
    return { message: 'kubeVersion must be a quoted string such as "1.30" (unquoted, 1.30 is the number 1.3)', path: p };
  }
  return { message: `${p.length ? p.join('.') : 'configuration'}: ${schemaMessage(error)}`, path: p };
}

function schemaMessage(error: SchemaError): string {
  if (error.keyword === 'enum') return `must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return error.message ?? error.keyword;
}

function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
