/** Glob patterns (`*`, `**`, `?`, `[...]`, `{a,b}`) over `/`-separated relative paths. */
export function hasGlobChars(pattern) {
    return /[*?[\]{}]/.test(pattern);
}
/**
 * Compiles a glob to a RegExp over whole relative paths. By default (ignore lists) a pattern
 * without `/` matches at any depth, as in .gitignore; `anyDepth: false` anchors it (command-line
 * globs, as a shell would).
 */
export function globToRegExp(pattern, options = {}) {
    let p = pattern.replace(/\\/g, '/');
    if (p.startsWith('./'))
        p = p.slice(2);
    const anyDepth = (options.anyDepth ?? true) && !p.includes('/');
    let re = '';
    let i = 0;
    let braces = 0;
    while (i < p.length) {
        const c = p[i];
        if (c === '*') {
            if (p[i + 1] === '*') {
                const slashAfter = p[i + 2] === '/';
                re += slashAfter ? '(?:.*/)?' : '.*';
                i += slashAfter ? 3 : 2;
                continue;
            }
            re += '[^/]*';
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '[') {
            const end = p.indexOf(']', i + 1);
            if (end < 0)
                re += '\\[';
            else {
                let cls = p.slice(i + 1, end);
                if (cls.startsWith('!'))
                    cls = '^' + cls.slice(1);
                re += `[${cls.replace(/\\/g, '\\\\')}]`;
                i = end;
            }
        }
        else if (c === '{') {
            braces++;
            re += '(?:';
        }
        else if (c === '}' && braces > 0) {
            braces--;
            re += ')';
        }
        else if (c === ',' && braces > 0) {
            re += '|';
        }
        else {
            re += c.replace(/[.+^$()|\\]/g, '\\$&');
        }
        i++;
    }
    if (p.endsWith('/'))
        re += '.*';
    return new RegExp(`^${anyDepth ? '(?:.*/)?' : ''}${re}$`);
}
/** The leading part of a pattern without glob characters (a directory to walk from). */
export function globBase(pattern) {
    const parts = pattern.replace(/\\/g, '/').split('/');
    const base = [];
    for (const part of parts) {
        if (hasGlobChars(part))
            break;
        base.push(part);
    }
    if (base.length === parts.length)
        base.pop();
    return base.join('/') || '.';
}
