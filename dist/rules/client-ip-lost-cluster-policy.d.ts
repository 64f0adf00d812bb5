type Id = 'lost' | 'lostUncoveredPorts' | 'inTreeNlbTargetType' | 'envoyProxyCluster' | 'consumer' | 'ciliumConfig' | 'gatewayEnvoyProxy';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
