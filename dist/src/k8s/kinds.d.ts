/** Kubernetes shape knowledge: kind groups and where each kind keeps its pod template. */
import type { Path } from '../engine/types.js';
export declare function isClusterScoped(kind: string): boolean;
/** Kinds whose pods a Service can select: everything with a pod template, and bare Pods. */
export declare const WORKLOAD_KINDS: readonly string[];
/** Workload kinds whose replica count is `spec.replicas` (and which an HPA can scale). */
export declare const SCALABLE_KINDS: ReadonlySet<string>;
export declare function isWorkloadKind(kind: string): boolean;
/** Path of the pod metadata+spec holder: the template, or `[]` for a Pod. */
export declare function podTemplatePath(kind: string): Path | undefined;
