/**
 * Finding the chart behind a `# Source: <chart>/templates/<file>` comment on disk, subcharts
 * (`<chart>/charts/<sub>/templates/<file>`) included. Helm names a chart by its Chart.yaml
 * `name` (or, for a dependency, its alias), not by its directory, so directories are matched by
 * that name first and by their own name second. Every file is read at most once per run.
 */

import fs from 'node:fs';
import path from 'node:path';
import { readYamlFile } from '../source/index.js';
import { isFile } from '../util/fs.js';

export interface ChartDir {
  /** The name Helm gives the chart in `# Source:` (Chart.yaml name or dependency alias). */
  readonly name: string;
  readonly dir: string;
}

export type ChartLookup =
  | { readonly ok: true; readonly chain: readonly ChartDir[]; readonly template: string }
  | { readonly ok: false; readonly reason: string; readonly chart: string | undefined };

interface ChartMeta {
  readonly name: string | undefined;
  readonly dependencies: readonly { readonly name: string; readonly alias?: string; readonly repository?: string }[];
}

/** `a/charts/b/templates/x/y.yaml` → chart names `[a, b]` and template `x/y.yaml`. */
export function parseSource(source: string): { charts: string[]; template: string } | undefined {
  const segs = source.split('/').filter((s) => s !== '' && s !== '.');
  if (segs.length < 3 || segs.includes('..')) return undefined;
  const charts = [segs[0] as string];
  let i = 1;
  while (segs[i] === 'charts' && i + 2 < segs.length) {
    charts.push(segs[i + 1] as string);
    i += 2;
  }
  if (segs[i] !== 'templates' || i + 1 >= segs.length) return undefined;
  return { charts, template: segs.slice(i + 1).join('/') };
}

export class ChartFinder {
  private readonly metas = new Map<string, ChartMeta | undefined>();
  private readonly roots = new Map<string, string | undefined>();

  /**
   * @param explicit directories named with --chart-dir or `chartDirs`: each is a chart or holds
   *   charts; they are searched first, and their subdirectories too
   */
  constructor(
    private readonly cwd: string,
    private readonly explicit: readonly string[],
  ) {}

  /** The chart chain and template file of a `# Source:` path, for an input file at `input`. */
  find(source: string, input: string): ChartLookup {
    const parsed = parseSource(source);
    if (!parsed) return { ok: false, reason: `"${source}" is not a chart template path`, chart: undefined };
    const [rootName, ...subs] = parsed.charts as [string, ...string[]];
    const rootDir = this.findRoot(rootName, path.dirname(input));
    if (!rootDir) {
      return {
        ok: false,
        reason: `chart "${rootName}" not found (looked in the working directory, next to the input${this.explicit.length > 0 ? ' and in the chart directories given' : ''}; pass --chart-dir)`,
        chart: undefined,
      };
    }
    const chain: ChartDir[] = [{ name: rootName, dir: rootDir }];
    for (const sub of subs) {
      const parent = (chain.at(-1) as ChartDir).dir;
      const dir = this.findSub(parent, sub);
      if (typeof dir !== 'string') return { ok: false, reason: dir.reason, chart: this.display(parent) };
      chain.push({ name: sub, dir });
    }
    const chartDir = (chain.at(-1) as ChartDir).dir;
    const template = path.join(chartDir, 'templates', ...parsed.template.split('/'));
    if (!isFile(template)) {
      return { ok: false, reason: `the chart at ${this.display(chartDir)} has no templates/${parsed.template}`, chart: this.display(chartDir) };
    }
    return { ok: true, chain, template };
  }

  display(abs: string): string {
    return path.relative(this.cwd, abs).split(path.sep).join('/') || '.';
  }

