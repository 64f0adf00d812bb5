declare const _default: import("../src/engine/rule.js").Rule<"mismatch" | "envoyGateway", {}>;
export default _default;
