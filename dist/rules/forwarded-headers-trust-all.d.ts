type Id = 'traefikForwardedHeaders' | 'traefikProxyProtocol' | 'kongTrustedIps' | 'haproxySrcIpHeader' | 'nginxIncSetRealIpFrom' | 'envoyGatewayTrustedCidrs' | 'envoyGatewayCustomHeader';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
