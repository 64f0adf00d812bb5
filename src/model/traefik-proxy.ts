/**
 * Traefik and PROXY protocol (DOMAIN.md §4): an entry point with `proxyProtocol` (trustedIPs or
 * insecure) accepts connections with or without a header (the version is auto-detected); an
 * entry point without it treats a header as a broken request.
 */

import type { Backend } from './backends.js';
import type { Model } from './model.js';
import { NOT_IN_VIEW, type PortExpectation } from './proxy-types.js';
import { acceptsProxy, entryPointOnPort, traefikStatic } from './traefik.js';

export function traefikExpectation(model: Model, backend: Backend, port: number): PortExpectation {
  const config = traefikStatic(model, backend);
  const unknown: PortExpectation = { expectation: 'unknown', listener: '', detail: '', fix: '' };
  // No file means the configuration file it reads is not mounted from a ConfigMap in view.
  if (config.source === 'unknown') return config.file ? unknown : NOT_IN_VIEW;
  const ep = entryPointOnPort(config, port);
  if (!ep || ep.udp) return unknown;
  const listener = `entry point "${ep.name}" (port ${port})`;
  const where = ep.location ?? { object: backend.workload, path: [...backend.container.path, 'args'] };
  if (acceptsProxy(ep)) {
    return {
      expectation: 'optional',
      listener,
      detail: `entry point "${ep.name}" has proxyProtocol configured`,
      fix: '',
      related: { ...(ep.proxyProtocol?.location ?? where), message: `Traefik entry point "${ep.name}" accepts PROXY headers` },
    };
  }
  const flag = `--entryPoints.${ep.name}.proxyProtocol.trustedIPs=<load balancer CIDRs>`;
  return {
    expectation: 'rejected',
    listener,
    detail: `entry point "${ep.name}" has no proxyProtocol (trustedIPs or insecure)`,
    fix: config.source === 'file' ? `add entryPoints.${ep.name}.proxyProtocol.trustedIPs to the static configuration` : `add ${flag}`,
    related: { ...where, message: `Traefik entry point "${ep.name}" is defined here without proxyProtocol` },
  };
}
