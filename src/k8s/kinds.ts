/** Kubernetes shape knowledge: kind groups and where each kind keeps its pod template. */

import type { Path } from '../engine/types.js';

const CLUSTER_SCOPED = new Set([
  'APIService',
  'CertificateSigningRequest',
  'ClusterIssuer',
  'ClusterRole',
  'ClusterRoleBinding',
  'ClusterTrustBundle',
  'ComponentStatus',
  'CSIDriver',
  'CSINode',
  'CustomResourceDefinition',
  'FlowSchema',
  'GatewayClass',
  'IngressClass',
  'IPAddress',
  'MutatingAdmissionPolicy',
  'MutatingAdmissionPolicyBinding',
  'MutatingWebhookConfiguration',
  'Namespace',
  'Node',
  'PersistentVolume',
  'PodSecurityPolicy',
  'PriorityClass',
  'PriorityLevelConfiguration',
  'RuntimeClass',
  'ServiceCIDR',
  'StorageClass',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration',
  'VolumeAttachment',
]);

export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED.has(kind);
}

/** Kinds that run pods from a template, and where the template sits. */
const POD_TEMPLATE_PATHS: Readonly<Record<string, Path>> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Rollout: ['spec', 'template'],
  DeploymentConfig: ['spec', 'template'],
};

/** Kinds whose pods a Service can select: everything with a pod template, and bare Pods. */
export const WORKLOAD_KINDS: readonly string[] = [...Object.keys(POD_TEMPLATE_PATHS), 'Pod'];

/** Workload kinds whose replica count is `spec.replicas` (and which an HPA can scale). */
export const SCALABLE_KINDS: ReadonlySet<string> = new Set([
  'Deployment',
  'StatefulSet',
  'ReplicaSet',
  'ReplicationController',
  'Rollout',
  'DeploymentConfig',
]);

export function isWorkloadKind(kind: string): boolean {
  return kind === 'Pod' || kind in POD_TEMPLATE_PATHS;
}

/** Path of the pod metadata+spec holder: the template, or `[]` for a Pod. */
export function podTemplatePath(kind: string): Path | undefined {
  if (kind === 'Pod') return [];
  return POD_TEMPLATE_PATHS[kind];
}
