/** Kubernetes versions: parsing `--kube-version` and comparing. */
import type { KubeVersion } from '../engine/types.js';
/** The newest Kubernetes minor whose behaviour the rules encode (DOMAIN.md). */
export declare const NEWEST_KNOWN: KubeVersion;
/** The oldest minor the version-dependent messages cover. */
export declare const OLDEST_KNOWN: KubeVersion;
/** Parses `1.29`, `v1.29` or `1.29.4`; undefined when it is not a Kubernetes 1.x version. */
export declare function parseKubeVersion(text: string): KubeVersion | undefined;
export declare function atLeast(v: KubeVersion, minor: number): boolean;
export declare function formatKubeVersion(v: KubeVersion): string;
