/**
 * The traefik chart, 39 and later (traefik/traefik-helm-chart v39.0.9 b138b95c, v40.3.0 f11f402a,
 * v41.3.0 a8a66d00; charts/FACTS.md §2). Built: the Deployment or DaemonSet (labels, replicas,
 * image, container ports with hostPort, hostNetwork, affinity, topology spread, and the args the
 * model reads: entry point addresses, forwardedHeaders and proxyProtocol per port,
 * `global.notAppendXForwardedFor`, `additionalArguments`), the HorizontalPodAutoscaler, and the
 * Services (the default one, `service.additionalServices`, and the `-udp` split when
 * `service.single` is false).
 *
 * Version deltas: up to v39 the Service takes `service.type` (default LoadBalancer),
 * `loadBalancerClass`, `loadBalancerSourceRanges`, `externalIPs`, `ipFamilyPolicy/ipFamilies`
 * and `service.spec`; from v40 the whole spec is `service.spec` (default `{type: LoadBalancer}`)
 * and those keys are ignored. Up to v40 `replicas: {{ default 1 .Values.deployment.replicas }}`;
 * v41 renders `deployment.replicas` as given and omits it when null. Annotations are rendered
 * with `toYaml` (not stringified) and, from v40, through `tpl`.
 */
import { type ChartModel } from './model.js';
export declare const traefik: ChartModel;
