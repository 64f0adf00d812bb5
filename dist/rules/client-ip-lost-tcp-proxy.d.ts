declare const _default: import("../src/engine/rule.js").Rule<"consumer" | "tcpProxy", {}>;
export default _default;
