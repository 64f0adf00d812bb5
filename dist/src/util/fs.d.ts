/** File-system questions whose answer is "no" when the path cannot be examined at all. */
/** Whether the path (links followed) is a regular file; false when it is missing or unreadable. */
export declare function isFile(p: string): boolean;
/** Whether the path (links followed) is a directory; false when it is missing or unreadable. */
export declare function isDirectory(p: string): boolean;
/** The top of the git repository holding `dir` (the nearest ancestor with `.git`), or null. */
export declare function findRepoTop(dir: string): string | null;
