/** Kubernetes shape knowledge: kind groups and where each kind keeps its pod template. */
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
export function isClusterScoped(kind) {
    return CLUSTER_SCOPED.has(kind);
}
/** Kinds that run pods from a template, and where the template sits. */
const POD_TEMPLATE_PATHS = {
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
export const WORKLOAD_KINDS = [...Object.keys(POD_TEMPLATE_PATHS), 'Pod'];
/** Workload kinds whose replica count is `spec.replicas` (and which an HPA can scale). */
export const SCALABLE_KINDS = new Set([
    'Deployment',
    'StatefulSet',
    'ReplicaSet',
    'ReplicationController',
    'Rollout',
    'DeploymentConfig',
]);
export function isWorkloadKind(kind) {
    return kind === 'Pod' || kind in POD_TEMPLATE_PATHS;
}
/** Path of the pod metadata+spec holder: the template, or `[]` for a Pod. */
export function podTemplatePath(kind) {
    if (kind === 'Pod')
        return [];
    return POD_TEMPLATE_PATHS[kind];
}
