/**
 * The object model of a run: indexes built once, so that cross-object rules stay O(n).
 *
 * - by kind, and by kind/namespace/name;
 * - pod-template labels → workloads, per namespace (Service selectors resolve through the
 *   smallest posting list of their pairs);
 * - scale targets → HorizontalPodAutoscalers and KEDA ScaledObjects;
 * - workloads → recognised backend software;
 * - files mounted from ConfigMaps.
 *
 * Partial views are normal: every lookup may come back empty, and callers stay silent then.
 *
 * A repository often holds several copies of one object (overlays, per-environment folders,
 * provider variants). Lookups resolve to the copies nearest the asking object: the same file,
 * then the closest folder. A Service selects the matching workloads at the nearest distance only.
 */

import type { K8sObject, Path, Range } from '../engine/types.js';
import { SCALABLE_KINDS, WORKLOAD_KINDS } from '../k8s/kinds.js';
import { asArray, asRecord, dig, type Labels, matchesMap } from '../k8s/labels.js';
import { type ContainerRef, podTemplate } from '../k8s/pods.js';
import { serviceSelector } from '../k8s/service.js';
import { type Backend, recognizeWorkload } from './backends.js';

export interface ReplicaInfo {
  /** The most replicas the workload can run. */
  readonly max: number;
  readonly source: 'replicas' | 'default' | 'autoscaler';
  /** The autoscaler (HPA or ScaledObject) that sets the maximum. */
  readonly autoscaler?: K8sObject;
}

/** Parsers the model needs for configuration files embedded in ConfigMaps (injected by the source layer). */
export interface EmbeddedParsers {
  /** Parses YAML text as Kubernetes tooling would; undefined when it is not valid YAML. */
  readonly yaml: (text: string) => unknown;
  /** Where paths lie in YAML text (lines and columns of the text), for findings inside it. */
  readonly yamlLocator?: (text: string) => (path: Path) => Range | undefined;
}

export interface MountedFile {
  readonly configMap: K8sObject;
  readonly key: string;
  readonly content: string;
}

const WORKLOAD_KIND_SET = new Set(WORKLOAD_KINDS);

export class Model {
  private readonly byKindMap = new Map<string, K8sObject[]>();
  private readonly byKey = new Map<string, K8sObject[]>();
  private labelIndex: Map<string, Map<string, K8sObject[]>> | undefined;
  private readonly selected = new Map<K8sObject, readonly K8sObject[]>();
  private selecting: Map<K8sObject, K8sObject[]> | undefined;
  private scalers: Map<K8sObject, K8sObject[]> | undefined;
  private readonly backendCache = new Map<K8sObject, readonly Backend[]>();

  constructor(
    readonly objects: readonly K8sObject[],
    readonly parsers: EmbeddedParsers = { yaml: () => undefined },
  ) {
    for (const o of objects) {
      let list = this.byKindMap.get(o.kind);
      if (!list) this.byKindMap.set(o.kind, (list = []));
      list.push(o);
      const key = objectKey(o.kind, o.namespace, o.name);
      const copies = this.byKey.get(key);
      if (copies) copies.push(o);
      else this.byKey.set(key, [o]);
    }
  }

  ofKind(kind: string): readonly K8sObject[] {
    return this.byKindMap.get(kind) ?? [];
  }

  /**
   * The object with this identity. With `near`, the copy nearest it; when several copies are
   * equally near (alternatives side by side), none: the reference is ambiguous.
   */
  get(kind: string, namespace: string, name: string, near?: K8sObject): K8sObject | undefined {
    const copies = this.byKey.get(objectKey(kind, namespace, name));
    if (!copies) return undefined;
    if (!near || copies.length === 1) return copies[0];
    const group = nearestGroup(copies, near);
    return group.length === 1 ? group[0] : undefined;
  }

  /** Workloads (pod templates and Pods) in the Service's namespace whose pod labels match its selector. */
  selectedWorkloads(service: K8sObject): readonly K8sObject[] {
    let out = this.selected.get(service);
    if (out) return out;
    out = nearestGroup(this.matchSelector(service.namespace, serviceSelector(service)), service);
    this.selected.set(service, out);
    return out;
  }

  /** Services whose selector matches the workload's pods. */
  servicesSelecting(workload: K8sObject): readonly K8sObject[] {
    if (!this.selecting) {
      this.selecting = new Map();
      for (const svc of this.ofKind('Service')) {
        if (svc.partial) continue;
        for (const w of this.selectedWorkloads(svc)) {
          let list = this.selecting.get(w);
          if (!list) this.selecting.set(w, (list = []));
          list.push(svc);
        }
      }
    }
    return this.selecting.get(workload) ?? [];
  }

