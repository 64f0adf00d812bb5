type Id = 'defaultCidr' | 'trustAll' | 'invalidEntry' | 'proxyChainTrustAll' | 'controllerTrustsAll' | 'controllerInvalidEntry';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
