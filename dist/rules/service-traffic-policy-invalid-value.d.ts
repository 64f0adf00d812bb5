declare const _default: import("../src/engine/rule.js").Rule<"emptyInternal" | MessageId, {}>;
export default _default;
type MessageId = 'wrongCase' | 'unsupported' | 'notString';
