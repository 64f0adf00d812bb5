type Id = 'notSent' | 'notEnabled' | 'portNotCovered' | 'envoyGateway' | 'backendRequires' | 'settingRequires' | 'gatewaySide' | 'policySide';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
