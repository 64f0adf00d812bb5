/**
 * Plain NGINX (and OpenResty) configuration mounted from ConfigMaps: a small reader for
 * nginx.conf syntax and the `listen` sockets it opens (DOMAIN.md §4; nginx.org ngx_http_core_module
 * and ngx_stream_core_module `listen`).
 *
 * The main file is the one named by `nginx -c <file>`, else the image default
 * (/etc/nginx/nginx.conf; OpenResty /usr/local/openresty/nginx/conf/nginx.conf). When that file is
 * not mounted, the official images' own main file is assumed (nginx, nginx-unprivileged,
 * openresty/openresty): it includes /etc/nginx/conf.d/*.conf in the `http` block. For other images
 * with a leaf name of nginx, only a mounted main file is read. `include` is followed (globs too) into files mounted from ConfigMaps in view;
 * files of the image itself (mime.types, fastcgi_params, the stock default.conf) are not known and
 * not counted. A file under a mount whose content is not in view makes the view incomplete.
 */
import type { Path, Range } from '../engine/types.js';
import { type Backend } from './backends.js';
import type { Model, MountedFile } from './model.js';
export interface NginxDirective {
    readonly name: string;
    readonly args: readonly string[];
    /** 1-based line of the directive name. */
    readonly line: number;
    /** Children of a `{ }` block; undefined for simple directives and `*_by_lua_block` bodies. */
    readonly block: readonly NginxDirective[] | undefined;
}
export interface ParsedNginxConf {
    readonly directives: readonly NginxDirective[];
    /** A syntax error nginx would refuse to start with (unbalanced braces, missing `;`). */
    readonly error: string | undefined;
}
/** Parses nginx.conf text: directives, `{ }` blocks, quotes, escapes, `#` comments, Lua blocks. */
export declare function parseNginxConf(text: string): ParsedNginxConf;
export interface ListenAddress {
    /** Host part as written (`0.0.0.0`, `[::]`, `localhost`), undefined for `listen 80`. */
    readonly host: string | undefined;
    readonly port: number | undefined;
    readonly ipv6: boolean;
    readonly unix: boolean;
}
/** The address of a `listen` directive: `80`, `*:80`, `127.0.0.1`, `[::]:443`, `unix:/path`. */
export declare function parseListenAddress(arg: string): ListenAddress;
export interface NginxListen {
    readonly context: 'http' | 'stream';
    readonly address: ListenAddress;
    readonly port: number;
    readonly proxyProtocol: boolean;
    readonly udp: boolean;
    /** `ipv6only=off` on an IPv6 wildcard: the socket takes IPv4 connections too. */
    readonly dualStack: boolean;
    /** The directive as written (`listen 80 proxy_protocol`), or the implicit default of a server without one. */
    readonly text: string;
    readonly implicit: boolean;
    readonly file: ConfFile;
    readonly line: number;
}
export interface ConfFile {
    /** The path the container reads it at. */
    readonly path: string;
    readonly mounted: MountedFile;
}
export interface NginxConfig {
    /**
     * - read: configuration files were read from ConfigMaps in view;
     * - unknown: the main file (or the whole configuration) comes from a volume not in view, or a
     *   file does not parse;
     * - none: nothing is mounted where nginx reads its configuration (the image's own files).
     */
    readonly state: 'read' | 'unknown' | 'none';
    readonly listens: readonly NginxListen[];
    /** Some included file lives on a mount whose content is not in view. */
    readonly incomplete: boolean;
    readonly mainPath: string;
    readonly problems: readonly string[];
    /** The main file is mounted from a volume whose content is not in view. */
    readonly mainNotInView?: boolean;
}
/** What an NGINX container listens on, from the configuration files mounted into it. */
export declare function nginxConfig(model: Model, backend: Backend): NginxConfig;
/**
 * The arguments a program gets: what follows the program's name in `command` + `args`, or in a
 * `sh -c "<script>"` (split on blanks, quotes dropped); `args` alone when they are options for the
 * image's own entrypoint.
 */
export declare function programArgs(container: Readonly<Record<string, unknown>>, programs: readonly string[]): string[];
/** The sockets on a container port that take the IPv4 connections a Service sends to a pod. */
export declare function listensOnPort(config: NginxConfig, port: number): NginxListen[];
/** Where a listen directive is, for reports: its ConfigMap key, and its line there (not for a server without one). */
export declare function listenLocation(l: NginxListen): {
    object: MountedFile['configMap'];
    path: Path;
    within?: Range;
};
