// Processes that load the same repository at once (a split site build's two processes) share the work instead of
// each parsing every file: the files are cut into chunks; each process claims the next unclaimed chunk by creating
// its claim file exclusively, loads it and writes what it loaded for the others; then it takes the chunks the others
// loaded. A chunk not delivered in time is loaded here, so the result is always the whole repository, as if loaded
// alone.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { FileKind } from '../schemas/index.ts';
import type { Repository, TransferredLoad } from './repository.ts';

/** Files per chunk: small enough that the processes finish within a chunk's time of each other. */
export const SHARE_CHUNK_FILES = 200;

/** How long to wait for a chunk another process claimed before loading it here. */
export const SHARE_WAIT_MS = 60_000;

export interface LoadShare {
  /** A folder the sharing processes all see; created if missing, left for the caller to remove. */
  dir: string;
  chunkFiles?: number;
  waitMs?: number;
}

/** What one process did: files of the chunks it claimed or loaded after the wait, files of the chunks others delivered. */
export interface ShareCounts {
  loaded: number;
  taken: number;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Wait without spinning: loading is synchronous work, and so is waiting for the other process's part of it. */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Claim a chunk: exactly one process succeeds in creating its claim file. */
function claim(dir: string, k: number): boolean {
  try {
    closeSync(openSync(path.join(dir, `${k}.claim`), 'wx'));
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Load `targets` into `repo`, sharing the work through `share.dir` with any other process doing the same. */
export function shareLoads(repo: Repository, targets: readonly { kind: FileKind; file: string }[], share: LoadShare): ShareCounts {
  const size = share.chunkFiles ?? SHARE_CHUNK_FILES;
  const chunks: (typeof targets)[] = [];
  for (let i = 0; i < targets.length; i += size) chunks.push(targets.slice(i, i + size));
  mkdirSync(share.dir, { recursive: true });
  const counts: ShareCounts = { loaded: 0, taken: 0 };
  const theirs: number[] = [];
  chunks.forEach((chunk, k) => {
    if (!claim(share.dir, k)) return theirs.push(k);
    for (const { kind, file } of chunk) repo.load(file, kind);
    counts.loaded += chunk.length;
    const parts = chunk.flatMap(({ file }) => repo.transferable(file) ?? []);
    // Written whole, then renamed: a reader sees the chunk complete or not at all.
    const done = path.join(share.dir, `${k}.v8`);
    writeFileSync(`${done}.tmp-${process.pid}`, v8.serialize(parts));
    renameSync(`${done}.tmp-${process.pid}`, done);
  });
  const deadline = Date.now() + (share.waitMs ?? SHARE_WAIT_MS);
  const pending = new Set(theirs);
  while (pending.size) {
    for (const k of pending) {
      const done = path.join(share.dir, `${k}.v8`);
      if (!existsSync(done)) continue;
      const parts = v8.deserialize(readFileSync(done)) as TransferredLoad[];
      for (const t of parts) repo.adopt(t);
      counts.taken += parts.length;
      pending.delete(k);
    }
    if (!pending.size || Date.now() > deadline) break;
    sleep(2);
  }
  // Whatever was not delivered (a process that stopped, a file the others did not find) is loaded here.
  for (const { kind, file } of targets)
    if (!repo.has(file)) {
      repo.load(file, kind);
      counts.loaded++;
    }
  return counts;
}
