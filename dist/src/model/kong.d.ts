/**
 * Kong Gateway configuration as a proxy container sees it (Kong/kong `kong.conf.default`, DOMAIN.md
 * §4–5): each property `x` comes from the environment variable `KONG_X` when set, else from the
 * configuration file (`kong start -c <file>`, default /etc/kong/kong.conf) when it is mounted from a
 * ConfigMap in view, else from Kong's default. Values from `valueFrom`, or possibly from an
 * `envFrom` source or a mounted file that is not in view, are unknown.
 */
import type { K8sObject, Path, Range } from '../engine/types.js';
import type { Backend } from './backends.js';
import type { Model, MountedFile } from './model.js';
/** Defaults of the properties read here (kong.conf.default, "NGINX" section). */
export declare const KONG_DEFAULTS: Readonly<Record<string, string>>;
export interface KongSetting {
    readonly key: string;
    readonly value: string | undefined;
    /** env: a literal `env` value; file: kong.conf; default: Kong's default; unknown: not in view. */
    readonly source: 'env' | 'file' | 'default' | 'unknown';
    /** How the user spells it where it is set (`KONG_PROXY_LISTEN`, `proxy_listen`). */
    readonly name: string;
    /** Where it is set; `within`: its line of kong.conf when the file is held in a ConfigMap key. */
    readonly location: {
        readonly object: K8sObject;
        readonly path: Path;
        readonly within?: Range;
    } | undefined;
}
export interface KongConfig {
    get(key: string): KongSetting;
    /** The kong.conf file read, if any. */
    readonly file: MountedFile | undefined;
}
export declare function kongConfig(model: Model, backend: Backend): KongConfig;
/**
 * `key = value` lines of kong.conf; `#` starts a comment unless escaped as `\#`. Scanned by hand,
 * not with regular expressions: the text comes from a ConfigMap, and patterns such as
 * `\s*=\s*(.*?)\s*$` backtrack polynomially on long runs of blanks.
 */
export declare function parseKongConf(text: string): Map<string, {
    value: string;
    line: number;
}>;
export interface KongListener {
    /** The entry as written (`0.0.0.0:8000 proxy_protocol`). */
    readonly text: string;
    readonly host: string;
    readonly port: number;
    readonly flags: readonly string[];
    readonly proxyProtocol: boolean;
    readonly ipv6: boolean;
}
/** Entries of a `*_listen` value: comma-separated `address:port flag...`; `off` for none. */
export declare function parseKongListen(value: string): KongListener[];
/** The entries of a trusted_ips value that trust everyone: 0.0.0.0/0, ::/0, any /0 (kong.conf.default). */
export declare function trustsEveryone(value: string): string[];
