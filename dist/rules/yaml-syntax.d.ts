/** Findings come from the source layer; this module holds the rule's metadata. */
declare const _default: import("../src/engine/rule.js").Rule<"syntax" | "duplicateKey", {}>;
export default _default;
