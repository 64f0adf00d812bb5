/** What a chart model is: the objects a chart renders, built from merged values. */

import type { KubeVersion } from '../../engine/types.js';
import { resolvePlain } from '../../source/index.js';
import { goText } from '../gotext.js';
import { isMap } from '../../util/paths.js';
import type { ObjectBuilder, Release } from '../document.js';
import type { MergedValues } from '../merged.js';
import type { ChartVersion, Requested } from '../version.js';

export interface BuildContext {
  readonly release: Release;
  readonly values: MergedValues;
  /** The modelled version the release is read as. */
  readonly version: ChartVersion;
  readonly kube: KubeVersion;
  /** Helm's `.Chart.Name`: the alias of an umbrella chart's dependency, else the chart's name. */
  readonly chartName: string;
  /**
   * Helm's `tpl` on a value, for the forms srcip-lint evaluates (`.Release.Name`,
   * `.Release.Namespace`, the chart's name helpers); undefined for any other template code.
   */
  tpl(text: string, helpers: Readonly<Record<string, string>>): string | undefined;
}

/** Thrown by a chart model when a value it needs holds template code it cannot evaluate. */
export class UnknownValue extends Error {}

export interface ChartModel {
  /** How srcip-lint names the chart (configuration `values[].chart`, JSON stats). */
  readonly name: string;
  /** The chart's name in its Chart.yaml (Helm's `.Chart.Name`), when not `name`. */
  readonly chartName?: string;
  /** Whether a chart reference (`ingress-nginx`, `traefik/traefik`, `oci://…/gateway`) is this chart. */
  matches(chart: string, repository: string): boolean;
  /** The modelled version a requested one is read as, with a note when not exact; undefined: not modelled. */
  resolve(requested: Requested): { readonly version: ChartVersion; readonly note?: string } | undefined;
  /** The chart's values.yaml as far as the model reads it. */
  defaults(version: ChartVersion): Record<string, unknown>;
  /** The objects the chart renders that srcip-lint's rules read. */
  build(ctx: BuildContext): ObjectBuilder[];
}

/** `{{ … }}` forms `tpl` can evaluate here: `.Release.Name`, `.Release.Namespace`, `include/template "<helper>" .`. */
export function evaluateTpl(text: string, release: Release, helpers: Readonly<Record<string, string>>): string | undefined {
  if (!text.includes('{{')) return text;
  let failed = false;
  const out = text.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_m, expr: string) => {
    const e = expr.trim();
    if (e === '.Release.Name') return release.name;
    if (e === '.Release.Namespace') return release.namespace;
    const inc = /^(?:include|template)\s+"([^"]+)"\s+(?:\.|\$)$/.exec(e);
    if (inc && helpers[inc[1] as string] !== undefined) return helpers[inc[1] as string] as string;
    failed = true;
    return '';
  });
  return failed || out.includes('{{') ? undefined : out;
}

/** Helm's `trunc 63 | trimSuffix "-"`. */
export function dnsName(s: string): string {
  const t = s.slice(0, 63);
  return t.endsWith('-') ? t.slice(0, -1) : t;
}

/** Helm's usual fullname helper: fullnameOverride, or the release name when it contains the chart name, or `<release>-<name>`. */
export function fullname(values: MergedValues, chartName: string, release: string): string {
  const override = values.str('fullnameOverride');
  if (override) return dnsName(override);
  const name = values.str('nameOverride') || chartName;
  return dnsName(release.includes(name) ? release : `${release}-${name}`);
}

/**
 * A requested version read against the versions a model knows (sorted, newest last): exact
 * versions as they are (the model handles the deltas between versions), newer ones and
 * constraints as the newest known version they admit, with a note.
 */
export function resolveAgainst(
  requested: Requested,
  known: readonly ChartVersion[],
  accepts: (v: ChartVersion) => boolean,
  label: string,
): { version: ChartVersion; note?: string } | undefined {
  const newest = known[known.length - 1] as ChartVersion;
  const fmt = (v: ChartVersion): string => `${v.major}.${v.minor}.${v.patch}`;
  const newer = (v: string): string => `Chart ${label} ${v} is newer than any version srcip-lint models; it was read as ${fmt(newest)}.`;
  if (requested.kind === 'exact') {
    const v = requested.version;
    if (!accepts(v)) return undefined;
    return cmp(v, newest) > 0 ? { version: newest, note: newer(fmt(v)) } : { version: v };
  }
  if (requested.kind === 'range') {
    const { min, max } = requested;
    const within = known.filter((k) => (!min || cmp(k, min) >= 0) && (!max || cmp(k, max) < 0));
    const pick = within[within.length - 1];
    const range = `${min ? `>= ${fmt(min)}` : ''}${min && max ? ', ' : ''}${max ? `< ${fmt(max)}` : ''}`;
    if (pick) return { version: pick, note: `The chart version is a constraint (${range}) resolved at install time; it was read as ${label} ${fmt(pick)}.` };
    if (min && cmp(min, newest) > 0) return accepts(min) ? { version: newest, note: newer(`${fmt(min)} or later`) } : undefined;
    if (min && accepts(min)) return { version: min, note: `The chart version is a constraint (${range}); it was read as ${label} ${fmt(min)}.` };
    return undefined;
  }
  return { version: newest, note: `The chart version is not pinned to one version; it was read as ${label} ${fmt(newest)}.` };
}

function cmp(a: ChartVersion, b: ChartVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** A scalar written unquoted into a template: YAML reads its text again (`8080` → 8080, `true` → true). */
export function unquoted(text: string): unknown {
  if (text === '') return undefined;
  return resolvePlain(text);
}

/** Evaluates `tpl` over every string of a `toYaml` subtree (affinity, topology spread, labels). */
export function tplTree(v: unknown, tpl: (s: string) => string): unknown {
  if (typeof v === 'string') return tpl(v);
  if (Array.isArray(v)) return v.map((x) => tplTree(x, tpl));
  if (isMap(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tplTree(x, tpl)]));
  return v;
}

/** Labels as a template writes them from a values map (`toYaml`): non-strings printed with `%v`. */
export function stringMap(m: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(m)) if (val !== null && val !== undefined) out[k] = typeof val === 'string' ? val : goText(val, 'file');
  return out;
}
