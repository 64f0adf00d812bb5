/**
 * Traefik v2/v3 static configuration (DOMAIN.md §4–5): entry points, their PROXY protocol and
 * forwarded-header trust, from the first source Traefik itself uses. Traefik reads a
 * configuration file when `--configFile` names one or one exists at a default location
 * (/etc/traefik/traefik.{toml,yaml,yml}); then it ignores flags and environment entirely
 * (traefik/traefik pkg/cli/loader_file.go). Otherwise flags, and without flags the
 * environment. Flag and key names are case-insensitive (traefik/paerser lowercases them).
 */
import { asArray, asRecord } from '../k8s/labels.js';
import { commandLine } from '../k8s/pods.js';
import { parseToml } from '../util/toml.js';
const DEFAULT_FILES = ['/etc/traefik/traefik.toml', '/etc/traefik/traefik.yaml', '/etc/traefik/traefik.yml'];
export function traefikStatic(model, backend) {
    const { container, path: cpath } = backend.container;
    const { command, args } = commandLine(container);
    const argv = [...command, ...args];
    const argBase = command.length;
    const configFileArg = argv.findIndex((a) => /^--?configfile(=|$)/i.test(a));
    const here = (p) => ({ object: backend.workload, path: [...cpath, ...p] });
    if (configFileArg >= 0) {
        const a = argv[configFileArg];
        const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : (argv[configFileArg + 1] ?? '');
        const file = model.mountedFile(backend.workload, backend.container, value);
        return file ? fromFile(model, file) : { source: 'unknown', entryPoints: new Map(), file: undefined };
    }
    for (const f of DEFAULT_FILES) {
        const file = model.mountedFile(backend.workload, backend.container, f);
        if (file)
            return fromFile(model, file);
    }
    if (mountsUnknownConfigDir(backend))
        return { source: 'unknown', entryPoints: new Map(), file: undefined };
    const eps = new Map();
    const get = (name) => {
        const key = name.toLowerCase();
        let ep = eps.get(key);
        if (!ep)
            eps.set(key, (ep = { name: key, proxyProtocol: {}, forwardedHeaders: {} }));
        return ep;
    };
    // Any flag makes Traefik read flags only (pkg/cli FlagLoader), ignoring the environment.
    const sawFlag = argv.some((a) => a.startsWith('-'));
    argv.forEach((a, i) => {
        const m = /^--?entrypoints\.([^.=]+)\.([a-z.]+)(?:=(.*))?$/i.exec(a);
        if (!m)
            return;
        const where = i < argBase ? here(['command', i]) : here(['args', i - argBase]);
        apply(get(m[1]), m[2].toLowerCase(), m[3], where);
    });
    if (sawFlag)
        return finish('flags', eps, undefined);
    asArray(container['env']).forEach((e, i) => {
        const entry = asRecord(e);
        const name = entry?.['name'];
        if (!entry || typeof name !== 'string')
            return;
        const m = /^TRAEFIK_ENTRYPOINTS_(.+?)_(ADDRESS|PROXYPROTOCOL_TRUSTEDIPS|PROXYPROTOCOL_INSECURE|FORWARDEDHEADERS_TRUSTEDIPS|FORWARDEDHEADERS_INSECURE)$/i.exec(name);
        if (!m)
            return;
        const value = typeof entry['value'] === 'string' ? entry['value'] : undefined;
        apply(get(m[1]), m[2].toLowerCase().replace('_', '.'), value, here(['env', i]));
    });
    if (eps.size > 0)
        return finish('env', eps, undefined);
    return finish('default', eps, undefined);
}
/** A volume mounted where Traefik looks for its file, from a ConfigMap not in view. */
function mountsUnknownConfigDir(backend) {
    return asArray(backend.container.container['volumeMounts']).some((m) => {
        const p = asRecord(m)?.['mountPath'];
        return typeof p === 'string' && (p === '/etc/traefik' || p === '/etc/traefik/' || DEFAULT_FILES.includes(p));
    });
}
function apply(ep, field, value, where) {
    const list = (v) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const bool = (v) => v === undefined || v === '' || v.toLowerCase() === 'true';
    switch (field) {
        case 'address':
            ep.address = value;
            ep.location = where;
            break;
        case 'proxyprotocol.trustedips':
            ep.proxyProtocol.trustedIPs = list(value);
            ep.proxyProtocol.location = where;
            ep.proxyProtocol.trustedIPsLocation = where;
            break;
        case 'proxyprotocol.insecure':
            ep.proxyProtocol.insecure = bool(value);
            ep.proxyProtocol.location = where;
            ep.proxyProtocol.insecureLocation = where;
            break;
        case 'proxyprotocol':
            ep.proxyProtocol.location ??= where;
            break;
        case 'forwardedheaders.trustedips':
            ep.forwardedHeaders.trustedIPs = list(value);
            ep.forwardedHeaders.location = where;
            ep.forwardedHeaders.trustedIPsLocation = where;
            break;
        case 'forwardedheaders.insecure':
            ep.forwardedHeaders.insecure = bool(value);
            ep.forwardedHeaders.location = where;
            ep.forwardedHeaders.insecureLocation = where;
            break;
        default:
    }
}
function fromFile(model, file) {
    const text = file.content;
    const isToml = /\.toml$/i.test(file.key) || (!/\.ya?ml$/i.test(file.key) && text.split('\n').some((line) => line.trimStart().startsWith('[')));
    const parsed = asRecord(isToml ? parseToml(text) : model.parsers.yaml(text));
    if (!parsed)
        return { source: 'unknown', entryPoints: new Map(), file };
    // A YAML file's settings are located on their own line (the engine maps it into the manifest).
    const locate = isToml ? undefined : model.parsers.yamlLocator?.(text);
    const where = (inner) => {
        const within = locate?.(inner);
        return { object: file.configMap, path: ['data', file.key], ...(within ? { within } : {}) };
    };
    const eps = new Map();
    const [epsKey, entryPoints] = keyCI(parsed, 'entrypoints');
    for (const [name, raw] of Object.entries(asRecord(entryPoints) ?? {})) {
        const cfg = asRecord(raw) ?? {};
        const at = [epsKey, name];
        const ep = { name: name.toLowerCase(), proxyProtocol: {}, forwardedHeaders: {} };
        const [addressKey, address] = keyCI(cfg, 'address');
        if (typeof address === 'string') {
            ep.address = address;
            ep.location = where([...at, addressKey]);
        }
        for (const [key, target] of [
            ['proxyprotocol', ep.proxyProtocol],
            ['forwardedheaders', ep.forwardedHeaders],
        ]) {
            const [sectionKey, raw] = keyCI(cfg, key);
            const section = asRecord(raw);
            if (!section)
                continue;
            const inSection = [...at, sectionKey];
            target.location = where(inSection);
            const [ipsKey, ips] = keyCI(section, 'trustedips');
            if (Array.isArray(ips))
                target.trustedIPs = ips.map(String);
            else if (typeof ips === 'string')
                target.trustedIPs = ips.split(',').map((s) => s.trim());
            if (ips !== undefined)
                target.trustedIPsLocation = where([...inSection, ipsKey]);
            const [insecureKey, insecure] = keyCI(section, 'insecure');
            if (insecure !== undefined)
                target.insecure = insecure === true || insecure === 'true';
            if (insecure !== undefined)
                target.insecureLocation = where([...inSection, insecureKey]);
        }
        eps.set(ep.name, ep);
    }
    return finish('file', eps, file);
}
/** A key matched case-insensitively (Traefik's static configuration loader) and its value. */
function keyCI(obj, key) {
    for (const [k, v] of Object.entries(obj))
        if (k.toLowerCase() === key)
            return [k, v];
    return [key, undefined];
}
function finish(source, eps, file) {
    const out = new Map();
    if (eps.size === 0 && source !== 'unknown') {
        // Traefik's default: one entry point "http" on :80 (static configuration SetEffectiveConfiguration).
        eps.set('http', { name: 'http', address: ':80', proxyProtocol: {}, forwardedHeaders: {} });
    }
    for (const ep of eps.values()) {
        const { port, udp } = parseAddress(ep.address);
        out.set(ep.name, {
            name: ep.name,
            address: ep.address,
            port,
            udp,
            proxyProtocol: trust(ep.proxyProtocol),
            forwardedHeaders: trust(ep.forwardedHeaders),
            location: ep.location,
        });
    }
    return { source, entryPoints: out, file };
}
function trust(t) {
    if (!t.location)
        return undefined;
    return { trustedIPs: t.trustedIPs, insecure: t.insecure === true, location: t.location, trustedIPsLocation: t.trustedIPsLocation, insecureLocation: t.insecureLocation };
}
/** `:8000`, `0.0.0.0:8000/tcp`, `[::]:53/udp`. */
export function parseAddress(address) {
    if (!address)
        return { port: undefined, udp: false };
    const m = /:(\d+)(?:\/(tcp|udp))?$/i.exec(address.trim());
    return { port: m ? Number(m[1]) : undefined, udp: m?.[2]?.toLowerCase() === 'udp' };
}
/** The entry point listening on a container port. */
export function entryPointOnPort(config, port) {
    for (const ep of config.entryPoints.values())
        if (ep.port === port)
            return ep;
    return undefined;
}
/** Whether an entry point accepts PROXY headers (from trusted IPs, or from anyone with insecure). */
export function acceptsProxy(ep) {
    const pp = ep.proxyProtocol;
    return pp !== undefined && (pp.insecure || (pp.trustedIPs !== undefined && pp.trustedIPs.length > 0));
}
