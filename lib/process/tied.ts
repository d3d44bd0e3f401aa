// Starting a child process that dies with its parent (see exit-with-parent.ts): for long builds run as a child.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PRELOAD = fileURLToPath(new URL('./exit-with-parent.ts', import.meta.url));

/** Run a Node script as a child that ends when this process ends, however it ends. */
export function spawnTiedNode(script: string, args: readonly string[], opts: Omit<SpawnOptions, 'stdio'> & { quiet?: boolean }): ChildProcess {
  const { quiet, ...rest } = opts;
  const child = spawn(process.execPath, ['--import', PRELOAD, script, ...args], {
    ...rest,
    stdio: quiet ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  // Nor does the channel keep this process waiting: only the child's exit does.
  child.channel?.unref();
  // An interrupted build (Ctrl-C, a CI timeout's SIGTERM) stops its child before it goes.
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  child.once('exit', () => process.off('exit', stop));
  return child;
}
