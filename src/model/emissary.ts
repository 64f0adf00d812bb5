/**
 * Emissary-ingress / Ambassador (emissary-ingress/emissary; DOMAIN.md §4). Since 2.0 every port
 * Emissary listens on is a `Listener` (getambassador.io/v3alpha1): `spec.port` is the port Envoy
 * binds, and `spec.protocol` (HTTP, HTTPS, HTTPPROXY, HTTPSPROXY, TCP, TLS, UDP) or
 * `spec.protocolStack` (HTTP, PROXY, TLS, TCP, UDP) says what it speaks
 * (pkg/api/getambassador.io/v3alpha1/listener_types.go). A PROXY element becomes Envoy's
 * proxy_protocol listener filter, which requires the header (python/ambassador/envoy/v3/v3listener.py).
 * The Ambassador Module's PROXY setting is no longer supported since 2.0 (docs/releaseNotes.yml,
 * 2.0.0-ea "PROXY protocol configuration has been moved to AmbassadorListener").
 *
 * An instance reads the resources whose `ambassador_id` (default `["default"]`) contains its
 * `AMBASSADOR_ID` (default `default`), in every namespace unless `AMBASSADOR_SINGLE_NAMESPACE` is
 * set (then only `AMBASSADOR_NAMESPACE`), and only those matching `AMBASSADOR_LABEL_SELECTOR`.
 */

import type { K8sObject } from '../engine/types.js';
import { asArray, asRecord, dig, labelsOf } from '../k8s/labels.js';
import { type ContainerRef, imageOf } from '../k8s/pods.js';
import type { Backend } from './backends.js';
import type { Model } from './model.js';

/** Kinds the Emissary reader looks into. */
export const EMISSARY_CONFIG_KINDS: readonly string[] = ['Listener'];

/** The protocol stacks of the `spec.protocol` shorthands (listener_types.go comments). */
export const PROTOCOL_STACKS: Readonly<Record<string, readonly string[]>> = {
  HTTP: ['HTTP', 'TCP'],
  HTTPS: ['TLS', 'HTTP', 'TCP'],
  HTTPPROXY: ['PROXY', 'HTTP', 'TCP'],
  HTTPSPROXY: ['TLS', 'PROXY', 'HTTP', 'TCP'],
  TCP: ['TCP'],
  TLS: ['TLS', 'TCP'],
  UDP: ['UDP'],
};

export interface EmissaryListener {
  readonly object: K8sObject;
  readonly port: number;
  /** The protocol stack; undefined when it cannot be read (both or neither field, unknown value). */
  readonly stack: readonly string[] | undefined;
  /** How it is written, for messages: `protocol HTTPPROXY`, `protocolStack [PROXY, HTTP, TCP]`. */
  readonly written: string;
  /** `protocol` or `protocolStack`, the field to change. */
  readonly field: 'protocol' | 'protocolStack';
}

export type EmissaryListeners = { readonly state: 'known'; readonly listeners: readonly EmissaryListener[] } | { readonly state: 'unknown' };

interface EnvRead {
  readonly value: string | undefined;
  /** Set, but not to a literal we can read. */
  readonly opaque: boolean;
}

function env(ref: ContainerRef, namespace: string, name: string): EnvRead {
  for (const e of asArray(ref.container['env'])) {
    const entry = asRecord(e);
    if (entry?.['name'] !== name) continue;
    if (typeof entry['value'] === 'string') return { value: entry['value'], opaque: false };
    if (dig(entry, 'valueFrom', 'fieldRef', 'fieldPath') === 'metadata.namespace') return { value: namespace, opaque: false };
    return { value: undefined, opaque: entry['valueFrom'] !== undefined };
  }
  return { value: undefined, opaque: asArray(ref.container['envFrom']).length > 0 };
}

/** The major version in the image tag (`emissary:3.9.1` → 3), if there is one. */
export function imageMajor(image: string): number | undefined {
  const ref = image.split('@')[0] as string;
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon <= slash) return undefined;
  const m = /^v?(\d+)\./.exec(ref.slice(colon + 1));
  return m ? Number(m[1]) : undefined;
}

function idsOf(listener: K8sObject): string[] {
  const raw = dig(listener.raw, 'spec', 'ambassador_id');
  if (raw === undefined || raw === null) return ['default'];
  if (typeof raw === 'string') return [raw];
  return asArray(raw).filter((x): x is string => typeof x === 'string');
}

function parseSelector(text: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([^=!]+)==?(.*)$/.exec(part);
    if (!m) return undefined;
    out[(m[1] as string).trim()] = (m[2] as string).trim();
  }
  return out;
}

function readListener(object: K8sObject): EmissaryListener | undefined {
  const spec = asRecord(object.raw['spec']) ?? {};
  const port = spec['port'];
  if (typeof port !== 'number') return undefined;
  const protocol = spec['protocol'];
  const stack = spec['protocolStack'];
  const hasStack = Array.isArray(stack) && stack.length > 0;
  if (typeof protocol === 'string' && protocol !== '' && !hasStack) {
    return { object, port, stack: PROTOCOL_STACKS[protocol], written: `protocol ${protocol}`, field: 'protocol' };
  }
  if (hasStack && (protocol === undefined || protocol === '')) {
    const elems = stack.filter((x): x is string => typeof x === 'string');
    return { object, port, stack: elems.length === stack.length ? elems : undefined, written: `protocolStack [${elems.join(', ')}]`, field: 'protocolStack' };
  }
  // "Exactly one of protocol or protocolStack must be supplied."
  return { object, port, stack: undefined, written: 'no single protocol', field: 'protocol' };
}

/**
 * The Listeners an Emissary instance reads. Unknown for 1.x images (no Listener resource then),
 * an AMBASSADOR_ID or selector we cannot read, or a Listener read only in part.
 */
export function emissaryListeners(model: Model, backend: Backend): EmissaryListeners {
  const { container } = backend.container;
  const major = imageMajor(imageOf(container));
  if (major !== undefined && major < 2) return { state: 'unknown' };
  const ns = backend.workload.namespace;
  const id = env(backend.container, ns, 'AMBASSADOR_ID');
  if (id.opaque) return { state: 'unknown' };
  const myId = id.value || 'default';
  const single = env(backend.container, ns, 'AMBASSADOR_SINGLE_NAMESPACE');
  if (single.opaque) return { state: 'unknown' };
  const onlyNs = single.value ? (env(backend.container, ns, 'AMBASSADOR_NAMESPACE').value ?? 'default') : undefined;
  const sel = env(backend.container, ns, 'AMBASSADOR_LABEL_SELECTOR');
  if (sel.opaque) return { state: 'unknown' };
  const selector = sel.value ? parseSelector(sel.value) : {};
  if (!selector) return { state: 'unknown' };

  const listeners: EmissaryListener[] = [];
  for (const l of model.ofKind('Listener')) {
    if (!/^(x\.)?getambassador\.io\//.test(l.apiVersion)) continue;
    if (onlyNs !== undefined && l.namespace !== onlyNs) continue;
    const labels = labelsOf(l.raw['metadata']);
    if (!Object.entries(selector).every(([k, v]) => labels[k] === v)) continue;
    if (l.partial) return { state: 'unknown' };
    if (!idsOf(l).includes(myId)) continue;
    const resolved = model.get('Listener', l.namespace, l.name, backend.workload);
    if (resolved !== l) {
      if (!resolved) return { state: 'unknown' };
      continue;
    }
    const read = readListener(l);
    if (read) listeners.push(read);
  }
  return { state: 'known', listeners };
}
