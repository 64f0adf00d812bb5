/** The charts srcip-lint models. */
import { cilium } from './cilium.js';
import { ingressNginx } from './ingress-nginx.js';
import { istioGateway } from './istio-gateway.js';
import { traefik } from './traefik.js';
export const CHART_MODELS = [ingressNginx, traefik, cilium, istioGateway];
/** Chart names the configuration's `values:` accepts. */
export const MODELLED_CHARTS = CHART_MODELS.map((m) => m.name);
/** The model of a chart reference (`ingress-nginx`, or Istio's `gateway` from an Istio repository). */
export function modelFor(chart, repository) {
    return CHART_MODELS.find((m) => m.matches(chart, repository));
}
