/**
 * Plain NGINX and PROXY protocol (DOMAIN.md §4; nginx.org `listen`, docs.nginx.com "Accepting the
 * PROXY Protocol"): `listen <port> ... proxy_protocol;` in an `http` or `stream` server makes the
 * socket require a PROXY header on every connection ("broken header" otherwise); a socket without
 * it reads a header as the start of a request. Only configuration mounted from ConfigMaps in view
 * is read (src/model/nginx-conf.ts).
 */
import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export declare function nginxConfExpectation(model: Model, backend: Backend, port: number): PortExpectation;
