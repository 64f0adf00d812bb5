type Id = 'traefikForwardedHeaders' | 'traefikProxyProtocol' | 'kongTrustedIps' | 'haproxySrcIpHeader' | 'traefikWorkload' | 'kongHeader' | 'haproxyController';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
