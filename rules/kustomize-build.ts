import { defineRule } from '../src/engine/rule.js';

/** Findings come from the kustomize builds of a run (src/kustomize); this module holds the rule's metadata. */
export default defineRule({
  meta: {
    id: 'kustomize-build',
    description: 'Report a local kustomization that kustomize cannot build, with kustomize\'s own message.',
    rationale:
      'A kustomization that does not build never reaches the cluster as written, and srcip-lint cannot see the objects it would make: the namespace, patches, replicas and generators of the overlay (which decide the traffic policy, the PROXY protocol annotations and the controller settings) stay unchecked until it builds.',
    remediation: 'Fix what kustomize reports, so that `kustomize build <dir>` (or `kubectl kustomize <dir>`) succeeds.',
    category: 'validity',
    defaultSeverity: 'error',
    recommended: true,
    precision: 'very-high',
    appliesTo: [],
    messages: {
      failed:
        'kustomize cannot build {{overlay}}. Its objects were not linted as the overlay makes them; kustomize says: {{message}}. kubectl apply -k fails the same way, and srcip-lint linted the files of {{overlay}} alone, without its patches, namespace, replicas and generators; fix the kustomization so that `kustomize build {{overlay}}` succeeds.',
    },
    defaultOptions: {},
  },
});
