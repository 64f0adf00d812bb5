/** Pod templates and containers of any workload kind. */
import type { K8sObject, Path } from '../engine/types.js';
import { type Labels } from './labels.js';
export interface PodTemplate {
    /** Path of the template (`['spec', 'template']`), `[]` for a Pod. */
    readonly path: Path;
    readonly labels: Labels;
    readonly annotations: Readonly<Record<string, unknown>>;
    /** The pod spec (`{}` when missing). */
    readonly spec: Readonly<Record<string, unknown>>;
    readonly specPath: Path;
}
/** The pod template of a workload (computed once per object: many rules ask). */
export declare function podTemplate(obj: K8sObject): PodTemplate | undefined;
export interface ContainerRef {
    readonly container: Readonly<Record<string, unknown>>;
    readonly path: Path;
    readonly name: string;
    readonly init: boolean;
}
/** Containers of a workload (init containers last), each with its path. */
export declare function containers(obj: K8sObject, includeInit?: boolean): ContainerRef[];
/** The container's command and args as strings (non-strings are skipped). */
export declare function commandLine(container: Readonly<Record<string, unknown>>): {
    command: string[];
    args: string[];
};
export declare function imageOf(container: Readonly<Record<string, unknown>>): string;
/** Whether pods of this template take a host port or the host network (one per node by construction). */
export declare function usesHostNetworkOrPort(tpl: PodTemplate): boolean;
/** `$(VAR)` references in a container's args, expanded as the kubelet does (literal env values and the pod's namespace). */
export declare function expandEnvRefs(arg: string, container: Readonly<Record<string, unknown>>, namespace: string): string;
/** A container's command line (its command, then its args), `$(VAR)` references expanded. */
export declare function expandedArgv(container: Readonly<Record<string, unknown>>, namespace: string): string[];
/**
 * The value of a command-line flag (`--name=value` or `--name value`); the last occurrence wins.
 * `names` are tried case-sensitively; a bare `--name` gives ''.
 */
export declare function flagValue(argv: readonly string[], ...names: string[]): string | undefined;
/** The container port a Service `targetPort` (number or port name) lands on, in a workload's pods. */
export declare function resolveTargetPort(workload: K8sObject, targetPort: number | string | undefined): number | undefined;
