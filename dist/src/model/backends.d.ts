/**
 * Which software runs behind a Service: ingress controllers, gateways and proxies recognised by
 * image, and by command line or environment when the image name says nothing (DOMAIN.md §4).
 * Recognition is per container; the rules ask what a recognised backend is configured to do.
 */
import type { K8sObject } from '../engine/types.js';
import { type ContainerRef } from '../k8s/pods.js';
export type BackendSoftware = 'ingress-nginx' | 'nginx-inc-ingress' | 'traefik' | 'haproxy-ingress' | 'haproxy-ingress-jcmoraisjr' | 'contour-envoy' | 'envoy' | 'istio-gateway' | 'kong' | 'emissary' | 'nginx';
export declare const SOFTWARE_NAMES: Readonly<Record<BackendSoftware, string>>;
export interface Backend {
    readonly software: BackendSoftware;
    readonly workload: K8sObject;
    readonly container: ContainerRef;
}
/** The backend container's command line, `$(VAR)` references expanded. */
export declare function backendArgs(backend: Backend): string[];
/** The repository part of an image reference, lowercased, without registry host, tag or digest. */
export declare function imageRepository(image: string): string;
export declare function recognizeContainer(ref: ContainerRef, siblings: readonly ContainerRef[]): BackendSoftware | undefined;
/** Every recognised backend container of a workload. */
export declare function recognizeWorkload(workload: K8sObject): Backend[];
