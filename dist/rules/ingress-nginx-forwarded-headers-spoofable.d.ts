type Id = 'defaultCidr' | 'trustAll' | 'invalidEntry' | 'proxyChainTrustAll';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
