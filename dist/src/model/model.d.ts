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
import { type Labels } from '../k8s/labels.js';
import { type ContainerRef } from '../k8s/pods.js';
import { type Backend } from './backends.js';
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
export declare class Model {
    readonly objects: readonly K8sObject[];
    readonly parsers: EmbeddedParsers;
    private readonly byKindMap;
    private readonly byKey;
    private labelIndex;
    private readonly selected;
    private selecting;
    private scalers;
    private readonly backendCache;
    constructor(objects: readonly K8sObject[], parsers?: EmbeddedParsers);
    ofKind(kind: string): readonly K8sObject[];
    /**
     * The object with this identity. With `near`, the copy nearest it; when several copies are
     * equally near (alternatives side by side), none: the reference is ambiguous.
     */
    get(kind: string, namespace: string, name: string, near?: K8sObject): K8sObject | undefined;
    /** Workloads (pod templates and Pods) in the Service's namespace whose pod labels match its selector. */
    selectedWorkloads(service: K8sObject): readonly K8sObject[];
    /** Services whose selector matches the workload's pods. */
    servicesSelecting(workload: K8sObject): readonly K8sObject[];
    /** Workloads in a namespace whose pod labels contain every pair of the selector. */
    matchSelector(namespace: string, selector: Labels): K8sObject[];
    private labels;
    /** HorizontalPodAutoscalers and KEDA ScaledObjects that scale this workload. */
    autoscalersOf(workload: K8sObject): readonly K8sObject[];
    /**
     * The most replicas a workload can run: an autoscaler's maximum (HPA `maxReplicas`, KEDA
     * `maxReplicaCount`, default 100), else `spec.replicas`, else the API default of 1.
     * Undefined for kinds without replicas (DaemonSet, Pod, Job).
     */
    replicas(workload: K8sObject): ReplicaInfo | undefined;
    /** Recognised backend software in a workload's containers. */
    backends(workload: K8sObject): readonly Backend[];
    /** Recognised backends behind a Service (through its selector). */
    backendsBehind(service: K8sObject): Backend[];
    /** Every recognised backend of a kind of software in the run. */
    backendsOf(software: Backend['software']): Backend[];
    /**
     * The content of a file a container reads from a ConfigMap volume, when that ConfigMap is in
     * view. Follows `volumeMounts` (with `subPath`) and `configMap`/`projected` volumes with `items`.
     */
    mountedFile(workload: K8sObject, container: ContainerRef, filePath: string): MountedFile | undefined;
}
/** How far apart two objects' files are: 0 in the same file, else the folder steps between them. */
export declare function fileDistance(a: K8sObject, b: K8sObject): number;
/** The candidates at the smallest file distance from `near` (all of them when they tie). */
export declare function nearestGroup(candidates: readonly K8sObject[], near: K8sObject): K8sObject[];
export declare function objectKey(kind: string, namespace: string, name: string): string;
