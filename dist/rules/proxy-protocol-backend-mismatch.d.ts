declare const _default: import("../src/engine/rule.js").Rule<"mismatch", {}>;
export default _default;
