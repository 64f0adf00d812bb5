type Id = 'computeFullWithout' | 'headerWithout' | 'cidrWithout' | 'httpLbWithout' | 'configMapHttpLb' | 'controllerHttpLb';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
