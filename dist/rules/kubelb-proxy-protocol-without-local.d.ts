declare const _default: import("../src/engine/rule.js").Rule<"clusterPolicy", {}>;
export default _default;
