type Id = 'renamed' | 'moved';
declare const _default: import("../src/engine/rule.js").Rule<Id, Record<string, never>>;
export default _default;
