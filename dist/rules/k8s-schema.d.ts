type MessageId = 'wrongType' | 'badEnum' | 'missingRequired' | 'badQuantity' | 'badIntOrString' | 'badFormat';
declare const _default: import("../src/engine/rule.js").Rule<MessageId, {}>;
export default _default;
