/**
 * Istio's gateway chart (istio/istio `manifests/charts/gateway`, tag 1.30.3 56df41f6; chart name
 * `gateway` in Istio's chart repository; charts/FACTS.md §4). Its defaults sit under
 * `_internal_defaults_do_not_set` and users set the same keys at the top level
 * (templates/zzz_profile.yaml merges them). Built: the Service (templates/service.yaml), the
 * Deployment or DaemonSet (templates/deployment.yaml: labels, replicas, pod annotations such as
 * `proxy.istio.io/config`, the injected `istio-proxy` container, affinity, topology spread) and
 * the HorizontalPodAutoscaler (templates/hpa.yaml, on by default). Other 1.x versions are read
 * with 1.30.3's defaults, with a note.
 */
import { type ChartModel } from './model.js';
export declare const istioGateway: ChartModel;
