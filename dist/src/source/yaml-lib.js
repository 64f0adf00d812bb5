/**
 * The `yaml` package, loaded on first use. Most runs never need it: the fast parser reads the
 * documents and finds the positions of findings; `yaml` only reads what the fast parser declines
 * (and YAML embedded in ConfigMaps). Keeping it out of the startup path matters for pre-commit runs
 * on a few files. The rest of src/source imports the `yaml` API from here.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { packageFile } from '../package.js';
let lib;
/**
 * The package as scripts/bundle.mjs bundles it into one file (dist/yaml.cjs: one file to compile
 * instead of ~80 modules to resolve and compile), or from node_modules in a checkout without it.
 */
export function yamlLib() {
    if (!lib) {
        const require = createRequire(import.meta.url);
        const bundled = packageFile('dist/yaml.cjs');
        lib = (fs.existsSync(bundled) ? require(bundled) : require('yaml'));
    }
    return lib;
}
let goLexer;
/**
 * `parseAllDocuments` with a lexer that lets two constructs span lines the way go-yaml does
 * (kubectl and Helm read YAML with sigs.k8s.io/yaml's go-yaml v2, kustomize with go-yaml v3; both
 * keep libyaml's scanner): a quoted scalar whose continuation lines are indented less than its
 * key (the YAML spec, and the `yaml` package, end the scalar there and report the rest as
 * errors), and a flow collection (`[a,\nb]`) whose lines are indented less than its key. libyaml
 * checks neither (`yaml_parser_scan_flow_scalar` and the flow context skip the indentation
 * check); only a document marker (`---`, `...`) at the start of a line ends them. Everything else
 * is the `yaml` package's own parser, so offsets and nodes are exact.
 */
export function parseAllDocumentsGo(source, options) {
    const y = yamlLib();
    goLexer ??= makeGoLexer(y);
    const parser = new y.Parser();
    parser.lexer = new goLexer();
    const docs = Array.from(new y.Composer(options).compose(parser.parse(source)));
    return docs.length > 0 ? docs : (Object.assign([], { empty: true }));
}
function makeGoLexer(y) {
    const Base = y.Lexer;
    class GoLexer extends Base {
        quoted = false;
        *parseQuotedScalar() {
            this.quoted = true;
            try {
                return yield* super.parseQuotedScalar();
            }
            finally {
                this.quoted = false;
            }
        }
        /** Inside a quoted scalar, any line continues it but a document marker. */
        continueScalar(offset) {
            if (!this.quoted)
                return super.continueScalar(offset);
            const b = this.buffer;
            if ((b.startsWith('---', offset) || b.startsWith('...', offset)) && ' \t\r\n'.includes(b[offset + 3] ?? ' '))
                return -1;
            let i = offset;
            while (b[i] === ' ' || b[i] === '\t')
                i++;
            return i;
        }
        /**
         * In a flow collection, lines may be indented less than the key; a document marker at column 0
         * still ends it (the lexer then emits FLOW_END, \x18, and starts a new document).
         */
        *parseFlowCollection() {
            const indentNext = this.indentNext;
            this.indentNext = 0;
            let cancelled = false;
            try {
                const it = super.parseFlowCollection();
                for (let r = it.next();; r = it.next()) {
                    if (r.done)
                        return r.value;
                    if (r.value === '\x18')
                        cancelled = true;
                    yield r.value;
                }
            }
            finally {
                if (!cancelled)
                    this.indentNext = indentNext;
            }
        }
    }
    return GoLexer;
}
export const isAlias = (n) => yamlLib().isAlias(n);
export const isMap = (n) => yamlLib().isMap(n);
export const isPair = (n) => yamlLib().isPair(n);
export const isScalar = (n) => yamlLib().isScalar(n);
export const isSeq = (n) => yamlLib().isSeq(n);
const aliasTargets = new WeakMap();
/**
 * The node an alias stands for: the last node with its anchor before it, in document order (the
 * rule of yaml's `Alias.resolve`). `Alias.resolve` walks the whole document for each alias, which
 * is quadratic in a document of many aliases; here one walk per document finds every target.
 */
export function resolveAlias(doc, alias) {
    let targets = aliasTargets.get(doc);
    if (!targets) {
        const found = new Map();
        const latest = new Map();
        yamlLib().visit(doc, {
            Node: (_key, node) => {
                if (isAlias(node))
                    found.set(node, latest.get(node.source));
                else if (node.anchor)
                    latest.set(node.anchor, node);
            },
        });
        targets = found;
        aliasTargets.set(doc, targets);
    }
    return targets.get(alias);
}
