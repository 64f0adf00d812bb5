/** Pod templates and containers of any workload kind. */

import type { K8sObject, Path } from '../engine/types.js';
import { podTemplatePath } from './kinds.js';
import { asArray, asRecord, dig, type Labels, labelsOf } from './labels.js';

export interface PodTemplate {
  /** Path of the template (`['spec', 'template']`), `[]` for a Pod. */
  readonly path: Path;
  readonly labels: Labels;
  readonly annotations: Readonly<Record<string, unknown>>;
  /** The pod spec (`{}` when missing). */
  readonly spec: Readonly<Record<string, unknown>>;
  readonly specPath: Path;
}

const templates = new WeakMap<K8sObject, PodTemplate | undefined>();

/** The pod template of a workload (computed once per object: many rules ask). */
export function podTemplate(obj: K8sObject): PodTemplate | undefined {
  if (templates.has(obj)) return templates.get(obj);
  const tpl = readPodTemplate(obj);
  templates.set(obj, tpl);
  return tpl;
}

function readPodTemplate(obj: K8sObject): PodTemplate | undefined {
  const path = podTemplatePath(obj.kind);
  if (!path) return undefined;
  const tpl = asRecord(dig(obj.raw, ...path)) ?? {};
  return {
    path,
    labels: labelsOf(tpl['metadata']),
    annotations: asRecord(dig(tpl, 'metadata', 'annotations')) ?? {},
    spec: asRecord(tpl['spec']) ?? {},
    specPath: [...path, 'spec'],
  };
}

export interface ContainerRef {
  readonly container: Readonly<Record<string, unknown>>;
  readonly path: Path;
  readonly name: string;
  readonly init: boolean;
}

/** Containers of a workload (init containers last), each with its path. */
export function containers(obj: K8sObject, includeInit = false): ContainerRef[] {
  const tpl = podTemplate(obj);
  if (!tpl) return [];
  const out: ContainerRef[] = [];
  const lists: [string, boolean][] = includeInit ? [['containers', false], ['initContainers', true]] : [['containers', false]];
  for (const [field, init] of lists) {
    asArray(tpl.spec[field]).forEach((c, i) => {
      const container = asRecord(c);
      if (!container) return;
      out.push({
        container,
        path: [...tpl.specPath, field, i],
        name: typeof container['name'] === 'string' ? container['name'] : '',
        init,
      });
    });
  }
  return out;
}

/** The container's command and args as strings (non-strings are skipped). */
export function commandLine(container: Readonly<Record<string, unknown>>): { command: string[]; args: string[] } {
  const strings = (v: unknown): string[] => asArray(v).filter((x): x is string => typeof x === 'string');
  return { command: strings(container['command']), args: strings(container['args']) };
}

export function imageOf(container: Readonly<Record<string, unknown>>): string {
  return typeof container['image'] === 'string' ? container['image'] : '';
}

/** Whether pods of this template take a host port or the host network (one per node by construction). */
export function usesHostNetworkOrPort(tpl: PodTemplate): boolean {
  if (tpl.spec['hostNetwork'] === true) return true;
  for (const c of asArray(tpl.spec['containers'])) {
    for (const p of asArray(asRecord(c)?.['ports'])) {
      const hostPort = asRecord(p)?.['hostPort'];
      if (typeof hostPort === 'number' && hostPort > 0) return true;
    }
  }
  return false;
}

/** `$(VAR)` references in a container's args, expanded as the kubelet does (literal env values and the pod's namespace). */
export function expandEnvRefs(arg: string, container: Readonly<Record<string, unknown>>, namespace: string): string {
  if (!arg.includes('$(')) return arg;
  const env = new Map<string, string>();
  for (const e of asArray(container['env'])) {
    const entry = asRecord(e);
    if (!entry || typeof entry['name'] !== 'string') continue;
    if (typeof entry['value'] === 'string') env.set(entry['name'], entry['value']);
    else if (dig(entry, 'valueFrom', 'fieldRef', 'fieldPath') === 'metadata.namespace') env.set(entry['name'], namespace);
  }
  return arg.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, name: string) => env.get(name) ?? m);
}

/** A container's command line (its command, then its args), `$(VAR)` references expanded. */
export function expandedArgv(container: Readonly<Record<string, unknown>>, namespace: string): string[] {
  const { command, args } = commandLine(container);
  return [...command, ...args].map((a) => expandEnvRefs(a, container, namespace));
}

/**
 * The value of a command-line flag (`--name=value` or `--name value`); the last occurrence wins.
 * `names` are tried case-sensitively; a bare `--name` gives ''.
 */
export function flagValue(argv: readonly string[], ...names: string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    for (const name of names) {
      if (a === `--${name}` || a === `-${name}`) {
        const next = argv[i + 1];
        found = next !== undefined && !next.startsWith('-') ? next : '';
      } else if (a.startsWith(`--${name}=`) || a.startsWith(`-${name}=`)) {
        found = a.slice(a.indexOf('=') + 1);
      }
    }
  }
  return found;
}

/** The container port a Service `targetPort` (number or port name) lands on, in a workload's pods. */
export function resolveTargetPort(workload: K8sObject, targetPort: number | string | undefined): number | undefined {
  if (typeof targetPort === 'number') return targetPort;
  if (targetPort === undefined) return undefined;
  if (/^\d+$/.test(targetPort)) return Number(targetPort);
  for (const { container } of containers(workload)) {
    for (const p of asArray(container['ports'])) {
      const port = asRecord(p);
      if (port?.['name'] === targetPort && typeof port['containerPort'] === 'number') return port['containerPort'];
    }
  }
  return undefined;
}
