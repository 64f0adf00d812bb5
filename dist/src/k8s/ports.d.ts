/**
 * The API server's validation of Service and container ports, beyond the OpenAPI schema
 * (kubernetes pkg/apis/core/validation/validation.go at 000f2605: `ValidateService`,
 * `validateServicePort`, `ValidatePortNumOrName`, `validateContainerPorts`; apimachinery
 * pkg/util/validation: `IsValidPortNum`, `IsValidPortName`, `IsDNS1123Label`), and the node port
 * allocator (pkg/registry/core/service/portallocator: the default --service-node-port-range).
 * Values the schema already rejects (a quoted port, a number out of int32) are left to it.
 */
import type { K8sObject, Path } from '../engine/types.js';
export type PortProblem = 
/** A port number outside 1-65535 (0 included: `containerPort: 0` is "Required value"). */
{
    readonly kind: 'range';
    readonly path: Path;
    readonly value: number;
    readonly what: PortField;
}
/** A name that is not a valid port name: `rule` says which syntax, `reasons` what is wrong. */
 | {
    readonly kind: 'name';
    readonly path: Path;
    readonly value: string;
    readonly rule: 'dns-label' | 'iana';
    readonly reasons: readonly string[];
    readonly what: PortField;
}
/** A Service with several ports where this one has no name. */
 | {
    readonly kind: 'nameMissing';
    readonly path: Path;
}
/** A name, a port/protocol pair or a nodePort/protocol pair used twice; `first` is the earlier port's path. */
 | {
    readonly kind: 'duplicate';
    readonly path: Path;
    readonly first: Path;
    readonly what: 'name' | 'port' | 'nodePort';
    readonly value: string;
}
/** A nodePort on a ClusterIP Service. */
 | {
    readonly kind: 'nodePortForbidden';
    readonly path: Path;
    readonly value: number;
}
/** A nodePort outside the default node port range. */
 | {
    readonly kind: 'nodePortRange';
    readonly path: Path;
    readonly value: number;
};
export type PortField = 'port' | 'targetPort' | 'nodePort' | 'containerPort' | 'hostPort' | 'name';
/** The default `--service-node-port-range` of kube-apiserver. */
export declare const NODE_PORT_RANGE: {
    readonly min: 30000;
    readonly max: 32767;
};
/** The port problems of a Service, or of the containers of a Pod or workload. */
export declare function portProblems(obj: K8sObject): PortProblem[];
/** What `IsValidPortName` finds wrong with a name (IANA_SVC_NAME: RFC 6335, lower case only); empty when valid. */
export declare function portNameProblems(name: string): string[];
/** What `IsDNS1123Label` finds wrong with a Service port name; empty when valid. */
export declare function dnsLabelProblems(name: string): string[];
/**
 * A valid name near an invalid one: lower case (words of camelCase split by hyphens), other
 * characters as hyphens, at most `max` characters (a trailing "port" dropped first).
 */
export declare function suggestPortName(name: string, max: number): string;
