// Writing files so that a failed run leaves the previous output intact: write beside, then rename.
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Write a folder of files: fill a temporary folder beside it, then rename it into place. The target must not exist or be empty. */
export function writeDirAtomic(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  const parent = path.dirname(path.resolve(dir));
  mkdirSync(parent, { recursive: true });
  const tmp = path.join(parent, `.${path.basename(dir)}.${process.pid}.tmp`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const [name, content] of files) writeFileSync(path.join(tmp, name), content);
    if (existsSync(dir)) rmdirSync(dir); // only an empty folder: rmdir refuses anything else
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** Whether a process with this ID is running (EPERM: it is, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temporary names this module and the site build write beside their target, with the writer's process ID:
 * `.name.<pid>.tmp` (files and release folders), `name.tmp-<pid>` / `name.old-<pid>` (the site's swap) and
 * `name.tmp-<pid>-<part>` (a split site build's helper output and shared load).
 */
const TEMPORARY_NAME = /^(?:\.(.+)\.(\d+)\.tmp|(.+)\.(?:tmp|old)-(\d+)(?:-[a-z]+)?)$/;

/**
 * Remove what a killed run left in `dir`: temporaries of `target` (a name in `dir`, or any when omitted) whose writer
 * is no longer running. A run still in progress keeps its own. Returns the names removed.
 */
export function removeStaleTemporaries(dir: string, target?: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMPORARY_NAME.exec(name);
    if (!m) continue;
    const [of, pid] = m[1] !== undefined ? [m[1], Number(m[2])] : [m[3]!, Number(m[4])];
    if ((target !== undefined && of !== target) || pid === process.pid || isRunning(pid)) continue;
    rmSync(path.join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
