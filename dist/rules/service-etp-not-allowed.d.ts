declare const _default: import("../src/engine/rule.js").Rule<"notExternal" | "notNodePortOrLb" | "notNodePortOrLbLegacy" | "externalIPsBefore129", {}>;
export default _default;