  /** Workloads in a namespace whose pod labels contain every pair of the selector. */
  matchSelector(namespace: string, selector: Labels): K8sObject[] {
    const pairs = Object.entries(selector);
    if (pairs.length === 0) return [];
    const index = this.labels().get(namespace);
    if (!index) return [];
    let best: K8sObject[] | undefined;
    for (const [k, v] of pairs) {
      const list = index.get(`${k}=${v}`);
      if (!list) return [];
      if (!best || list.length < best.length) best = list;
    }
    return (best ?? []).filter((w) => {
      const tpl = podTemplate(w);
      return tpl !== undefined && matchesMap(selector, tpl.labels);
    });
  }

  private labels(): Map<string, Map<string, K8sObject[]>> {
    if (this.labelIndex) return this.labelIndex;
    const index = new Map<string, Map<string, K8sObject[]>>();
    for (const kind of WORKLOAD_KINDS) {
      for (const w of this.ofKind(kind)) {
        if (w.partial) continue;
        const tpl = podTemplate(w);
        if (!tpl) continue;
        let ns = index.get(w.namespace);
        if (!ns) index.set(w.namespace, (ns = new Map<string, K8sObject[]>()));
        for (const [k, v] of Object.entries(tpl.labels)) {
          const key = `${k}=${v}`;
          let list = ns.get(key);
          if (!list) ns.set(key, (list = []));
          list.push(w);
        }
      }
    }
    this.labelIndex = index;
    return index;
  }

  /** HorizontalPodAutoscalers and KEDA ScaledObjects that scale this workload. */
  autoscalersOf(workload: K8sObject): readonly K8sObject[] {
    if (!this.scalers) {
      this.scalers = new Map();
      const scalers = this.scalers;
      // Each autoscaler scales the copy of its target nearest to it.
      const add = (kind: string, name: string, scaler: K8sObject): void => {
        const target = this.get(kind, scaler.namespace, name, scaler);
        if (!target) return;
        const list = scalers.get(target);
        if (list) list.push(scaler);
        else scalers.set(target, [scaler]);
      };
      for (const hpa of this.ofKind('HorizontalPodAutoscaler')) {
        const ref = asRecord(dig(hpa.raw, 'spec', 'scaleTargetRef'));
        if (typeof ref?.['kind'] === 'string' && typeof ref['name'] === 'string') add(ref['kind'], ref['name'], hpa);
      }
      for (const so of this.ofKind('ScaledObject')) {
        const ref = asRecord(dig(so.raw, 'spec', 'scaleTargetRef'));
        if (typeof ref?.['name'] === 'string') add(typeof ref['kind'] === 'string' ? ref['kind'] : 'Deployment', ref['name'], so);
      }
    }
    return this.scalers.get(workload) ?? [];
  }

  /**
   * The most replicas a workload can run: an autoscaler's maximum (HPA `maxReplicas`, KEDA
   * `maxReplicaCount`, default 100), else `spec.replicas`, else the API default of 1.
   * Undefined for kinds without replicas (DaemonSet, Pod, Job).
   */
  replicas(workload: K8sObject): ReplicaInfo | undefined {
    if (!SCALABLE_KINDS.has(workload.kind)) return undefined;
    let best: ReplicaInfo | undefined;
    for (const scaler of this.autoscalersOf(workload)) {
      const max =
        scaler.kind === 'ScaledObject' ? (dig(scaler.raw, 'spec', 'maxReplicaCount') ?? 100) : dig(scaler.raw, 'spec', 'maxReplicas');
      if (typeof max === 'number' && (!best || max > best.max)) best = { max, source: 'autoscaler', autoscaler: scaler };
    }
    if (best) return best;
    const r = dig(workload.raw, 'spec', 'replicas');
    if (typeof r === 'number') return { max: r, source: 'replicas' };
    if (r === undefined || r === null) return { max: 1, source: 'default' };
    return undefined;
  }

  /** Recognised backend software in a workload's containers. */
  backends(workload: K8sObject): readonly Backend[] {
    let out = this.backendCache.get(workload);
    if (!out) {
      out = workload.partial || !WORKLOAD_KIND_SET.has(workload.kind) ? [] : recognizeWorkload(workload);
      this.backendCache.set(workload, out);
    }
    return out;
  }

