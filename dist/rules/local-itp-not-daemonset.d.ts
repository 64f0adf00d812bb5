declare const _default: import("../src/engine/rule.js").Rule<"notDaemonSet", {}>;
export default _default;
