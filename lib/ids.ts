// IDs once used are never used again: in the data, in any published release, or anywhere in the git history.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ARCHIVE, FILE_KINDS, LIST_KINDS, type FileKind, type ListKind } from '../schemas/index.ts';
import { isGitRepository, pathsEverAdded } from './git.ts';
import { discover } from './repository.ts';

export const RELEASES_DIR = ARCHIVE.dir;

/** Folders of one-entry-per-file data, named by ID. */
export const ENTRY_FOLDERS = Object.values(FILE_KINDS).flatMap((s) => (s.folder ? [s.folder] : []));

const SERIAL_ID = new RegExp(`^(?:${LIST_KINDS.map((k) => FILE_KINDS[k].idPrefix).join('|')})\\d{4}$`);

/** The kind and ID a data-folder path names, if it names one. */
export function idOfPath(file: string): { kind: FileKind; id: string } | undefined {
  const [folder, name, ...rest] = file.split('/');
  if (rest.length || !name?.endsWith('.yaml')) return undefined;
  const spec = Object.values(FILE_KINDS).find((s) => s.folder === folder);
  return spec ? { kind: spec.kind, id: name.slice(0, -'.yaml'.length) } : undefined;
}

/**
 * IDs that a release file mentions: serial IDs (ML-0001…) wherever they appear, and any value of an `id`
 * field (legal-basis slugs). Independent of the release format's details, which another module owns.
 */
export function idsInJson(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (SERIAL_ID.test(value)) into.add(value);
  } else if (Array.isArray(value)) for (const v of value) idsInJson(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (SERIAL_ID.test(k)) into.add(k);
      if (k === 'id' && typeof v === 'string') into.add(v);
      idsInJson(v, into);
    }
  return into;
}

/** IDs in the JSON files given as (path, content) pairs; unparsable files are skipped (the release verifier reports them). */
export function idsInReleaseFiles(files: Iterable<[string, Uint8Array]>): Set<string> {
  const out = new Set<string>();
  for (const [file, bytes] of files) {
    if (!file.endsWith('.json')) continue;
    try {
      idsInJson(JSON.parse(Buffer.from(bytes).toString('utf8')), out);
    } catch {
      // not JSON: not ours to judge here
    }
  }
  return out;
}

function walk(dir: string, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const n of names) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Every ID ever used in the repository at `root`: data on disk, releases on disk, and git history if there is one. */
export function usedIds(root: string): Set<string> {
  const used = new Set<string>();
  for (const { file } of discover(root)) {
    const ref = idOfPath(file);
    if (ref) used.add(ref.id);
  }
  const releaseFiles = walk(path.join(root, RELEASES_DIR)).map((p): [string, Uint8Array] => [p, readFileSync(p)]);
  for (const id of idsInReleaseFiles(releaseFiles)) used.add(id);
  if (isGitRepository(root))
    for (const file of addedOnAnyBranch(root)) {
      const ref = idOfPath(file);
      if (ref) used.add(ref.id);
    }
  return used;
}

/** Paths added on any local or fetched branch, so that two open proposals do not take the same number. */
function addedOnAnyBranch(root: string): string[] {
  try {
    return pathsEverAdded(root, '--all', ENTRY_FOLDERS);
  } catch {
    return []; // a repository without commits yet
  }
}

/** The next serial ID of a list after every ID ever used (ML-0007 used → ML-0008). */
export function nextSerialId(kind: ListKind, used: Iterable<string>): string {
  const spec = FILE_KINDS[kind];
  let max = 0;
  for (const id of used) if (spec.idPattern!.test(id)) max = Math.max(max, Number(id.slice(spec.idPrefix!.length)));
  const next = max + 1;
  if (next > 9999) throw new Error(`${spec.label.en}: IDs exhausted (${spec.idPrefix}9999)`);
  return `${spec.idPrefix}${String(next).padStart(4, '0')}`;
}
