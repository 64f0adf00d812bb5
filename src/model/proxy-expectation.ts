/**
 * What a backend expects on a listening port: a PROXY protocol header required, optional, or not
 * accepted (DOMAIN.md §4). One reader per backend software; the PROXY rules compare this with
 * what the load balancer in front sends.
 */

import type { RelatedReport } from '../engine/types.js';
import type { Backend, BackendSoftware } from './backends.js';
import { ingressNginxExpectation } from './ingress-nginx-proxy.js';
import type { Model } from './model.js';
import { traefikExpectation } from './traefik-proxy.js';

export type Expectation = 'required' | 'optional' | 'rejected' | 'unknown';

export interface PortExpectation {
  readonly expectation: Expectation;
  /** The backend's listener on that port, for messages (`http listener (port 80)`). */
  readonly listener: string;
  /** Why, in the backend's own terms (`use-proxy-protocol is not "true" in ConfigMap "x"`). */
  readonly detail: string;
  /** How to make the backend accept PROXY (for `rejected`) or stop requiring it. */
  readonly fix: string;
  /** Where the backend's setting is (or would go). */
  readonly related?: RelatedReport;
}

export type ExpectationReader = (model: Model, backend: Backend, containerPort: number) => PortExpectation;

export const UNKNOWN: PortExpectation = { expectation: 'unknown', listener: '', detail: '', fix: '' };

const READERS: Partial<Record<BackendSoftware, ExpectationReader>> = {
  'ingress-nginx': ingressNginxExpectation,
  traefik: traefikExpectation,
};

/** Whether the software is one whose PROXY configuration srcip-lint reads. */
export function readsProxyConfig(software: BackendSoftware): boolean {
  return READERS[software] !== undefined;
}

export function proxyExpectation(model: Model, backend: Backend, containerPort: number): PortExpectation {
  const reader = READERS[backend.software];
  return reader ? reader(model, backend, containerPort) : UNKNOWN;
}
