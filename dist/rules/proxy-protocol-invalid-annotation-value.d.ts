type Id = 'rejected' | 'ignored' | 'unchecked' | 'awsController' | 'conflict' | 'unknownPort';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
