/** Small helpers for building findings. */
import type { Finding, K8sObject, ObjectRef } from './types.js';
export declare function objectRef(o: K8sObject): ObjectRef;
/** A stable identity for a finding: a hash of its identifying parts, never of line numbers. */
export declare function fingerprint(parts: readonly string[]): string;
export declare function compareFindings(a: Finding, b: Finding): number;
