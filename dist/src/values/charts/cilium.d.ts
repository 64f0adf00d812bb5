/**
 * The cilium chart, 1.18–1.20 (cilium/charts `cilium-1.18.12.tgz`, `-1.19.6.tgz`, `-1.20.0.tgz`;
 * charts/FACTS.md §3): ConfigMap `cilium-config` with the keys the model reads for kube-proxy
 * replacement and DSR (templates/cilium-configmap.yaml, 1.20.0 lines in comments). Versions
 * 1.16–1.17 are read as 1.18 (same keys, with a note); older ones are not modelled.
 */
import { type ChartModel } from './model.js';
export declare const cilium: ChartModel;
