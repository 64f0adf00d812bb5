// Generated corpora for the benchmark (bench/run.js). Deterministic: the same arguments give the
// same bytes.
import fs from 'node:fs';
import path from 'node:path';

/**
 * A worst case where every document is one the rules read in full: per group, a Service, its
 * Deployment and a ConfigMap; every 10th group an HPA, every 5th a DaemonSet, and every 20th an
 * ingress-nginx controller with its ConfigMap and a PROXY-protocol LoadBalancer Service. Files
 * of 100 groups, in seven namespaces.
 */
export function generateWorstCase(dir, groups) {
  fs.mkdirSync(dir, { recursive: true });
  const per = 100;
  for (let f = 0; f * per < groups; f++) {
    let text = '';
    for (let i = f * per; i < Math.min(groups, (f + 1) * per); i++) text += group(i);
    fs.writeFileSync(path.join(dir, `part-${String(f).padStart(4, '0')}.yaml`), text);
  }
}

function group(i) {
  const ns = `ns-${i % 7}`;
  let text = `---
apiVersion: v1
kind: Service
metadata:
  name: app-${i}
  namespace: ${ns}
  labels: {app: app-${i}, team: "t${i % 13}"}
  annotations:
    service.beta.kubernetes.io/do-loadbalancer-enable-proxy-protocol: "${i % 3 === 0}"
spec:
  type: ${i % 2 ? 'LoadBalancer' : 'NodePort'}
  externalTrafficPolicy: ${i % 4 ? 'Local' : 'Cluster'}
  selector:
    app: app-${i}
  ports:
  - name: http
    port: 80
    targetPort: http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: ${ns}
spec:
  replicas: ${1 + (i % 4)}
  selector:
    matchLabels: {app: app-${i}}
  template:
    metadata:
      labels:
        app: app-${i}
        team: "t${i % 13}"
    spec:
      containers:
      - name: app
        image: registry.example.com/app:${i}
        args: ["--listen=:8080", "--log-level=info"]
        ports:
        - {name: http, containerPort: 8080}
        resources:
          requests: {cpu: 100m, memory: 128Mi}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg-${i}
  namespace: ${ns}
data:
  use-forwarded-headers: "true"
  note: |
    generated document ${i}
    with a block scalar
`;
  if (i % 10 === 0) {
    text += `---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: app-${i}
  namespace: ${ns}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: app-${i}}
  minReplicas: 2
  maxReplicas: 10
`;
  }
  if (i % 5 === 0) {
    text += `---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent-${i}
  namespace: ${ns}
spec:
  selector:
    matchLabels: {app: agent-${i}}
  template:
    metadata:
      labels: {app: agent-${i}}
    spec:
      hostNetwork: ${i % 2 === 0}
      containers:
      - name: agent
        image: registry.example.com/agent:1.${i % 9}
        ports:
        - {containerPort: 9100, hostPort: 9100}
`;
  }
  if (i % 20 === 0) {
    text += `---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ingress-nginx-controller-${i}
  namespace: ${ns}
data:
  use-proxy-protocol: "${i % 40 === 0}"
  use-forwarded-headers: "true"
  proxy-real-ip-cidr: "10.0.0.0/8"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress-nginx-controller-${i}
  namespace: ${ns}
spec:
  replicas: 3
  selector:
    matchLabels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/instance: i${i}}
  template:
    metadata:
      labels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/instance: i${i}}
    spec:
      containers:
      - name: controller
        image: registry.k8s.io/ingress-nginx/controller:v1.11.2
        args:
        - /nginx-ingress-controller
        - --configmap=$(POD_NAMESPACE)/ingress-nginx-controller-${i}
        - --publish-service=$(POD_NAMESPACE)/ingress-nginx-controller-${i}
        env:
        - name: POD_NAMESPACE
          valueFrom: {fieldRef: {fieldPath: metadata.namespace}}
        ports:
        - {name: http, containerPort: 80}
        - {name: https, containerPort: 443}
---
apiVersion: v1
kind: Service
metadata:
  name: ingress-nginx-controller-${i}
  namespace: ${ns}
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: "*"
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  selector: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/instance: i${i}}
  ports:
  - {name: http, port: 80, targetPort: http}
  - {name: https, port: 443, targetPort: https}
`;
  }
  return text;
}

/** `n` Services and `n` Deployments in one namespace and one file, each Service selecting one Deployment. */
export function generateCrossObject(file, n) {
  const parts = [];
  for (let i = 0; i < n; i++) {
    parts.push(`---\napiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec: {type: LoadBalancer, externalTrafficPolicy: Local, selector: {app: a${i}, tier: web}, ports: [{port: 80}]}\n`);
    parts.push(
      `---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d${i}}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: a${i}}}\n  template:\n    metadata: {labels: {app: a${i}, tier: web}}\n    spec: {containers: [{name: c, image: x}]}\n`,
    );
  }
  fs.writeFileSync(file, parts.join(''));
}

/**
 * A kustomize repository: `bases` bases (a Service, its Deployment, an ingress-nginx controller
 * and its generated ConfigMap) and `overlays` overlays, each over one base with a namespace, a
 * namePrefix, a replicas entry, a strategic-merge patch file, an inline JSON6902 patch and a
 * generator merge. Every overlay builds and gives findings.
 */
export function generateKustomize(dir, bases, overlays) {
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  for (let b = 0; b < bases; b++) {
    write(`bases/b${b}/kustomization.yaml`, `resources:
  - service.yaml
  - deployment.yaml
  - controller.yaml
configMapGenerator:
  - name: ingress-nginx-controller
    options: {disableNameSuffixHash: true}
    literals:
      - compute-full-forwarded-for=true
`);
    write(`bases/b${b}/service.yaml`, `apiVersion: v1
kind: Service
metadata:
  name: web
  labels: {base: b${b}}
spec:
  type: ClusterIP
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: http
`);
    write(`bases/b${b}/deployment.yaml`, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: registry.example.com/web:${b}
          ports:
            - name: http
              containerPort: 8080
`);
    write(`bases/b${b}/controller.yaml`, `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress-nginx-controller
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: ingress-nginx}
  template:
    metadata:
      labels: {app.kubernetes.io/name: ingress-nginx}
    spec:
      containers:
        - name: controller
          image: registry.k8s.io/ingress-nginx/controller:v1.12.1
          args:
            - /nginx-ingress-controller
            - --configmap=$(POD_NAMESPACE)/ingress-nginx-controller
          env:
            - name: POD_NAMESPACE
              valueFrom: {fieldRef: {fieldPath: metadata.namespace}}
`);
  }
  for (let o = 0; o < overlays; o++) {
    const name = `o${String(o).padStart(2, '0')}`;
    write(`overlays/${name}/kustomization.yaml`, `namespace: ns-${name}
${o % 4 === 0 ? `namePrefix: ${name}-\n` : ''}resources:
  - ../../bases/b${o % bases}
patches:
  - path: service.yaml
  - target: {kind: Service, name: web}
    patch: |-
      - op: add
        path: /spec/externalTrafficPolicy
        value: Local
replicas:
  - name: web
    count: ${2 + (o % 3)}
configMapGenerator:
  - name: ingress-nginx-controller
    behavior: merge
    literals:
      - use-forwarded-headers=${o % 2 === 0}
`);
    write(`overlays/${name}/service.yaml`, `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ${o % 2 === 0 ? 'LoadBalancer' : 'NodePort'}
`);
  }
}
