/** Findings come from the engine's suppression pass; this module holds the rule's metadata. */
declare const _default: import("../src/engine/rule.js").Rule<"unused" | "unusedAll" | "unknownRule", {}>;
export default _default;
