/**
 * Kong Gateway configuration as a proxy container sees it (Kong/kong `kong.conf.default`, DOMAIN.md
 * §4–5): each property `x` comes from the environment variable `KONG_X` when set, else from the
 * configuration file (`kong start -c <file>`, default /etc/kong/kong.conf) when it is mounted from a
 * ConfigMap in view, else from Kong's default. Values from `valueFrom`, or possibly from an
 * `envFrom` source or a mounted file that is not in view, are unknown.
 */
import { lineRange } from '../util/strings.js';
import { asArray, asRecord } from '../k8s/labels.js';
import { programArgs } from './nginx-conf.js';
import { everyAddressOf } from '../util/cidr.js';
/** Defaults of the properties read here (kong.conf.default, "NGINX" section). */
export const KONG_DEFAULTS = {
    proxy_listen: '0.0.0.0:8000 reuseport backlog=16384, 0.0.0.0:8443 http2 ssl reuseport backlog=16384',
    stream_listen: 'off',
    trusted_ips: '',
    real_ip_header: 'X-Real-IP',
    real_ip_recursive: 'off',
    role: 'traditional',
};
const DEFAULT_CONF = '/etc/kong/kong.conf';
export function kongConfig(model, backend) {
    const { container, path: cpath } = backend.container;
    const workload = backend.workload;
    const env = new Map();
    // envFrom first: `env` entries override them (Kubernetes: env takes precedence).
    let envFromUnknown = false;
    const envFrom = new Map();
    for (const e of asArray(container['envFrom'])) {
        const src = asRecord(e);
        if (!src)
            continue;
        const prefix = typeof src['prefix'] === 'string' ? src['prefix'] : '';
        const ref = asRecord(src['configMapRef']);
        const name = ref?.['name'];
        const cm = typeof name === 'string' ? model.get('ConfigMap', workload.namespace, name, workload) : undefined;
        if (!cm || cm.partial) {
            envFromUnknown = true;
            continue;
        }
        for (const [k, v] of Object.entries(asRecord(cm.raw['data']) ?? {})) {
            if (typeof v === 'string')
                envFrom.set(prefix + k, { value: v, object: cm });
        }
    }
    asArray(container['env']).forEach((e, i) => {
        const entry = asRecord(e);
        if (!entry || typeof entry['name'] !== 'string')
            return;
        env.set(entry['name'], { value: typeof entry['value'] === 'string' ? entry['value'] : entry['valueFrom'] ? undefined : '', index: i });
    });
    const file = confFile(model, backend);
    const fileValues = file.file ? parseKongConf(file.file.content) : new Map();
    return {
        file: file.file,
        get(key) {
            const envName = `KONG_${key.toUpperCase()}`;
            const fromEnv = env.get(envName);
            if (fromEnv) {
                const location = { object: workload, path: [...cpath, 'env', fromEnv.index] };
                return { key, value: fromEnv.value, source: fromEnv.value === undefined ? 'unknown' : 'env', name: envName, location };
            }
            const fromEnvFrom = envFrom.get(envName);
            if (fromEnvFrom)
                return { key, value: fromEnvFrom.value, source: 'env', name: envName, location: { object: fromEnvFrom.object, path: ['data', envName] } };
            if (envFromUnknown)
                return { key, value: undefined, source: 'unknown', name: envName, location: undefined };
            if (file.state === 'unknown')
                return { key, value: undefined, source: 'unknown', name: key, location: undefined };
            const fromFile = fileValues.get(key);
            if (fromFile && file.file) {
                const within = lineRange(file.file.content, fromFile.line);
                return { key, value: fromFile.value, source: 'file', name: key, location: { object: file.file.configMap, path: ['data', file.file.key], ...(within ? { within } : {}) } };
            }
            return { key, value: KONG_DEFAULTS[key], source: 'default', name: envName, location: undefined };
        },
    };
}
/** The kong.conf a container reads: `-c`/`--conf` of `kong start`, else /etc/kong/kong.conf. */
function confFile(model, backend) {
    const argv = programArgs(backend.container.container, ['kong']);
    let path;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '-c' || a === '--conf')
            path = argv[i + 1];
        else if (a.startsWith('--conf='))
            path = a.slice('--conf='.length);
    }
    const target = path ?? DEFAULT_CONF;
    const file = model.mountedFile(backend.workload, backend.container, target);
    if (file)
        return { state: 'read', file };
    // Mounted from something not in view (or named explicitly and not mounted: part of the image).
    const mounted = asArray(backend.container.container['volumeMounts']).some((m) => {
        const p = asRecord(m)?.['mountPath'];
        return typeof p === 'string' && (target === p || target.startsWith(p.endsWith('/') ? p : `${p}/`));
    });
    return { state: mounted || path !== undefined ? 'unknown' : 'none', file: undefined };
}
/**
 * `key = value` lines of kong.conf; `#` starts a comment unless escaped as `\#`. Scanned by hand,
 * not with regular expressions: the text comes from a ConfigMap, and patterns such as
 * `\s*=\s*(.*?)\s*$` backtrack polynomially on long runs of blanks.
 */
export function parseKongConf(text) {
    const out = new Map();
    text.split('\n').forEach((raw, i) => {
        const line = withoutComment(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
        const eq = line.indexOf('=');
        if (eq < 0)
            return;
        const key = line.slice(0, eq).trim();
        if (!/^[A-Za-z0-9_]+$/.test(key))
            return;
        out.set(key.toLowerCase(), { value: line.slice(eq + 1).trim(), line: i + 1 });
    });
    return out;
}
/** A kong.conf line without its comment (from the first `#` not escaped), with `\#` unescaped. */
function withoutComment(line) {
    let hash = line.indexOf('#');
    while (hash > 0 && line.charCodeAt(hash - 1) === 92 /* \ */)
        hash = line.indexOf('#', hash + 1);
    return (hash < 0 ? line : line.slice(0, hash)).replaceAll('\\#', '#');
}
/** Entries of a `*_listen` value: comma-separated `address:port flag...`; `off` for none. */
export function parseKongListen(value) {
    const out = [];
    for (const part of value.split(',')) {
        const text = part.trim();
        if (!text || text === 'off')
            continue;
        const [address, ...flags] = text.split(/\s+/);
        const m = /^(\[[^\]]*\]|[^:]+|.*?):(\d+)$/.exec(address ?? '');
        if (!m)
            continue;
        const host = m[1];
        out.push({ text, host, port: Number(m[2]), flags, proxyProtocol: flags.includes('proxy_protocol'), ipv6: host.startsWith('[') });
    }
    return out;
}
/** The entries of a trusted_ips value that trust everyone: 0.0.0.0/0, ::/0, any /0 (kong.conf.default). */
export function trustsEveryone(value) {
    return value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => everyAddressOf(s) !== undefined);
}
