/**
 * Helm charts behind rendered output: findings traced to the template line that wrote them and
 * the values line that set them. Used by `lint()` after the rules ran; rules never import this.
 */
export { parseSource } from './charts.js';
export { mapPath, type MapResult, type TemplateHit } from './map.js';
export { parseTemplate, type ParsedTemplate } from './template.js';
export { traceToCharts, type TraceOptions } from './trace.js';
