/** Workloads that do not run a pod on every node, as the node-local traffic-policy rules describe them. */
import type { K8sObject, RelatedReport } from '../engine/types.js';
import type { Model } from './model.js';
/** A related location on a workload that is not a DaemonSet. */
export declare function notDaemonSet(workload: K8sObject): RelatedReport;
/** `Deployment "web" (3 replicas)`, `Deployment "a" (1 replica) and Pod "b"`. */
export declare function describeWorkloads(workloads: readonly K8sObject[], model: Model): string;
export declare function byKindAndName(a: K8sObject, b: K8sObject): number;
