/**
 * HAProxy Kubernetes Ingress Controller and PROXY protocol (DOMAIN.md §4;
 * haproxytech/kubernetes-ingress pkg/handler/proxy-protocol.go, pkg/haproxy/rules/reqProxyProtocol.go,
 * documentation/annotations.md). The controller ConfigMap key `proxy-protocol` lists IPs/CIDRs; the
 * HTTP and HTTPS frontends (or the SSL passthrough frontend) get
 * `tcp-request connection expect-proxy layer4 if { src -f <list> }`:
 *
 * - a connection from a listed source must start with a PROXY header ("Connection will fail with
 *   400 Bad Request if source IP is in annotation list but no Proxy Protocol data is sent");
 * - a connection from any other source is read without one, so a header breaks it.
 *
 * How a list reads for the PROXY rules: an IPv4 `/0` (`0.0.0.0/0`) covers every source a load
 * balancer or node can connect from: **required**. A list without one depends on which addresses
 * the load balancer connects from (its own, the nodes' after SNAT, or the clients' with
 * externalTrafficPolicy: Local), which manifests do not show: **optional** (it accepts PROXY from
 * the listed sources and plain connections from the others), so neither rule guesses. A missing or
 * empty key, or a list with no valid entry (invalid entries are logged and skipped): **rejected**.
 * TCP services (`--configmap-tcp-services`) never parse PROXY (pkg/handler/tcp-services.go binds
 * them without it): **rejected**.
 */
import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export declare function haproxyIngressExpectation(model: Model, backend: Backend, port: number): PortExpectation;
