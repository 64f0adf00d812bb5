/** File-system questions whose answer is "no" when the path cannot be examined at all. */

import fs from 'node:fs';

/** Whether the path (links followed) is a regular file; false when it is missing or unreadable. */
export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Whether the path (links followed) is a directory; false when it is missing or unreadable. */
export function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