  private findRoot(name: string, inputDir: string): string | undefined {
    const key = `${name}\u0000${inputDir}`;
    if (this.roots.has(key)) return this.roots.get(key);
    const bases = [...new Set([...this.explicit, inputDir, this.cwd])];
    let byDirName: string | undefined;
    let found: string | undefined;
    for (const base of bases) {
      const candidates = [base, path.join(base, name), ...(this.explicit.includes(base) ? subdirs(base) : [])];
      for (const c of candidates) {
        if (!isFile(path.join(c, 'Chart.yaml'))) continue;
        if (this.meta(c)?.name === name) {
          found = c;
          break;
        }
        if (path.basename(c) === name) byDirName ??= c;
      }
      if (found) break;
    }
    const result = found ?? byDirName;
    this.roots.set(key, result);
    return result;
  }

  private findSub(parent: string, name: string): string | { reason: string } {
    const charts = path.join(parent, 'charts');
    const dirs = subdirs(charts).filter((d) => isFile(path.join(d, 'Chart.yaml')));
    const byName = dirs.find((d) => this.meta(d)?.name === name) ?? dirs.find((d) => path.basename(d) === name);
    if (byName) return byName;
    // An aliased dependency: Helm names it by its alias.
    const dep = this.meta(parent)?.dependencies.find((d) => d.alias === name) ?? this.meta(parent)?.dependencies.find((d) => d.name === name);
    if (dep) {
      const real = dirs.find((d) => this.meta(d)?.name === dep.name) ?? dirs.find((d) => path.basename(d) === dep.name);
      if (real) return real;
      if (dep.repository?.startsWith('file://')) {
        const local = path.resolve(parent, dep.repository.slice('file://'.length));
        if (isFile(path.join(local, 'Chart.yaml'))) return local;
      }
    }
    for (const base of this.explicit) {
      for (const c of [base, path.join(base, dep?.name ?? name), ...subdirs(base)]) {
        if (isFile(path.join(c, 'Chart.yaml')) && this.meta(c)?.name === (dep?.name ?? name)) return c;
      }
    }
    const packed = safeReaddir(charts).find((f) => f.endsWith('.tgz') && f.startsWith(`${dep?.name ?? name}-`));
    if (packed) {
      return { reason: `subchart "${name}" is packaged (${this.display(path.join(charts, packed))}); unpack it or pass its directory with --chart-dir` };
    }
    return { reason: `subchart "${name}" not found in ${this.display(charts)}` };
  }

  private meta(dir: string): ChartMeta | undefined {
    if (this.metas.has(dir)) return this.metas.get(dir);
    let meta: ChartMeta | undefined;
    try {
      const view = readYamlFile(fs.readFileSync(path.join(dir, 'Chart.yaml'), 'utf8'));
      const v = view.value as { name?: unknown; dependencies?: unknown } | undefined;
      let deps = v?.dependencies;
      if (!Array.isArray(deps) && isFile(path.join(dir, 'requirements.yaml'))) {
        deps = (readYamlFile(fs.readFileSync(path.join(dir, 'requirements.yaml'), 'utf8')).value as { dependencies?: unknown } | undefined)?.dependencies;
      }
      meta = {
        name: typeof v?.name === 'string' ? v.name : undefined,
        dependencies: (Array.isArray(deps) ? deps : []).flatMap((d: unknown) => {
          const r = d as { name?: unknown; alias?: unknown; repository?: unknown } | null;
          if (!r || typeof r.name !== 'string') return [];
          return [{ name: r.name, ...(typeof r.alias === 'string' ? { alias: r.alias } : {}), ...(typeof r.repository === 'string' ? { repository: r.repository } : {}) }];
        }),
      };
    } catch {
      meta = undefined;
    }
    this.metas.set(dir, meta);
    return meta;
  }
}

function safeReaddir(dir: string): string[] {
  try {
    return fs.readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function subdirs(dir: string): string[] {
  return safeReaddir(dir)
    .map((n) => path.join(dir, n))
    .filter((p) => {
      try {
        return fs.statSync(p).isDirectory();
      } catch {
        return false;
      }
    });
}
