// A build's child process dies with its parent, even when the parent is killed outright.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return test();
}

describe('spawnTiedNode', () => {
  for (const signal of ['SIGKILL', 'SIGTERM'] as const)
    it(`ends the child when the parent gets ${signal}`, async () => {
      const parent = spawn(process.execPath, [path.join(import.meta.dirname, 'tied-child.fixture.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
      const childPid = await new Promise<number>((resolve) => parent.stdout.once('data', (b: Buffer) => resolve(Number(String(b).trim()))));
      expect(running(childPid)).toBe(true);
      parent.kill(signal);
      expect(await until(() => !running(childPid), 5000)).toBe(true);
    });
});
