declare const _default: import("../src/engine/rule.js").Rule<"allUdp" | "mixed" | "linodeUdp", {}>;
export default _default;
