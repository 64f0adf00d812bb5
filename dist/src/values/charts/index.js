/** The charts srcip-lint models. */
import { cilium } from './cilium.js';
import { ingressNginx } from './ingress-nginx.js';
import { traefik } from './traefik.js';
export const CHART_MODELS = [ingressNginx, traefik, cilium];
/** Chart names the configuration's `values:` accepts. */
export const MODELLED_CHARTS = CHART_MODELS.map((m) => m.name);
/** The model of a chart reference (`ingress-nginx`, or istio's `gateway` from an istio repository). */
export function modelFor(chart, repository) {
    return CHART_MODELS.find((m) => m.matches(chart, repository));
}
