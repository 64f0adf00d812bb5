/**
 * The data model shared by every layer: documents, objects, rules, reports and findings.
 * Nothing here does I/O or knows about YAML.
 */
export const SEVERITIES = ['error', 'warning', 'info'];
