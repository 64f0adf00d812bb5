type Id = 'traefikForwardedHeaders' | 'traefikProxyProtocol' | 'kongTrustedIps' | 'haproxySrcIpHeader' | 'traefikWorkload' | 'kongHeader' | 'kongWorkload' | 'haproxyController';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
