/**
 * Plain NGINX and PROXY protocol (DOMAIN.md §4; nginx.org `listen`, docs.nginx.com "Accepting the
 * PROXY Protocol"): `listen <port> ... proxy_protocol;` in an `http` or `stream` server makes the
 * socket require a PROXY header on every connection ("broken header" otherwise); a socket without
 * it reads a header as the start of a request. Only configuration mounted from ConfigMaps in view
 * is read (src/model/nginx-conf.ts).
 */
import { listenLocation, listensOnPort, nginxConfig } from './nginx-conf.js';
import { NOT_IN_VIEW, UNKNOWN } from './proxy-types.js';
export function nginxConfExpectation(model, backend, port) {
    const config = nginxConfig(model, backend);
    if (config.state !== 'read')
        return config.mainNotInView ? NOT_IN_VIEW : UNKNOWN;
    const listens = listensOnPort(config, port);
    if (listens.length === 0)
        return UNKNOWN;
    const withPp = listens.filter((l) => l.proxyProtocol);
    const first = (withPp[0] ?? listens[0]);
    const where = describe(first);
    const listener = `nginx ${first.context} listener on port ${port}`;
    if (withPp.length > 0) {
        return {
            expectation: 'required',
            listener,
            detail: `"${first.text}" ${where} requires a PROXY header on every connection`,
            fix: `remove proxy_protocol from "${first.text}" ${where}`,
            related: { ...listenLocation(first), message: `${fileName(first)} line ${first.line}: "${first.text}" requires a PROXY protocol header` },
        };
    }
    // A file we could not read may put proxy_protocol on the same socket.
    if (config.incomplete)
        return UNKNOWN;
    const detail = first.implicit
        ? `the ${first.context} server ${where} has no listen directive, so it listens on *:${port} without proxy_protocol`
        : `"${first.text}" ${where} has no proxy_protocol parameter`;
    const realIp = first.context === 'http'
        ? 'set_real_ip_from to the load balancer\'s CIDRs with real_ip_header proxy_protocol'
        : 'set_real_ip_from to the load balancer\'s CIDRs';
    return {
        expectation: 'rejected',
        listener,
        detail,
        fix: first.implicit
            ? `add "listen ${port} proxy_protocol;" to that server ${where}, and set ${realIp}`
            : `add proxy_protocol to "${first.text}" ${where}, and set ${realIp}`,
        related: { ...listenLocation(first), message: `${fileName(first)} line ${first.line}: ${first.implicit ? 'a server without listen' : `"${first.text}"`} does not accept a PROXY protocol header` },
    };
}
function fileName(l) {
    return l.file.path.slice(l.file.path.lastIndexOf('/') + 1);
}
function describe(l) {
    return `in ${fileName(l)} (ConfigMap "${l.file.mounted.configMap.name}", key "${l.file.mounted.key}", line ${l.line})`;
}
