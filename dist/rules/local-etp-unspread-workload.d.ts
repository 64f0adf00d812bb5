declare const _default: import("../src/engine/rule.js").Rule<"unspread" | "selectorMismatch" | "envoyProxyUnspread" | "envoyProxySelectorMismatch", {}>;
export default _default;
