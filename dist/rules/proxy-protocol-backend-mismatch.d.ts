type Id = 'mismatch' | 'envoyGateway' | 'backendRejects' | 'settingRejects' | 'gatewaySide' | 'policySide';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
