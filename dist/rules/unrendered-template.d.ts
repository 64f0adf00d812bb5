/** The source layer finds the placeholders (src/source/template.ts); this rule says so once per document. */
declare const _default: import("../src/engine/rule.js").Rule<"template", {}>;
export default _default;
