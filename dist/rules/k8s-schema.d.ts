type MessageId = 'wrongType' | 'badEnum' | 'missingRequired' | 'missingInPatch' | 'badQuantity' | 'badIntOrString' | 'badFormat' | 'portRange' | 'portName' | 'portNameMissing' | 'portDuplicate' | 'nodePortForbidden' | 'nodePortRange';
declare const _default: import("../src/engine/rule.js").Rule<MessageId, {}>;
export default _default;
