/**
 * A kustomization file read as kustomize reads it, with the position of every entry: what it
 * includes (resources, components), what it writes (patches, generators, `replicas:`, `images:`,
 * `namespace:`, `namePrefix`/`nameSuffix`, labels, annotations), the other files it reads, and
 * what srcip-lint refuses to build (remote references, Helm charts, plugins). No process, no
 * network: files only. Field names and semantics: kustomize v5 `api/types/kustomization.go`
 * (kubernetes-sigs/kustomize@12f9e63), with the fields kustomize before v5 still reads
 * (`bases`, `patchesStrategicMerge`, `patchesJson6902`, `commonLabels`, bare strings under `patches`).
 */

import fs from 'node:fs';
import path from 'node:path';
import type { Path } from '../engine/types.js';
import { readYamlStream, readYamlValue } from '../source/index.js';
import { isDirectory, isFile } from '../util/fs.js';

/** The names kustomize looks for in a directory, in its order (`konfig.RecognizedKustomizationFileNames`). */
export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

/** The kustomization file of a directory, if it has one. */
export function kustomizationFileIn(dir: string): string | undefined {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const file = path.join(dir, name);
    if (isFile(file)) return file;
  }
  return undefined;
}

export function isKustomizationFileName(abs: string): boolean {
  return (KUSTOMIZATION_FILE_NAMES as readonly string[]).includes(path.basename(abs));
}

/** An entry of the kustomization: its text and where it is written (a path in the kustomization document). */
export interface Entry {
  readonly text: string;
  readonly kpath: Path;
}

/** A `resources`, `bases` or `components` entry. */
export interface Ref extends Entry {
  readonly abs: string;
  readonly kind: 'dir' | 'file' | 'remote' | 'missing';
}

/** A patch target selector (`patches[].target`, `patchesJson6902[].target`). */
export interface Selector {
  readonly group?: string;
  readonly version?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  readonly labelSelector?: string;
  readonly annotationSelector?: string;
}

/** The transformer that applies a patch, in kustomize's order of transformers. */
export type PatchField = 'patchesStrategicMerge' | 'patches' | 'patchesJson6902';

export interface PatchRef {
  readonly field: PatchField;
  /** The entry in the kustomization (`patches[2]`). */
  readonly kpath: Path;
  /** A patch in a file: its absolute path. */
  readonly file?: string;
  /** A patch written in the kustomization: the path of its text (`patches[2].patch`). */
  readonly inline?: Path;
  readonly target?: Selector;
}

export interface GeneratorSource {
  /** The ConfigMap or Secret key it writes (`undefined` for an env file: every key in it). */
  readonly key?: string;
  readonly kpath: Path;
  /** A file it reads (env file, or a `files:` entry). */
  readonly file?: string;
}

export interface Generator {
  readonly field: 'configMapGenerator' | 'secretGenerator';
  readonly kind: 'ConfigMap' | 'Secret';
  readonly kpath: Path;
  readonly name: string;
  readonly namespace: string | undefined;
  readonly behavior: 'create' | 'merge' | 'replace';
  readonly hash: boolean;
  readonly literals: readonly GeneratorSource[];
  readonly envs: readonly GeneratorSource[];
  readonly files: readonly GeneratorSource[];
}

export interface ReplicasEntry {
  readonly name: string;
  readonly kpath: Path;
}

export interface ImageEntry {
  readonly name: string;
  readonly kpath: Path;
}

export interface LabelEntry {
  readonly key: string;
  readonly kpath: Path;
  /** Also written into selectors and pod templates (`commonLabels`, `labels[].includeSelectors`). */
  readonly selectors: boolean;
  readonly templates: boolean;
}

export interface Kustomization {
  readonly dir: string;
  /** The kustomization file (absolute). */
  readonly abs: string;
  /** The file is not a YAML mapping kustomize can read. */
  readonly error: string | undefined;
  /** `kind: Component`. */
  readonly component: boolean;
  readonly resources: readonly Ref[];
  readonly components: readonly Ref[];
  readonly patches: readonly PatchRef[];
  readonly generators: readonly Generator[];
  readonly replicas: readonly ReplicasEntry[];
  readonly images: readonly ImageEntry[];
  readonly namespace: Entry | undefined;
  readonly namePrefix: Entry | undefined;
  readonly nameSuffix: Entry | undefined;
  readonly labels: readonly LabelEntry[];
  readonly annotations: readonly Entry[];
  /** Fields whose effect srcip-lint does not trace (`replacements`, `vars`, `transformers`, ...): their entries. */
  readonly untraced: readonly Entry[];
  /** References to remote places (URLs, `git@…`, `github.com/…`, `?ref=`): never built. */
  readonly remote: readonly Entry[];
  /** `helmCharts` (or the Helm inflation generator): never built. */
  readonly helm: Entry | undefined;
  /** Generators, transformers or validators that are not kustomize built-ins: never built. */
  readonly plugins: readonly Entry[];
  /** Other local files it reads (generator inputs, replacements, configurations, CRDs, OpenAPI). */
  readonly otherFiles: readonly string[];
  /** `sortOptions`, copied into the wrapper kustomization (only the top kustomization's apply). */
  readonly sortOptions: unknown;
}

