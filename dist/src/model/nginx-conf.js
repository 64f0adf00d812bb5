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
import { asArray, asRecord, dig } from '../k8s/labels.js';
import { commandLine, imageOf, podTemplate } from '../k8s/pods.js';
import { imageRepository } from './backends.js';
import { lineRange, wildcardMatch } from '../util/strings.js';
/** Parses nginx.conf text: directives, `{ }` blocks, quotes, escapes, `#` comments, Lua blocks. */
export function parseNginxConf(text) {
    const lexer = new Lexer(text);
    const state = { error: undefined };
    const directives = parseBlock(lexer, state, 0);
    if (!state.error && lexer.peek() !== undefined)
        state.error = `unexpected "}" on line ${lexer.peek()?.line ?? 0}`;
    return { directives, error: state.error };
}
function parseBlock(lexer, state, depth) {
    const out = [];
    for (;;) {
        const first = lexer.next();
        if (!first) {
            if (depth > 0)
                state.error ??= 'unexpected end of file, expecting "}"';
            return out;
        }
        if (first.special) {
            if (first.text === '}') {
                if (depth === 0)
                    state.error ??= `unexpected "}" on line ${first.line}`;
                return out;
            }
            if (first.text === ';')
                continue; // an empty statement
            state.error ??= `unexpected "{" on line ${first.line}`;
            return out;
        }
        const args = [];
        for (;;) {
            const t = lexer.next();
            if (!t) {
                state.error ??= `unexpected end of file, expecting ";" or "}" after "${first.text}"`;
                out.push({ name: first.text, args, line: first.line, block: undefined });
                return out;
            }
            if (!t.special) {
                args.push(t.text);
                continue;
            }
            if (t.text === ';') {
                out.push({ name: first.text, args, line: first.line, block: undefined });
            }
            else if (t.text === '{') {
                if (first.text.endsWith('_by_lua_block')) {
                    if (!lexer.skipLua())
                        state.error ??= `unterminated Lua block "${first.text}"`;
                    out.push({ name: first.text, args, line: first.line, block: undefined });
                }
                else {
                    out.push({ name: first.text, args, line: first.line, block: depth > 32 ? [] : parseBlock(lexer, state, depth + 1) });
                }
            }
            else {
                state.error ??= `unexpected "}" on line ${t.line}`;
                return out;
            }
            break;
        }
        if (state.error)
            return out;
    }
}
class Lexer {
    s;
    i = 0;
    line = 1;
    peeked;
    constructor(s) {
        this.s = s;
    }
    peek() {
        this.peeked ??= this.read();
        return this.peeked;
    }
    next() {
        const t = this.peek();
        this.peeked = undefined;
        return t;
    }
    read() {
        const s = this.s;
        for (;;) {
            while (this.i < s.length && /\s/.test(s[this.i])) {
                if (s[this.i] === '\n')
                    this.line++;
                this.i++;
            }
            if (this.i >= s.length)
                return undefined;
            if (s[this.i] !== '#')
                break;
            while (this.i < s.length && s[this.i] !== '\n')
                this.i++;
        }
        const line = this.line;
        const c = s[this.i];
        if (c === '{' || c === '}' || c === ';') {
            this.i++;
            return { text: c, line, special: true };
        }
        if (c === '"' || c === "'") {
            this.i++;
            let text = '';
            while (this.i < s.length && s[this.i] !== c) {
                const ch = s[this.i];
                if (ch === '\\' && this.i + 1 < s.length) {
                    const nx = s[this.i + 1];
                    text += nx === c || nx === '\\' ? nx : nx === 'n' ? '\n' : nx === 't' ? '\t' : nx === 'r' ? '\r' : `\\${nx}`;
                    this.i += 2;
                    continue;
                }
                if (ch === '\n')
                    this.line++;
                text += ch;
                this.i++;
            }
            this.i++; // closing quote
            return { text, line, special: false };
        }
        let text = '';
        while (this.i < s.length) {
            const ch = s[this.i];
            if (/\s/.test(ch) || ch === ';' || ch === '}')
                break;
            if (ch === '{') {
                // `${var}` is part of a word; any other `{` opens a block.
                if (!text.endsWith('$'))
                    break;
                const close = s.indexOf('}', this.i);
                if (close < 0)
                    break;
                text += s.slice(this.i, close + 1);
                this.i = close + 1;
                continue;
            }
            if (ch === '\\' && this.i + 1 < s.length) {
                text += s[this.i + 1];
                this.i += 2;
                continue;
            }
            text += ch;
            this.i++;
        }
        return { text, line, special: false };
    }
    /** Skips a Lua body after its `{` up to the matching `}` (strings, long brackets and comments aware). */
    skipLua() {
        const s = this.s;
        let depth = 1;
        while (this.i < s.length) {
            const ch = s[this.i];
            if (ch === '\n')
                this.line++;
            if (ch === '-' && s[this.i + 1] === '-') {
                const long = /^--\[(=*)\[/.exec(s.slice(this.i, this.i + 64));
                if (long)
                    this.skipUntil(`]${long[1] ?? ''}]`, this.i + long[0].length);
                else
                    while (this.i < s.length && s[this.i] !== '\n')
                        this.i++;
                continue;
            }
            if (ch === '[') {
                const long = /^\[(=*)\[/.exec(s.slice(this.i, this.i + 64));
                if (long) {
                    this.skipUntil(`]${long[1] ?? ''}]`, this.i + long[0].length);
                    continue;
                }
            }
            if (ch === '"' || ch === "'") {
                this.i++;
                while (this.i < s.length && s[this.i] !== ch && s[this.i] !== '\n')
                    this.i += s[this.i] === '\\' ? 2 : 1;
                this.i++;
                continue;
            }
            if (ch === '{')
                depth++;
            if (ch === '}' && --depth === 0) {
                this.i++;
                return true;
            }
            this.i++;
        }
        return false;
    }
    skipUntil(end, from) {
        const at = this.s.indexOf(end, from);
        const stop = at < 0 ? this.s.length : at + end.length;
        for (let k = this.i; k < stop; k++)
            if (this.s[k] === '\n')
                this.line++;
        this.i = stop;
    }
}
/** The address of a `listen` directive: `80`, `*:80`, `127.0.0.1`, `[::]:443`, `unix:/path`. */
export function parseListenAddress(arg) {
    if (arg.startsWith('unix:'))
        return { host: undefined, port: undefined, ipv6: false, unix: true };
    if (/^\d+$/.test(arg))
        return { host: undefined, port: Number(arg), ipv6: false, unix: false };
    const v6 = /^(\[[^\]]*\])(?::(\d+))?$/.exec(arg);
    if (v6)
        return { host: v6[1], port: v6[2] ? Number(v6[2]) : 80, ipv6: true, unix: false };
    const m = /^(.*?)(?::(\d+))?$/.exec(arg);
    return { host: m?.[1] || undefined, port: m?.[2] ? Number(m[2]) : 80, ipv6: false, unix: false };
}
const NGINX_MAIN = '/etc/nginx/nginx.conf';
const OPENRESTY_MAIN = '/usr/local/openresty/nginx/conf/nginx.conf';
const CONF_D = '/etc/nginx/conf.d';
/** Images whose own main file includes /etc/nginx/conf.d/*.conf in `http` (docker-nginx, docker-openresty). */
const STOCK_IMAGES = new Set(['nginx', 'library/nginx', 'nginx/nginx', 'nginxinc/nginx-unprivileged', 'nginx/nginx-unprivileged', 'openresty/openresty']);
const cache = new WeakMap();
/** What an NGINX container listens on, from the configuration files mounted into it. */
export function nginxConfig(model, backend) {
    let perModel = cache.get(model);
    if (!perModel)
        cache.set(model, (perModel = new Map()));
    let out = perModel.get(backend.container);
    if (!out)
        perModel.set(backend.container, (out = readConfig(model, backend)));
    return out;
}
function readConfig(model, backend) {
    const mounts = new Mounts(model, backend);
    const explicitMain = mainConfigArg(backend);
    const repo = imageRepository(imageOf(backend.container.container));
    const mainPath = explicitMain ?? (repo.endsWith('openresty') ? OPENRESTY_MAIN : NGINX_MAIN);
    const nonRoot = repo.endsWith('nginx-unprivileged');
    const reader = new ConfigReader(mounts, nonRoot, dirname(normalize(mainPath)));
    const main = mounts.file(mainPath);
    if (main.kind === 'unknown')
        return { state: 'unknown', listens: [], incomplete: true, mainPath, problems: [], mainNotInView: true };
    if (main.kind === 'file') {
        reader.readFile(main.file, 'main');
    }
    else if (explicitMain || !STOCK_IMAGES.has(repo)) {
        // `-c` names a file of the image, or the image's own main file is not one we know.
        return { state: explicitMain ? 'unknown' : 'none', listens: [], incomplete: true, mainPath, problems: [] };
    }
    else {
        // The image's own nginx.conf: `http { include /etc/nginx/conf.d/*.conf; }`.
        reader.include(`${CONF_D}/*.conf`, 'http');
        if (mounts.covered('/etc/nginx/templates') !== 'none')
            reader.incomplete = true;
    }
    if (reader.syntaxError)
        return { state: 'unknown', listens: [], incomplete: true, mainPath, problems: reader.problems };
    const state = reader.filesRead === 0 ? 'none' : 'read';
    return { state, listens: reader.listens, incomplete: reader.incomplete, mainPath, problems: reader.problems };
}
/** `nginx -c <file>` / `-c<file>` in the container's command line (a relative path is under /etc/nginx). */
function mainConfigArg(backend) {
    const argv = programArgs(backend.container.container, ['nginx', 'openresty']);
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const value = a === '-c' ? argv[i + 1] : a.startsWith('-c') && a.length > 2 ? a.slice(2) : undefined;
        if (value !== undefined)
            return value.startsWith('/') ? value : `/etc/nginx/${value}`;
    }
    return undefined;
}
/**
 * The arguments a program gets: what follows the program's name in `command` + `args`, or in a
 * `sh -c "<script>"` (split on blanks, quotes dropped); `args` alone when they are options for the
 * image's own entrypoint.
 */
export function programArgs(container, programs) {
    const { command, args } = commandLine(container);
    let argv = [...command, ...args];
    const shell = argv.findIndex((a, i) => /(^|\/)(ba|da|a)?sh$/.test(a) && argv[i + 1] === '-c');
    if (shell >= 0)
        argv = (argv[shell + 2] ?? '').split(/[\s;&|]+/).map((t) => t.replace(/^["']|["']$/g, ''));
    const start = argv.findIndex((a) => programs.includes(a.slice(a.lastIndexOf('/') + 1)));
    if (start >= 0)
        return argv.slice(start + 1);
    return command.length === 0 && args[0]?.startsWith('-') ? args : [];
}
class ConfigReader {
    mounts;
    nonRoot;
    prefix;
    listens = [];
    problems = [];
    incomplete = false;
    syntaxError = false;
    filesRead = 0;
    seen = new Set();
    constructor(mounts, nonRoot, 
    /** Relative paths are relative to the configuration prefix: the main file's directory. */
    prefix) {
        this.mounts = mounts;
        this.nonRoot = nonRoot;
        this.prefix = prefix;
    }
    readFile(file, context) {
        if (this.seen.has(file.path) || this.seen.size > 200)
            return;
        this.seen.add(file.path);
        this.filesRead++;
        const parsed = parseNginxConf(file.mounted.content);
        if (parsed.error) {
            this.syntaxError = true;
            this.problems.push(`${file.path}: ${parsed.error}`);
            return;
        }
        this.walk(parsed.directives, file, context);
    }
    /** Follows `include <pattern>` (relative to the configuration prefix). */
    include(pattern, context) {
        const path = pattern.startsWith('/') ? pattern : `${this.prefix}/${pattern}`;
        if (/[*?[]/.test(path)) {
            const { files, unknown } = this.mounts.glob(path);
            if (unknown)
                this.incomplete = true;
            for (const f of files)
                this.readFile(f, context);
            return;
        }
        const found = this.mounts.file(path);
        if (found.kind === 'file')
            this.readFile(found.file, context);
        else if (found.kind === 'unknown')
            this.incomplete = true;
    }
    walk(directives, file, context) {
        for (const d of directives) {
            if (d.name === 'include' && d.args[0] !== undefined) {
                this.include(d.args[0], context);
                continue;
            }
            if (!d.block) {
                if (d.name === 'listen' && (context === 'server-http' || context === 'server-stream'))
                    this.listen(d, file, context);
                continue;
            }
            let inner = 'other';
            if (context === 'main' && (d.name === 'http' || d.name === 'stream'))
                inner = d.name;
            else if ((context === 'http' || context === 'stream') && d.name === 'server')
                inner = context === 'http' ? 'server-http' : 'server-stream';
            if (inner === 'server-http' && !hasListen(d.block, this.mounts, this.prefix)) {
                const port = this.nonRoot ? 8000 : 80;
                this.listens.push({
                    context: 'http',
                    address: { host: '*', port, ipv6: false, unix: false },
                    port,
                    proxyProtocol: false,
                    udp: false,
                    dualStack: false,
                    text: `listen *:${port} (default of a server without listen)`,
                    implicit: true,
                    file,
                    line: d.line,
                });
            }
            if (inner !== 'other')
                this.walk(d.block, file, inner);
        }
    }
    listen(d, file, context) {
        const [addr, ...params] = d.args;
        if (addr === undefined)
            return;
        const address = parseListenAddress(addr);
        if (address.unix || address.port === undefined)
            return;
        const ipv6only = params.find((p) => p.startsWith('ipv6only='));
        this.listens.push({
            context: context === 'server-http' ? 'http' : 'stream',
            address,
            port: address.port,
            proxyProtocol: params.includes('proxy_protocol'),
            udp: params.includes('udp'),
            dualStack: address.ipv6 && ipv6only === 'ipv6only=off',
            text: ['listen', ...d.args].join(' '),
            implicit: false,
            file,
            line: d.line,
        });
    }
}
/** Whether a server block has a `listen` (directly or through an include we cannot read). */
function hasListen(block, mounts, prefix) {
    for (const d of block) {
        if (d.name === 'listen')
            return true;
        if (d.name === 'include' && d.args[0] !== undefined) {
            const path = d.args[0].startsWith('/') ? d.args[0] : `${prefix}/${d.args[0]}`;
            // An included snippet may carry the listen: assume it does unless we can read it.
            if (/[*?[]/.test(path)) {
                const { files, unknown } = mounts.glob(path);
                if (unknown || files.some((f) => /(^|[\s;{}])listen\s/.test(f.mounted.content)))
                    return true;
            }
            else {
                const f = mounts.file(path);
                if (f.kind !== 'file' || /(^|[\s;{}])listen\s/.test(f.file.mounted.content))
                    return true;
            }
        }
    }
    return false;
}
/** The sockets on a container port that take the IPv4 connections a Service sends to a pod. */
export function listensOnPort(config, port) {
    const onPort = config.listens.filter((l) => l.port === port && !l.udp && reachable(l));
    const wildcard = onPort.filter((l) => isWildcard(l));
    return wildcard.length > 0 ? wildcard : onPort;
}
function reachable(l) {
    const host = l.address.host?.toLowerCase();
    if (l.address.ipv6)
        return l.dualStack && (host === '[::]' || host === '[0:0:0:0:0:0:0:0]');
    return !(host === 'localhost' || host?.startsWith('127.'));
}
function isWildcard(l) {
    const host = l.address.host;
    return host === undefined || host === '*' || host === '0.0.0.0' || l.address.ipv6;
}
class Mounts {
    model;
    backend;
    entries = [];
    constructor(model, backend) {
        this.model = model;
        this.backend = backend;
        const tpl = podTemplate(backend.workload);
        const volumes = new Map();
        for (const v of asArray(tpl?.spec['volumes'])) {
            const vol = asRecord(v);
            if (vol && typeof vol['name'] === 'string')
                volumes.set(vol['name'], vol);
        }
        for (const m of asArray(backend.container.container['volumeMounts'])) {
            const mount = asRecord(m);
            const mountPath = mount?.['mountPath'];
            if (!mount || typeof mountPath !== 'string' || typeof mount['name'] !== 'string')
                continue;
            this.entries.push({
                mountPath: trimSlash(mountPath),
                subPath: typeof mount['subPath'] === 'string' ? mount['subPath'] : '',
                volume: volumes.get(mount['name']),
            });
        }
    }
    /** The mount that provides a path (the most specific one), if any. */
    mountFor(path) {
        let best;
        for (const e of this.entries) {
            const covers = e.subPath ? e.mountPath === path : path.startsWith(`${e.mountPath}/`);
            if (covers && (!best || e.mountPath.length > best.mountPath.length))
                best = e;
        }
        return best;
    }
    /** Whether a directory is (partly) provided by a mount: 'read' when from ConfigMaps in view. */
    covered(dir) {
        const d = trimSlash(dir);
        const inside = this.entries.filter((e) => e.mountPath === d || e.mountPath.startsWith(`${d}/`) || d.startsWith(`${e.mountPath}/`));
        if (inside.length === 0)
            return 'none';
        return inside.every((e) => this.sourcesOf(e).known) ? 'read' : 'unknown';
    }
    file(path) {
        const p = normalize(path);
        const entry = this.mountFor(p);
        if (!entry)
            return { kind: 'none' };
        const mounted = this.model.mountedFile(this.backend.workload, this.backend.container, p);
        if (mounted)
            return { kind: 'file', file: { path: p, mounted } };
        // A ConfigMap in view without that key: the file does not exist. Anything else: not known.
        const { known } = this.sourcesOf(entry);
        return known ? { kind: 'none' } : { kind: 'unknown' };
    }
    /** Files matching a glob (`*`, `?` in the last path element) among mounted ConfigMap keys. */
    glob(pattern) {
        const p = normalize(pattern);
        const dir = dirname(p);
        const glob = p.slice(dir.length + 1);
        const files = [];
        let unknown = false;
        const names = new Set();
        for (const e of this.entries) {
            if (e.subPath) {
                if (dirname(e.mountPath) === dir)
                    names.add(e.mountPath.slice(dir.length + 1));
                continue;
            }
            if (e.mountPath === dir) {
                const { known, names: keys } = this.sourcesOf(e);
                if (!known)
                    unknown = true;
                for (const k of keys)
                    names.add(k);
            }
            else if (dir.startsWith(`${e.mountPath}/`)) {
                const rel = dir.slice(e.mountPath.length + 1);
                const { known, names: keys } = this.sourcesOf(e);
                if (!known)
                    unknown = true;
                for (const k of keys)
                    if (k.startsWith(`${rel}/`))
                        names.add(k.slice(rel.length + 1));
            }
        }
        for (const name of [...names].sort()) {
            if (name.includes('/') || !wildcardMatch(glob, name))
                continue;
            const found = this.file(`${dir}/${name}`);
            if (found.kind === 'file')
                files.push(found.file);
            else if (found.kind === 'unknown')
                unknown = true;
        }
        return { files, unknown };
    }
    /** File names a mount provides, and whether all of its content is in view. */
    sourcesOf(entry) {
        const vol = entry.volume;
        if (!vol)
            return { known: false, names: [] };
        const sources = [];
        const direct = asRecord(vol['configMap']);
        if (direct)
            sources.push({ cm: direct, other: false });
        else if (vol['projected'] !== undefined) {
            for (const s of asArray(dig(vol, 'projected', 'sources'))) {
                const cm = asRecord(asRecord(s)?.['configMap']);
                sources.push(cm ? { cm, other: false } : { cm: undefined, other: true });
            }
        }
        else {
            sources.push({ cm: undefined, other: true });
        }
        let known = true;
        const names = [];
        for (const { cm, other } of sources) {
            if (other || !cm || typeof cm['name'] !== 'string') {
                known = false;
                continue;
            }
            const obj = this.model.get('ConfigMap', this.backend.workload.namespace, cm['name'], this.backend.workload);
            if (!obj || obj.partial) {
                known = false;
                continue;
            }
            const data = asRecord(obj.raw['data']) ?? {};
            if (Array.isArray(cm['items'])) {
                for (const it of asArray(cm['items'])) {
                    const item = asRecord(it);
                    if (item && typeof item['path'] === 'string' && typeof item['key'] === 'string' && item['key'] in data)
                        names.push(item['path']);
                }
            }
            else {
                names.push(...Object.keys(data));
            }
        }
        if (entry.subPath)
            return { known, names: [] };
        return { known, names };
    }
}
function dirname(p) {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '' : p.slice(0, i);
}
function trimSlash(p) {
    return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}
function normalize(p) {
    const parts = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return `/${parts.join('/')}`;
}
/** Where a listen directive is, for reports: its ConfigMap key, and its line there (not for a server without one). */
export function listenLocation(l) {
    const within = l.implicit ? undefined : lineRange(l.file.mounted.content, l.line);
    return { object: l.file.mounted.configMap, path: ['data', l.file.mounted.key], ...(within ? { within } : {}) };
}
