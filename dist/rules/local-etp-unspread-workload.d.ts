declare const _default: import("../src/engine/rule.js").Rule<"unspread" | "selectorMismatch", {}>;
export default _default;
