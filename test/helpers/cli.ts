/** Runs the CLI in-process with captured streams. */

import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  options: { cwd: string; stdin?: string; env?: Record<string, string>; tty?: boolean },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}
