type Id = 'unknown' | 'didYouMean' | 'configMapKey' | 'removed' | 'tooNew';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
