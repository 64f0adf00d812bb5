/**
 * Facts about the ingress-nginx controllers that read a ConfigMap: which version they run (from the
 * image tag, or the version label the official manifests and the Helm chart put on the ConfigMap),
 * and what it therefore still reads.
 */
import type { K8sObject } from '../engine/types.js';
import type { Model } from './model.js';
export interface ControllerVersion {
    readonly major: number;
    readonly minor: number;
}
/** `v1.12.1`, `1.12.1-debian-12-r0`, `v1.13` → { 1, 12 }; undefined for `latest`, digests and the like. */
export declare function parseControllerVersion(text: string): ControllerVersion | undefined;
/** The version in an image tag (`registry.k8s.io/ingress-nginx/controller:v1.12.1@sha256:…` → 1.12). */
export declare function imageVersion(image: string): ControllerVersion | undefined;
export declare function versionAtLeast(v: ControllerVersion, major: number, minor: number): boolean;
export declare function formatControllerVersion(v: ControllerVersion): string;
/**
 * The versions of the controllers that read this ConfigMap: from the image tags of the controllers
 * in view that name it with `--configmap`, else from the ConfigMap's `app.kubernetes.io/version`
 * label (set by the official manifests and the Helm chart, DOMAIN.md §2.4). Undefined when any
 * reader's version is unknown: callers then assume a current controller.
 */
export declare function readerVersions(model: Model, cm: K8sObject): readonly ControllerVersion[] | undefined;
