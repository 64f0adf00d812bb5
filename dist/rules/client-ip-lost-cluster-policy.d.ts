type Id = 'lost' | 'lostUncoveredPorts' | 'inTreeNlbTargetType' | 'envoyProxyCluster';
declare const _default: import("../src/engine/rule.js").Rule<Id, {}>;
export default _default;
