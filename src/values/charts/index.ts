/** The charts srcip-lint models. */

import { cilium } from './cilium.js';
import { ingressNginx } from './ingress-nginx.js';
import { istioGateway } from './istio-gateway.js';
import type { ChartModel } from './model.js';
import { traefik } from './traefik.js';

export const CHART_MODELS: readonly ChartModel[] = [ingressNginx, traefik, cilium, istioGateway];

/** Chart names the configuration's `values:` accepts. */
export const MODELLED_CHARTS: readonly string[] = CHART_MODELS.map((m) => m.name);

/** The model of a chart reference (`ingress-nginx`, or Istio's `gateway` from an Istio repository). */
export function modelFor(chart: string, repository: string): ChartModel | undefined {
  return CHART_MODELS.find((m) => m.matches(chart, repository));
}

export type { ChartModel } from './model.js';
