/**
 * F5 NGINX Ingress Controller and PROXY protocol (nginx/kubernetes-ingress
 * examples/shared-examples/proxy-protocol/README.md, internal/configs/version1/nginx.ingress.tmpl,
 * version2/template_helper.go): `proxy-protocol: "True"` in the controller's ConfigMap adds
 * `proxy_protocol` to every HTTP and HTTPS listener, so a header is then required there, and
 * without it a header is read as a broken request. Other ports (TransportServer listeners, custom
 * GlobalConfiguration listeners, status and metrics) are not judged.
 */
import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { type PortExpectation } from './proxy-types.js';
export declare function nginxIncExpectation(model: Model, backend: Backend, port: number): PortExpectation;
