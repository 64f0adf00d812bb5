/**
 * Where go-yaml (kubectl, Helm: sigs.k8s.io/yaml's go-yaml v2; kustomize: go-yaml v3) accepts
 * YAML that the `yaml` package rejects, as srcip-lint reads it (src/source/yaml-parse.ts). The
 * official test suite's cases below are errors for the YAML spec and for the `yaml` package, and
 * kubectl reads them: test/source/kubectl-oracle.test.ts runs kubectl on each of them, and
 * test/yaml-suite.test.ts expects no yaml-syntax finding on them.
 */
export const GO_YAML_ACCEPTS: ReadonlyMap<string, string> = new Map([
  ['QB6E', 'a double-quoted scalar whose continuation lines are indented less than its key'],
  ['DK95-1', 'a double-quoted scalar continued on a tab-indented line'],
  ['9C9N', 'a flow sequence whose lines are indented less than its key'],
  ['Y79Y-3', 'a flow sequence continued on a tab-indented line'],
  ['SU5Z', 'a comment right after a double-quoted scalar'],
  ['9JBA', 'a comment right after the end of a flow sequence'],
  ['CVW2', 'a comment right after a comma in a flow sequence'],
  ['X4QW', 'a comment right after a block scalar header'],
  ['HRE5', "the escape \\' in a double-quoted scalar"],
]);

/** A case the other way round: the `yaml` package (YAML 1.2) accepts it, go-yaml rejects it. */
export const GO_YAML_REJECTS: ReadonlyMap<string, string> = new Map([['3UYS', 'the escape \\/ in a double-quoted scalar']]);

/**
 * Cases where srcip-lint still reads what go-yaml rejects: a flow mapping whose key and `:` are
 * on separate lines (valid YAML 1.2, which the `yaml` package reads and libyaml does not) becomes
 * readable once its lines may be indented less than the key. Not a shape manifests take.
 */
export const GO_YAML_STILL_DIFFERS: ReadonlyMap<string, string> = new Map([['VJP3-0', 'a flow mapping key and its : on separate lines, at column 0']]);
