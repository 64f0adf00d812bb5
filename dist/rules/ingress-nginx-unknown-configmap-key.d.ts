type Id = 'unknown' | 'didYouMean' | 'otherCase' | 'removed' | 'otherController';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