  /** Recognised backends behind a Service (through its selector). */
  backendsBehind(service: K8sObject): Backend[] {
    return this.selectedWorkloads(service).flatMap((w) => this.backends(w));
  }

  /** Every recognised backend of a kind of software in the run. */
  backendsOf(software: Backend['software']): Backend[] {
    const out: Backend[] = [];
    for (const kind of WORKLOAD_KINDS) for (const w of this.ofKind(kind)) for (const b of this.backends(w)) if (b.software === software) out.push(b);
    return out;
  }

  /**
   * The content of a file a container reads from a ConfigMap volume, when that ConfigMap is in
   * view. Follows `volumeMounts` (with `subPath`) and `configMap`/`projected` volumes with `items`.
   */
  mountedFile(workload: K8sObject, container: ContainerRef, filePath: string): MountedFile | undefined {
    const tpl = podTemplate(workload);
    if (!tpl) return undefined;
    const volumes = new Map<string, Record<string, unknown>>();
    for (const v of asArray(tpl.spec['volumes'])) {
      const vol = asRecord(v);
      if (vol && typeof vol['name'] === 'string') volumes.set(vol['name'], vol);
    }
    for (const m of asArray(container.container['volumeMounts'])) {
      const mount = asRecord(m);
      const mountPath = mount?.['mountPath'];
      if (!mount || typeof mountPath !== 'string' || typeof mount['name'] !== 'string') continue;
      const vol = volumes.get(mount['name']);
      if (!vol) continue;
      const subPath = typeof mount['subPath'] === 'string' ? mount['subPath'] : '';
      let rel: string | undefined;
      if (subPath) {
        if (trimSlash(mountPath) === trimSlash(filePath)) rel = subPath;
      } else {
        const base = trimSlash(mountPath) + '/';
        if (filePath.startsWith(base)) rel = filePath.slice(base.length);
      }
      if (rel === undefined) continue;
      for (const source of configMapSources(vol)) {
        const key = source.items ? source.items.get(rel) : rel;
        if (key === undefined) continue;
        const cm = this.get('ConfigMap', workload.namespace, source.name, workload);
        const content = cm ? dig(cm.raw, 'data', key) : undefined;
        if (cm && typeof content === 'string') return { configMap: cm, key, content };
      }
    }
    return undefined;
  }
}

/** How far apart two objects' files are: 0 in the same file, else the folder steps between them. */
export function fileDistance(a: K8sObject, b: K8sObject): number {
  const fa = a.doc.file.path;
  const fb = b.doc.file.path;
  if (fa === fb) return 0;
  const da = fa.split('/').slice(0, -1);
  const db = fb.split('/').slice(0, -1);
  let common = 0;
  while (common < da.length && common < db.length && da[common] === db[common]) common++;
  return 1 + (da.length - common) + (db.length - common);
}

/** The candidates at the smallest file distance from `near` (all of them when they tie). */
export function nearestGroup(candidates: readonly K8sObject[], near: K8sObject): K8sObject[] {
  if (candidates.length <= 1) return [...candidates];
  const distances = candidates.map((c) => fileDistance(c, near));
  const min = Math.min(...distances);
  return candidates.filter((_, i) => distances[i] === min);
}

export function objectKey(kind: string, namespace: string, name: string): string {
  return `${kind}\u0000${namespace}\u0000${name}`;
}

function trimSlash(p: string): string {
  return p.endsWith('/') ? p.slice(0, -1) : p;
}

interface ConfigMapSource {
  name: string;
  /** path in the volume → key, when `items` restricts the projection. */
  items: Map<string, string> | undefined;
}

function configMapSources(volume: Record<string, unknown>): ConfigMapSource[] {
  const sources: Record<string, unknown>[] = [];
  const direct = asRecord(volume['configMap']);
  if (direct) sources.push(direct);
  for (const s of asArray(dig(volume, 'projected', 'sources'))) {
    const cm = asRecord(asRecord(s)?.['configMap']);
    if (cm) sources.push(cm);
  }
  return sources.flatMap((cm) => {
    if (typeof cm['name'] !== 'string') return [];
    const items = Array.isArray(cm['items']) ? new Map<string, string>() : undefined;
    for (const it of asArray(cm['items'])) {
      const item = asRecord(it);
      if (item && typeof item['key'] === 'string' && typeof item['path'] === 'string') items?.set(item['path'], item['key']);
    }
    return [{ name: cm['name'], items }];
  });
}