/**
 * A reference kustomize would fetch: a URL (`https://`, `git::`, `ssh://`, `file://` clones too),
 * `git@host:…`, a `gh:` shorthand, a `host.tld/org/repo` path (`github.com/…`), or a `?ref=` /
 * `?version=` query. Local paths never have these shapes.
 */
export function isRemote(entry: string): boolean {
  const s = entry.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^git::/i.test(s) || /^git@/i.test(s) || /^gh:/i.test(s)) return true;
  if (/[?&](ref|version|submodules|timeout)=/.test(s)) return true;
  if (/^(github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|ssh\.dev\.azure\.com)[/:]/i.test(s)) return true;
  return false;
}

/** Built-in transformer and generator kinds (`builtin` plugins), which need no plugin support. */
const BUILTIN_APIVERSION = 'builtin';

/**
 * Reads a kustomization file; never throws (an unreadable file gives `error`). Undefined when the
 * file holds an object of another API (a Flux `Kustomization` is a Kubernetes object).
 */
export function readKustomization(abs: string): Kustomization | undefined {
  const dir = path.dirname(abs);
  let text = '';
  let error: string | undefined;
  try {
    text = fs.readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    error = `cannot read it: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
  }
  const read = error ? undefined : readYamlValue(text);
  if (read && !error && read.documents > 1) error = 'it holds more than one YAML document';
  if (read && !error && read.error) error = read.error;
  const raw = read?.value;
  const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  // A Flux Kustomization (kustomize.toolkit.fluxcd.io) or any other object in a file of that name is no kustomize configuration.
  const apiVersion = value['apiVersion'];
  if (!error && typeof apiVersion === 'string' && !apiVersion.startsWith('kustomize.config.k8s.io/')) return undefined;
  if (!error && raw !== undefined && raw !== null && value !== raw) error = 'it is not a YAML mapping';
  return new Reader(abs, dir, error, error ? {} : value).read();
}

class Reader {
  private readonly resources: Ref[] = [];
  private readonly components: Ref[] = [];
  private readonly patches: PatchRef[] = [];
  private readonly generators: Generator[] = [];
  private readonly remote: Entry[] = [];
  private readonly plugins: Entry[] = [];
  private readonly untraced: Entry[] = [];
  private readonly otherFiles: string[] = [];

  constructor(
    private readonly abs: string,
    private readonly dir: string,
    private readonly error: string | undefined,
    private readonly value: Record<string, unknown>,
  ) {}

  read(): Kustomization {
    const v = this.value;
    for (const field of ['resources', 'bases'] as const) this.refs(field, this.resources);
    this.refs('components', this.components);
    this.readPatches();
    this.readGenerators();
    for (const field of ['generators', 'transformers', 'validators'] as const) this.readPlugins(field);
    for (const field of ['replacements', 'vars', 'transformers', 'generators']) {
      if (v[field] !== undefined) this.untraced.push({ text: field, kpath: [field] });
    }
    for (const [i, r] of list(v['replacements'])) {
      const p = str(rec(r)?.['path']);
      if (p !== undefined) this.localFile(p, ['replacements', i, 'path']);
    }
    for (const [i, c] of list(v['configurations'])) if (typeof c === 'string') this.localFile(c, ['configurations', i]);
    for (const [i, c] of list(v['crds'])) if (typeof c === 'string') this.localFile(c, ['crds', i]);
    const openapi = str(rec(v['openapi'])?.['path']);
    if (openapi !== undefined) this.localFile(openapi, ['openapi', 'path']);
    const helmKey = ['helmCharts', 'helmChartInflationGenerator', 'helmGlobals'].find((k) => v[k] !== undefined);
    const kind = str(v['kind']);
    return {
      dir: this.dir,
      abs: this.abs,
      error: this.error,
      component: kind === 'Component',
      resources: this.resources,
      components: this.components,
      patches: this.patches,
      generators: this.generators,
      replicas: list(v['replicas']).flatMap(([i, r]) => {
        const name = str(rec(r)?.['name']);
        return name === undefined ? [] : [{ name, kpath: ['replicas', i] }];
      }),
      images: list(v['images']).flatMap(([i, r]) => {
        const name = str(rec(r)?.['name']);
        return name === undefined ? [] : [{ name, kpath: ['images', i] }];
      }),
      namespace: this.scalarEntry('namespace'),
      namePrefix: this.scalarEntry('namePrefix'),
      nameSuffix: this.scalarEntry('nameSuffix'),
      labels: this.readLabels(),
      annotations: Object.keys(rec(v['commonAnnotations']) ?? {}).map((key) => ({ text: key, kpath: ['commonAnnotations', key] })),
      untraced: this.untraced,
      remote: this.remote,
      helm: helmKey ? { text: helmKey, kpath: [helmKey] } : undefined,
      plugins: this.plugins,
      otherFiles: this.otherFiles,
      sortOptions: v['sortOptions'],
    };
  }

  private scalarEntry(field: string): Entry | undefined {
    const s = this.value[field];
    return typeof s === 'string' && s !== '' ? { text: s, kpath: [field] } : undefined;
  }

  private refs(field: 'resources' | 'bases' | 'components', out: Ref[]): void {
    for (const [i, r] of list(this.value[field])) {
      if (typeof r !== 'string') continue;
      const kpath = [field, i];
      if (isRemote(r)) {
        this.remote.push({ text: r, kpath });
        out.push({ text: r, kpath, abs: '', kind: 'remote' });
        continue;
      }
      const abs = path.resolve(this.dir, r);
      const kind = isDirectory(abs) ? 'dir' : isFile(abs) ? 'file' : looksLikeHost(r) ? 'remote' : 'missing';
      if (kind === 'remote') this.remote.push({ text: r, kpath });
      out.push({ text: r, kpath, abs: kind === 'remote' ? '' : abs, kind });
    }
  }

  private localFile(p: string, kpath: Path): string | undefined {
    if (isRemote(p)) {
      this.remote.push({ text: p, kpath });
      return undefined;
    }
    const abs = path.resolve(this.dir, p);
    this.otherFiles.push(abs);
    return abs;
  }

  private readPatches(): void {
    const v = this.value;
    // kustomize's transformer order: patchesStrategicMerge, patches, ..., patchesJson6902.
    for (const [i, p] of list(v['patchesStrategicMerge'])) {
      if (typeof p !== 'string') continue;
      if (/[\n:]/.test(p.trim()) && !isFile(path.resolve(this.dir, p))) this.patches.push({ field: 'patchesStrategicMerge', kpath: ['patchesStrategicMerge', i], inline: ['patchesStrategicMerge', i] });
      else this.patchFile('patchesStrategicMerge', p, ['patchesStrategicMerge', i], undefined);
    }
    for (const [i, p] of list(v['patches'])) {
      // kustomize before v5 also took a bare file name here.
      if (typeof p === 'string') this.patchFile('patches', p, ['patches', i], undefined);
      else this.patchEntry('patches', i, p);
    }
    for (const [i, p] of list(v['patchesJson6902'])) this.patchEntry('patchesJson6902', i, p);
  }

  /** A `patches` or `patchesJson6902` entry: `path` (a file) or `patch` (written here), and `target`. */
  private patchEntry(field: 'patches' | 'patchesJson6902', i: number, p: unknown): void {
    const entry = rec(p);
    if (!entry) return;
    const target = selector(entry['target']);
    const file = str(entry['path']);
    if (file !== undefined) this.patchFile(field, file, [field, i], target);
    else if (typeof entry['patch'] === 'string') this.patches.push({ field, kpath: [field, i], inline: [field, i, 'patch'], ...(target ? { target } : {}) });
  }

  private patchFile(field: PatchField, p: string, kpath: Path, target: Selector | undefined): void {
    if (isRemote(p)) {
      this.remote.push({ text: p, kpath });
      return;
    }
    this.patches.push({ field, kpath, file: path.resolve(this.dir, p), ...(target ? { target } : {}) });
  }

  private readGenerators(): void {
    const v = this.value;
    const globalHash = rec(v['generatorOptions'])?.['disableNameSuffixHash'] !== true;
    for (const field of ['configMapGenerator', 'secretGenerator'] as const) {
      for (const [i, g] of list(v[field])) {
        const entry = rec(g);
        const name = str(entry?.['name']);
        if (!entry || name === undefined) continue;
        const kpath = [field, i];
        const behavior = entry['behavior'] === 'merge' || entry['behavior'] === 'replace' ? entry['behavior'] : 'create';
        const optHash = rec(entry['options'])?.['disableNameSuffixHash'];
        const literals = list(entry['literals']).flatMap(([j, l]): GeneratorSource[] => {
          if (typeof l !== 'string') return [];
          const eq = l.indexOf('=');
          return [{ key: (eq < 0 ? l : l.slice(0, eq)).trim(), kpath: [...kpath, 'literals', j] }];
        });
        const envs: GeneratorSource[] = [];
        for (const [j, e] of list(entry['envs'])) {
          const file = typeof e === 'string' ? this.localFile(e, [...kpath, 'envs', j]) : undefined;
          if (file) envs.push({ kpath: [...kpath, 'envs', j], file });
        }
        const env = str(entry['env']);
        const envFile = env === undefined ? undefined : this.localFile(env, [...kpath, 'env']);
        if (envFile) envs.push({ kpath: [...kpath, 'env'], file: envFile });
        const files: GeneratorSource[] = [];
        for (const [j, f] of list(entry['files'])) {
          if (typeof f !== 'string') continue;
          const eq = f.indexOf('=');
          const key = eq < 0 ? path.basename(f) : f.slice(0, eq);
          const file = this.localFile(eq < 0 ? f : f.slice(eq + 1), [...kpath, 'files', j]);
          files.push({ key, kpath: [...kpath, 'files', j], ...(file ? { file } : {}) });
        }
        this.generators.push({
          field,
          kind: field === 'configMapGenerator' ? 'ConfigMap' : 'Secret',
          kpath,
          name,
          namespace: str(entry['namespace']),
          behavior,
          hash: optHash === undefined ? globalHash : optHash !== true,
          literals,
          envs,
          files,
        });
      }
    }
  }

  /**
   * `generators`, `transformers`, `validators`: files or directories of plugin configurations, or
   * inline ones. Built-in configurations (`apiVersion: builtin`) are fine; anything else is a
   * plugin (an exec or container function, a Go plugin), which srcip-lint never runs.
   */
  private readPlugins(field: 'generators' | 'transformers' | 'validators'): void {
    for (const [i, entry] of list(this.value[field])) {
      if (typeof entry !== 'string') continue;
      const kpath = [field, i];
      if (isRemote(entry)) {
        this.remote.push({ text: entry, kpath });
        continue;
      }
      const inline = entry.includes('\n') || /^\s*(apiVersion|kind)\s*:/m.test(entry);
      let configs: unknown[];
      if (inline) configs = readYamlStream(entry).map((d) => d.value);
      else {
        const abs = path.resolve(this.dir, entry);
        // A directory of configurations is a kustomization whose resources are the configurations.
        const files = isDirectory(abs) ? configDirFiles(abs) : [abs];
        this.otherFiles.push(...files);
        configs = files.filter((f) => !isKustomizationFileName(f)).flatMap(readConfigs);
      }
      if (configs.some((c) => str(rec(c)?.['apiVersion']) !== BUILTIN_APIVERSION)) this.plugins.push({ text: entry, kpath });
    }
  }

  private readLabels(): LabelEntry[] {
    const v = this.value;
    const out: LabelEntry[] = Object.keys(rec(v['commonLabels']) ?? {}).map((key) => ({ key, kpath: ['commonLabels', key], selectors: true, templates: true }));
    for (const [i, l] of list(v['labels'])) {
      const entry = rec(l);
      const pairs = rec(entry?.['pairs']);
      if (!entry || !pairs) continue;
      const selectors = entry['includeSelectors'] === true;
      const templates = selectors || entry['includeTemplates'] === true;
      for (const key of Object.keys(pairs)) out.push({ key, kpath: ['labels', i, 'pairs', key], selectors, templates });
    }
    return out;
  }
}

function readConfigs(abs: string): unknown[] {
  try {
    return readYamlStream(fs.readFileSync(abs, 'utf8')).map((d) => d.value);
  } catch {
    return [];
  }
}

/** The resource files of a directory of plugin configurations (its kustomization's `resources`). */
function configDirFiles(dir: string): string[] {
  const file = kustomizationFileIn(dir);
  const k = file ? readKustomization(file) : undefined;
  if (!file || !k) return [];
  return [file, ...k.resources.filter((r) => r.kind === 'file').map((r) => r.abs)];
}

/** `github.com/org/repo`-like entries that name no local file: a host name first. */
function looksLikeHost(entry: string): boolean {
  const first = entry.split('/')[0] ?? '';
  return entry.includes('/') && /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i.test(first) && !/\.(ya?ml|json)$/i.test(first);
}

function selector(v: unknown): Selector | undefined {
  const r = rec(v);
  if (!r) return undefined;
  const out: Record<string, string> = {};
  for (const k of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector']) {
    const s = str(r[k]);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

function list(v: unknown): [number, unknown][] {
  return Array.isArray(v) ? v.map((x, i) => [i, x]) : [];
}

function rec(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
