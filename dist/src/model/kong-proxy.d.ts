/**
 * Kong and PROXY protocol (DOMAIN.md §4; Kong/kong kong.conf.default and
 * kong/templates/nginx_kong.lua): each `proxy_listen` / `stream_listen` entry becomes an nginx
 * `listen` with its flags, so an entry with `proxy_protocol` requires a PROXY header on every
 * connection and an entry without it reads one as a broken request. Defaults: proxy_listen
 * `0.0.0.0:8000 ..., 0.0.0.0:8443 http2 ssl ...`, stream_listen `off`.
 */
import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export declare function kongExpectation(model: Model, backend: Backend, port: number): PortExpectation;
