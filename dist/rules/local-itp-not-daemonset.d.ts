declare const _default: import("../src/engine/rule.js").Rule<"workload" | "notDaemonSet", {}>;
export default _default;
