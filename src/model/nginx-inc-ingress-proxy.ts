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
import { nginxIncBool, nginxIncConfig, nginxIncListenPorts } from './nginx-inc-ingress.js';
import { NOT_IN_VIEW, type PortExpectation, UNKNOWN } from './proxy-types.js';

const ACCEPT = 'with real-ip-header: "proxy_protocol" and set-real-ip-from listing the load balancer\'s addresses';

export function nginxIncExpectation(model: Model, backend: Backend, port: number): PortExpectation {
  const { http, https, passthrough } = nginxIncListenPorts(backend);
  const kind = port === passthrough ? 'TLS passthrough' : port === http ? 'HTTP' : port === https ? 'HTTPS' : undefined;
  if (!kind) return UNKNOWN;
  const listener = `${kind} listener (port ${port})`;
  const binding = nginxIncConfig(model, backend);
  if (binding.state === 'unknown') return NOT_IN_VIEW;
  if (binding.state === 'defaults') {
    return {
      expectation: 'rejected',
      listener,
      detail: 'the controller runs without -nginx-configmaps, so proxy-protocol keeps its default, false',
      fix: `give the controller a ConfigMap (-nginx-configmaps) with proxy-protocol: "True" ${ACCEPT}`,
      related: {
        object: backend.workload,
        path: [...backend.container.path, 'args'],
        message: `${backend.workload.kind} "${backend.workload.name}" runs F5 NGINX Ingress Controller without -nginx-configmaps`,
      },
    };
  }
  const cm = binding.configMap;
  const setting = nginxIncBool(cm, 'proxy-protocol');
  if (setting.value) {
    return {
      expectation: 'required',
      listener,
      detail: `proxy-protocol is true in ConfigMap "${cm.name}"`,
      fix: `remove proxy-protocol from ConfigMap "${cm.name}" (or set it to "False")`,
      related: { object: cm, path: ['data', 'proxy-protocol'], message: `ConfigMap "${cm.name}" makes every HTTP and HTTPS listener require a PROXY header` },
    };
  }
  return {
    expectation: 'rejected',
    listener,
    detail: setting.invalid
      ? `proxy-protocol in ConfigMap "${cm.name}" is not a value Go's strconv.ParseBool accepts, so the controller keeps it false`
      : `proxy-protocol is not true in ConfigMap "${cm.name}"`,
    fix: `set proxy-protocol: "True" in ConfigMap "${cm.name}" ${ACCEPT}`,
    related: { object: cm, path: ['data', 'proxy-protocol'], message: `ConfigMap "${cm.name}" configures the controller without proxy-protocol: "True"` },
  };
}
