declare const _default: import("../src/engine/rule.js").Rule<"externalIPs" | "nodePort", {}>;
export default _default;
