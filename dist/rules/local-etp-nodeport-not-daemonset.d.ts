declare const _default: import("../src/engine/rule.js").Rule<"externalIPs" | "nodePort" | "workloadNodePort" | "workloadExternalIPs", {}>;
export default _default;
