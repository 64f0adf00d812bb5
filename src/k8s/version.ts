/** Kubernetes versions: parsing `--kube-version` and comparing. */

import type { KubeVersion } from '../engine/types.js';

/** The newest Kubernetes minor whose behaviour the rules encode (DOMAIN.md). */
export const NEWEST_KNOWN: KubeVersion = { major: 1, minor: 35 };
/** The oldest minor the version-dependent messages cover. */
export const OLDEST_KNOWN: KubeVersion = { major: 1, minor: 7 };

/** Parses `1.29`, `v1.29` or `1.29.4`; undefined when it is not a Kubernetes 1.x version. */
export function parseKubeVersion(text: string): KubeVersion | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(text.trim());
  if (!m) return undefined;
  const v = { major: Number(m[1]), minor: Number(m[2]) };
  return v.major === 1 ? v : undefined;
}

export function atLeast(v: KubeVersion, minor: number): boolean {
  return v.major > 1 || v.minor >= minor;
}

export function formatKubeVersion(v: KubeVersion): string {
  return `${v.major}.${v.minor}`;
}
