/**
 * The ingress-nginx chart, major 4 (kubernetes/ingress-nginx `charts/ingress-nginx`, modelled on
 * 4.15.1 at dbb11b92ddb7; 4.13.9 and 4.14.5 render the same for every key here; older 4.x
 * differences below). charts/FACTS.md §1 lists each values key → rendered field with its
 * template line. What is built: the controller Services (external and internal), its ConfigMap,
 * the tcp/udp services ConfigMaps, the Deployment or DaemonSet (labels, replicas, container
 * image, args, env, ports with hostPort, hostNetwork, affinity, topology spread, extra
 * containers) and its HorizontalPodAutoscaler or KEDA ScaledObject.
 *
 * Version deltas: ≤ 4.11 always renders `allow-snippet-annotations: "<bool>"` (4.12.0 renders it
 * only when true); `enableAnnotationValidations` defaults to true from 4.12.0; `controller.kind:
 * Both` renders both workloads up to 4.8.2. The controller image (appVersion) is v1.<minor> from
 * chart 4.10, v1.9 for 4.8–4.9 and v1.<minor+1> before (chart changelogs).
 */
import { type ChartModel } from './model.js';
export declare const ingressNginx: ChartModel;
