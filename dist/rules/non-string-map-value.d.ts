type Id = 'boolValue' | 'numberValue' | 'nullValue' | 'nestedValue';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
