/**
 * Traefik v2/v3 static configuration (DOMAIN.md §4–5): entry points, their PROXY protocol and
 * forwarded-header trust, from the first source Traefik itself uses. Traefik reads a
 * configuration file when `--configFile` names one or one exists at a default location
 * (/etc/traefik/traefik.{toml,yaml,yml}); then it ignores flags and environment entirely
 * (traefik/traefik pkg/cli/loader_file.go). Otherwise flags, and without flags the
 * environment. Flag and key names are case-insensitive (traefik/paerser lowercases them).
 */
import type { K8sObject, Path, Range } from '../engine/types.js';
import type { Backend } from './backends.js';
import type { Model, MountedFile } from './model.js';
export interface TrustSetting {
    readonly trustedIPs: readonly string[] | undefined;
    readonly insecure: boolean;
    /** Where it is set, for reports. */
    readonly location: Location;
    /** Where `trustedIPs` is set (the flag or variable itself; the file for a configuration file). */
    readonly trustedIPsLocation?: Location | undefined;
    /** Where `insecure` is set. */
    readonly insecureLocation?: Location | undefined;
}
export interface Location {
    readonly object: K8sObject;
    readonly path: Path;
    /** The setting's place inside the configuration file held at `path` (a ConfigMap key), when known. */
    readonly within?: Range;
}
export interface EntryPoint {
    /** Lowercased name. */
    readonly name: string;
    readonly address: string | undefined;
    readonly port: number | undefined;
    readonly udp: boolean;
    readonly proxyProtocol: TrustSetting | undefined;
    readonly forwardedHeaders: TrustSetting | undefined;
    readonly location: Location | undefined;
}
export interface TraefikStatic {
    /** Where the static configuration comes from; 'unknown' when a file is used that is not in view. */
    readonly source: 'file' | 'flags' | 'env' | 'default' | 'unknown';
    readonly entryPoints: ReadonlyMap<string, EntryPoint>;
    readonly file: MountedFile | undefined;
}
export declare function traefikStatic(model: Model, backend: Backend): TraefikStatic;
/** `:8000`, `0.0.0.0:8000/tcp`, `[::]:53/udp`. */
export declare function parseAddress(address: string | undefined): {
    port: number | undefined;
    udp: boolean;
};
/** The entry point listening on a container port. */
export declare function entryPointOnPort(config: TraefikStatic, port: number): EntryPoint | undefined;
/** Whether an entry point accepts PROXY headers (from trusted IPs, or from anyone with insecure). */
export declare function acceptsProxy(ep: EntryPoint): boolean;
