type Id = 'traefikForwardedHeaders' | 'traefikProxyProtocol' | 'kongTrustedIps' | 'haproxySrcIpHeader' | 'nginxIncSetRealIpFrom' | 'envoyGatewayTrustedCidrs' | 'envoyGatewayCustomHeader' | 'traefikWorkload' | 'kongHeader' | 'kongWorkload' | 'haproxyController' | 'nginxIncController' | 'gatewayTrustedCidrs' | 'gatewayCustomHeader';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
