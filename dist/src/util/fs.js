/** File-system questions whose answer is "no" when the path cannot be examined at all. */
import fs from 'node:fs';
import path from 'node:path';
/** Whether the path (links followed) is a regular file; false when it is missing or unreadable. */
export function isFile(p) {
    try {
        return fs.statSync(p).isFile();
    }
    catch {
        return false;
    }
}
/** Whether the path (links followed) is a directory; false when it is missing or unreadable. */
export function isDirectory(p) {
    try {
        return fs.statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
/** The top of the git repository holding `dir` (the nearest ancestor with `.git`), or null. */
export function findRepoTop(dir) {
    let cur = dir;
    for (;;) {
        if (fs.existsSync(path.join(cur, '.git')))
            return cur;
        const parent = path.dirname(cur);
        if (parent === cur)
            return null;
        cur = parent;
    }
}
