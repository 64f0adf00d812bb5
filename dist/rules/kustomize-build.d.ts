/** Findings come from the kustomize builds of a run (src/kustomize); this module holds the rule's metadata. */
declare const _default: import("../src/engine/rule.js").Rule<"failed", {}>;
export default _default;
