declare const _default: import("../src/engine/rule.js").Rule<"tcpProxy", {}>;
export default _default;
