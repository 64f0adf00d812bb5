type Id = 'unspread' | 'selectorMismatch' | 'serviceUnspread' | 'serviceSelectorMismatch' | 'autoscaler' | 'envoyProxyUnspread' | 'envoyProxySelectorMismatch' | 'gatewayUnspread';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
