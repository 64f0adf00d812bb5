/**
 * Configuration: the `.srcip-lint.yaml` file, presets, and the effective settings of a run.
 * Bad setup fails loudly: every problem is a ConfigError that names the file and position.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NEWEST_KNOWN, parseKubeVersion } from '../k8s/version.js';
import { packageFile } from '../package.js';
import { locateConfigPath, readConfigYaml } from '../source/index.js';
import { describeError, expandPaths } from '../source/inputs.js';
import { closest } from '../util/strings.js';
import { compileSchema } from './validate.js';
import { isDirectory } from '../util/fs.js';
export const CONFIG_FILE_NAMES = ['.srcip-lint.yaml', '.srcip-lint.yml'];
export class ConfigError extends Error {
    file;
    line;
    column;
    constructor(message, file, line, column) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }
    /** `file:line:col: message`, as printed by the CLI. */
    describe() {
        if (!this.file)
            return this.message;
        return `${this.file}${this.line ? `:${this.line}:${this.column ?? 1}` : ''}: ${this.message}`;
    }
}
export function presetLevels(rules, preset) {
    const levels = new Map();
    for (const r of rules)
        levels.set(r.meta.id, preset === 'all' || r.meta.recommended ? r.meta.defaultSeverity : 'off');
    return levels;
}
/** Finds `.srcip-lint.yaml` in `dir` or its ancestors. */
export function findConfigFile(dir) {
    let cur = path.resolve(dir);
    for (;;) {
        for (const name of CONFIG_FILE_NAMES) {
            const candidate = path.join(cur, name);
            if (fs.existsSync(candidate))
                return candidate;
        }
        const parent = path.dirname(cur);
        if (parent === cur)
            return undefined;
        cur = parent;
    }
}
export function defaultConfig(rules, baseDir) {
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
export function loadConfigFile(file, rules, displayPath = file) {
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new ConfigError(`cannot read the configuration file: ${describeError(e)} (fix it, or run with --no-config)`, displayPath);
    }
    return parseConfig(text, rules, displayPath, path.dirname(path.resolve(file)));
}
/** Validates and resolves configuration text. Throws ConfigError with the offending position. */
export function parseConfig(text, rules, displayPath, baseDir) {
    const parsed = readConfigYaml(text);
    if (parsed.error)
        throw new ConfigError(`invalid YAML: ${parsed.error.message}`, displayPath, parsed.error.line, parsed.error.column);
    const value = parsed.value ?? {};
    const at = (p) => locateConfigPath(parsed, p);
    const fail = (message, p) => {
        const pos = at(p);
        throw new ConfigError(message, displayPath, pos.line, pos.column);
    };
    const validate = compileSchema(configSchema());
    const error = validate(value);
    if (error) {
        const { message, path: p } = describeSchemaError(error, rules);
        fail(message, p);
    }
    const cfg = value;
    const preset = cfg.extends ?? 'recommended';
    const levels = presetLevels(rules, preset);
    const options = new Map();
    const byId = new Map(rules.map((r) => [r.meta.id, r]));
    for (const [id, setting] of Object.entries(cfg.rules ?? {})) {
        const rule = byId.get(id);
        const [level, opts] = Array.isArray(setting) ? setting : [setting, undefined];
        levels.set(id, level);
        if (opts !== undefined)
            options.set(id, ruleOptions(rule, opts, (m, sub) => fail(m, ['rules', id, 1, ...sub])));
    }
    (cfg.chartDirs ?? []).forEach((d, i) => {
        if (!isDirectory(path.resolve(baseDir, d)))
            fail(`chartDirs: "${d}" is not a directory`, ['chartDirs', i]);
    });
    const values = (cfg.values ?? []).map((entry, i) => {
        const files = [];
        entry.files.forEach((pattern, j) => {
            const found = expandPaths([pattern], { cwd: baseDir, ignore: [], ignoreBase: baseDir });
            if (found.files.length === 0)
                fail(`values[${i}].files: "${pattern}" names no YAML file`, ['values', i, 'files', j]);
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
        if (!v)
            fail(`kubeVersion "${cfg.kubeVersion}" is not a Kubernetes version like "1.30"`, ['kubeVersion']);
        kubeVersion = v;
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
export function ruleOptions(rule, raw, fail) {
    const schema = rule.meta.optionsSchema;
    if (!schema)
        return fail(`rule "${rule.meta.id}" takes no options`, []);
    const error = compileSchema(schema)(raw);
    if (error) {
        const p = pointerPath(error.instancePath);
        return fail(`options of rule "${rule.meta.id}"${p.length ? ` at ${p.join('.')}` : ''}: ${schemaMessage(error)}`, p);
    }
    const defaults = rule.meta.defaultOptions;
    return defaults && typeof defaults === 'object' && raw && typeof raw === 'object' ? { ...defaults, ...raw } : raw;
}
let schemaCache;
/** The JSON Schema of the configuration file, shipped in `schema/srcip-lint.schema.json`. */
export function configSchema() {
    schemaCache ??= JSON.parse(fs.readFileSync(packageFile('schema/srcip-lint.schema.json'), 'utf8'));
    return schemaCache;
}
function describeSchemaError(error, rules) {
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
function schemaMessage(error) {
    if (error.keyword === 'enum')
        return `must be one of ${error.params['allowedValues'].map((v) => JSON.stringify(v)).join(', ')}`;
    return error.message ?? error.keyword;
}
function pointerPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
