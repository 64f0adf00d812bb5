declare const _default: import("../src/engine/rule.js").Rule<"exponent", {}>;
export default _default;
