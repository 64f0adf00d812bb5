/** The charts srcip-lint models. */
import type { ChartModel } from './model.js';
export declare const CHART_MODELS: readonly ChartModel[];
/** Chart names the configuration's `values:` accepts. */
export declare const MODELLED_CHARTS: readonly string[];
/** The model of a chart reference (`ingress-nginx`, or Istio's `gateway` from an Istio repository). */
export declare function modelFor(chart: string, repository: string): ChartModel | undefined;
export type { ChartModel } from './model.js';
