// npm run lockfile:complete — after `npm install` on a registry mirror that lacks other platforms' builds,
// add the optional platform packages npm left out of package-lock.json, so `npm ci` accepts the lock anywhere.
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../lib/atomic.ts';
import { runMain } from '../lib/cli.ts';

interface LockEntry {
  version?: string;
  license?: string;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const OS: Record<string, string> = { darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', android: 'android' };
const CPU = new Set(['x64', 'arm64', 'arm', 'ia32', 'wasm32']);

/** The lock entry a full registry would have written for a platform package, read off its name. */
export function platformEntry(name: string, version: string, license: string | undefined): LockEntry {
  const parts = name.split('/').at(-1)!.split('-');
  const entry: LockEntry = { version, license: license ?? 'MIT', optional: true };
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.has(p));
  if (cpu) entry.cpu = [cpu];
  if (os) entry.os = [os];
  if (parts.includes('gnu')) entry.libc = ['glibc'];
  if (parts.includes('musl')) entry.libc = ['musl'];
  return entry;
}

await runMain(() => {
  const file = 'package-lock.json';
  const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
  let added = 0;
  for (const [, meta] of Object.entries(lock.packages))
    for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
      const key = `node_modules/${dep}`;
      if (lock.packages[key]) continue;
      lock.packages[key] = platformEntry(dep, version, meta.license);
      added++;
    }
  if (added) {
    const [root, ...rest] = Object.entries(lock.packages);
    lock.packages = Object.fromEntries([root!, ...rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
    writeFileAtomic(file, JSON.stringify(lock, null, 2) + '\n');
  }
  process.stdout.write(`added ${added} optional platform package(s) to ${file}\n`);
  return 0;
});
