type Id = 'noSelector' | 'noBackend' | 'notRecognised' | 'configNotInView' | 'configUndecided' | 'configNotRead' | 'envoyNoPolicy' | 'envoyNoGateway' | 'gatewayNoPolicy';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
