declare const _default: import("../src/engine/rule.js").Rule<"notLoadBalancer" | "nodePortLocal" | "notLocal", {}>;
export default _default;
