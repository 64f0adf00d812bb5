/**
 * Client-IP consumers: the workloads behind a Service that act on the client address (log it,
 * allow-list and rate-limit by it, pass it on in X-Forwarded-For), and the Service ports that reach
 * their client-facing listeners. Shared by the rules that report where the client address is lost
 * (client-ip-lost-cluster-policy, client-ip-lost-tcp-proxy).
 */
import type { K8sObject, RelatedReport } from '../engine/types.js';
import type { ServicePort } from '../k8s/service.js';
import { type Backend } from './backends.js';
import type { Model } from './model.js';
export declare const REQUIRES_CLIENT_IP = "srcip-lint.io/requires-client-ip";
export interface Consumer {
    /** The workload whose pods take the traffic; absent for a Service annotated without a workload in view. */
    readonly workload: K8sObject | undefined;
    readonly backend: Backend | undefined;
    /** For messages: `ingress-nginx (Deployment "x")`. */
    readonly who: string;
    /** For the PROXY fix: `ingress-nginx`, `the backend`. */
    readonly target: string;
    readonly related: RelatedReport | undefined;
    /** For the message on the workload's side: `runs ingress-nginx`. */
    readonly runs: string;
}
/**
 * The client-IP consumers behind a Service: recognised software, workloads marked
 * `srcip-lint.io/requires-client-ip: "true"` (on the workload or its pod template), or, when the
 * Service itself is marked (`annotated`), every selected workload (a placeholder when none is in view).
 * A workload marked "false" is not one.
 */
export declare function findConsumers(model: Model, service: K8sObject, annotated: boolean): Consumer[];
/**
 * Whether a Service port reaches only a metrics, health, admin or webhook listener of the
 * consumer: by the Service port's name, the target container port's name, or the software's own
 * non-client ports.
 */
export declare function reachesAdminPort(model: Model, consumer: Consumer, port: ServicePort): boolean;
/** The `ports[]` entry of a container port in a workload's containers. */
export declare function containerPortEntry(workload: K8sObject, containerPort: number): Record<string, unknown> | undefined;
export declare function annotationsOf(raw: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>>;
/** `srcip-lint.io/requires-client-ip` read as a Go boolean; undefined when absent or not a boolean. */
export declare function requiresClientIp(annotations: Readonly<Record<string, unknown>>): boolean | undefined;
