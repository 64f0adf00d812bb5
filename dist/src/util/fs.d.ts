/** File-system questions whose answer is "no" when the path cannot be examined at all. */
/** Whether the path (links followed) is a regular file; false when it is missing or unreadable. */
export declare function isFile(p: string): boolean;
/** Whether the path (links followed) is a directory; false when it is missing or unreadable. */
export declare function isDirectory(p: string): boolean;
