// Reading git's object database in process (loose objects and version-2 pack indexes, deltas included), and the
// revisions the governance check is given (HEAD^1, a branch, a full SHA): a git process costs more than validating a
// file, so the check asks git itself only what this reader cannot answer. Anything unusual (SHA-256 objects, reftable,
// replace refs, grafts, a missing object) makes `openObjectStore` return undefined or a read throw `GitObjectMissing`,
// and the caller falls back to running git.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag';
export interface GitObject {
  type: ObjectType;
  data: Buffer;
}

/** An object this reader cannot find (a partial or shallow clone): the caller asks git instead. */
export class GitObjectMissing extends Error {}

export interface TreeEntry {
  mode: string;
  name: string;
  sha: string;
}

export interface Commit {
  tree: string;
  parents: string[];
  /** The committer's timestamp (seconds) and time-zone offset in minutes. */
  committedAt: number;
  committerOffsetMinutes: number;
}

const TYPES: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const OFS_DELTA = 6;
const REF_DELTA = 7;
const SHA_HEX = /^[0-9a-f]{40}$/;

interface Pack {
  file: string;
  fd?: number;
  size: number;
  count: number;
  fanout: Uint32Array;
  shas: Buffer;
  offsets: Buffer;
  largeOffsets: Buffer;
  /** Every object's offset in ascending order, with the pack's end: where each object's compressed data stops. */
  sortedOffsets?: Float64Array;
}

export interface ObjectStore {
  /** The repository's git directory (for HEAD) and common directory (objects, refs). */
  readonly gitDir: string;
  readonly commonDir: string;
  read(sha: string): GitObject;
  has(sha: string): boolean;
  close(): void;
}

/** The git directory of a work tree's top folder (`.git` or the `gitdir:` a linked work tree's `.git` file names). */
function gitDirOf(root: string): string | undefined {
  const dotGit = path.join(root, '.git');
  if (!existsSync(dotGit)) return undefined;
  if (statSync(dotGit).isDirectory()) return dotGit;
  const m = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
  return m ? path.resolve(root, m[1]!.trim()) : undefined;
}

/** An in-process reader of the repository whose top folder is `root`, or undefined where git must answer itself. */
export function openObjectStore(root: string): ObjectStore | undefined {
  const gitDir = gitDirOf(root);
  if (!gitDir) return undefined;
  const commonFile = path.join(gitDir, 'commondir');
  const commonDir = existsSync(commonFile) ? path.resolve(gitDir, readFileSync(commonFile, 'utf8').trim()) : gitDir;
  const config = existsSync(path.join(commonDir, 'config')) ? readFileSync(path.join(commonDir, 'config'), 'utf8') : '';
  // SHA-256 object names, reftable refs, replacements and grafts change what a name means: git answers those.
  if (/objectformat\s*=\s*sha256|refstorage\s*=/i.test(config)) return undefined;
  if (existsSync(path.join(commonDir, 'info', 'grafts')) || existsSync(path.join(commonDir, 'refs', 'replace'))) return undefined;
  if (/refs\/replace\//.test(readIfExists(path.join(commonDir, 'packed-refs')))) return undefined;

  const objectDirs = [path.join(commonDir, 'objects')];
  for (let i = 0; i < objectDirs.length && i < 16; i++)
    for (const line of readIfExists(path.join(objectDirs[i]!, 'info', 'alternates')).split('\n'))
      if (line.trim() && !line.startsWith('#')) objectDirs.push(path.resolve(objectDirs[i]!, line.trim()));

  const packs: Pack[] = [];
  for (const dir of objectDirs) {
    const packDir = path.join(dir, 'pack');
    if (!existsSync(packDir)) continue;
    for (const name of readdirSync(packDir)) {
      if (!name.endsWith('.idx')) continue;
      const pack = openPackIndex(path.join(packDir, name));
      if (pack === 'unsupported') return undefined;
      if (pack) packs.push(pack);
    }
  }

  const cache = new Map<string, GitObject>();
  const byOffset = new Map<string, { type: number; data: Buffer }>();
  const remember = <K, V>(map: Map<K, V>, key: K, value: V) => {
    if (map.size > 4096) map.clear(); // a bound, not an LRU: the check reads a few hundred objects
    map.set(key, value);
  };

  const findInPacks = (sha: string): { pack: Pack; offset: number } | undefined => {
    const bin = Buffer.from(sha, 'hex');
    for (const pack of packs) {
      const first = bin[0]!;
      let lo = first === 0 ? 0 : pack.fanout[first - 1]!;
      let hi = pack.fanout[first]!;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = pack.shas.compare(bin, 0, 20, mid * 20, mid * 20 + 20);
        if (c === 0) return { pack, offset: offsetAt(pack, mid) };
        if (c < 0) lo = mid + 1;
        else hi = mid;
      }
    }
    return undefined;
  };

  const loosePath = (sha: string) => objectDirs.map((d) => path.join(d, sha.slice(0, 2), sha.slice(2))).find((p) => existsSync(p));

  const readPacked = (pack: Pack, offset: number, depth = 0): { type: number; data: Buffer } => {
    const key = `${pack.file}:${offset}`;
    const hit = byOffset.get(key);
    if (hit) return hit;
    if (depth > 4096) throw new GitObjectMissing(`delta chain too deep in ${pack.file}`);
    const end = nextOffset(pack, offset);
    const raw = readRange(pack, offset, end);
    let pos = 0;
    let byte = raw[pos++]!;
    const type = (byte >> 4) & 7;
    while (byte & 0x80) byte = raw[pos++]!;
    let result: { type: number; data: Buffer };
    if (type === OFS_DELTA) {
      byte = raw[pos++]!;
      let back = byte & 0x7f;
      while (byte & 0x80) {
        byte = raw[pos++]!;
        back = (back + 1) * 128 + (byte & 0x7f);
      }
      const base = readPacked(pack, offset - back, depth + 1);
      result = { type: base.type, data: applyDelta(base.data, inflateSync(raw.subarray(pos))) };
    } else if (type === REF_DELTA) {
      const base = readObject(raw.subarray(pos, pos + 20).toString('hex'), depth + 1);
      result = { type: Number(Object.entries(TYPES).find(([, t]) => t === base.type)![0]), data: applyDelta(base.data, inflateSync(raw.subarray(pos + 20))) };
    } else if (TYPES[type]) result = { type, data: inflateSync(raw.subarray(pos)) };
    else throw new GitObjectMissing(`unknown object type ${type} in ${pack.file}`);
    remember(byOffset, key, result);
    return result;
  };

  const readObject = (sha: string, depth = 0): GitObject => {
    const hit = cache.get(sha);
    if (hit) return hit;
    let obj: GitObject;
    const loose = loosePath(sha);
    if (loose) {
      const raw = inflateSync(readFileSync(loose));
      const nul = raw.indexOf(0);
      const [type] = raw.subarray(0, nul).toString('latin1').split(' ');
      if (!Object.values(TYPES).includes(type as ObjectType)) throw new GitObjectMissing(`unknown object type ${type} of ${sha}`);
      obj = { type: type as ObjectType, data: raw.subarray(nul + 1) };
    } else {
      const found = findInPacks(sha);
      if (!found) throw new GitObjectMissing(`object ${sha} not found`);
      const packed = readPacked(found.pack, found.offset, depth);
      obj = { type: TYPES[packed.type]!, data: packed.data };
    }
    remember(cache, sha, obj);
    return obj;
  };

  return {
    gitDir,
    commonDir,
    read: (sha) => readObject(sha),
    has: (sha) => cache.has(sha) || loosePath(sha) !== undefined || findInPacks(sha) !== undefined,
    close() {
      for (const p of packs) if (p.fd !== undefined) closeSync(p.fd);
    },
  };
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function openPackIndex(idxFile: string): Pack | undefined | 'unsupported' {
  const packFile = idxFile.slice(0, -'.idx'.length) + '.pack';
  if (!existsSync(packFile)) return undefined;
  const idx = readFileSync(idxFile);
  // Version 1 indexes (git before 1.5.2) have no magic number: git reads those.
  if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) return 'unsupported';
  const fanout = new Uint32Array(256);
  for (let i = 0; i < 256; i++) fanout[i] = idx.readUInt32BE(8 + i * 4);
  const count = fanout[255]!;
  const shasAt = 8 + 1024;
  const offsetsAt = shasAt + count * 24; // 20-byte names, then 4-byte CRCs
  return {
    file: packFile,
    size: statSync(packFile).size,
    count,
    fanout,
    shas: idx.subarray(shasAt, shasAt + count * 20),
    offsets: idx.subarray(offsetsAt, offsetsAt + count * 4),
    largeOffsets: idx.subarray(offsetsAt + count * 4),
  };
}

function offsetAt(pack: Pack, i: number): number {
  const v = pack.offsets.readUInt32BE(i * 4);
  if (!(v & 0x80000000)) return v;
  const j = (v & 0x7fffffff) * 8;
  return pack.largeOffsets.readUInt32BE(j) * 2 ** 32 + pack.largeOffsets.readUInt32BE(j + 4);
}

function nextOffset(pack: Pack, offset: number): number {
  if (!pack.sortedOffsets) {
    const all = new Float64Array(pack.count + 1);
    for (let i = 0; i < pack.count; i++) all[i] = offsetAt(pack, i);
    all[pack.count] = pack.size - 20; // the pack's trailing checksum
    pack.sortedOffsets = all.sort();
  }
  const s = pack.sortedOffsets;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return s[lo] ?? pack.size - 20;
}

function readRange(pack: Pack, start: number, end: number): Buffer {
  pack.fd ??= openSync(pack.file, 'r');
  const buf = Buffer.allocUnsafe(end - start);
  let done = 0;
  while (done < buf.length) {
    const n = readSync(pack.fd, buf, done, buf.length - done, start + done);
    if (n === 0) break;
    done += n;
  }
  return buf.subarray(0, done);
}

/** Git's delta format: the sizes, then copy-from-base and insert instructions. */
export function applyDelta(base: Buffer, delta: Buffer): Buffer {
  let pos = 0;
  const size = () => {
    let n = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = delta[pos++]!;
      n += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return n;
  };
  if (size() !== base.length) throw new GitObjectMissing('delta base size mismatch');
  const out = Buffer.allocUnsafe(size());
  let at = 0;
  while (pos < delta.length) {
    const op = delta[pos++]!;
    if (op & 0x80) {
      let offset = 0;
      let length = 0;
      for (let i = 0; i < 4; i++) if (op & (1 << i)) offset += delta[pos++]! * 2 ** (8 * i);
      for (let i = 0; i < 3; i++) if (op & (0x10 << i)) length += delta[pos++]! << (8 * i);
      if (length === 0) length = 0x10000;
      at += base.copy(out, at, offset, offset + length);
    } else if (op) {
      at += delta.copy(out, at, pos, pos + op);
      pos += op;
    } else throw new GitObjectMissing('invalid delta instruction');
  }
  if (at !== out.length) throw new GitObjectMissing('delta result size mismatch');
  return out;
}

export function parseTree(data: Buffer): TreeEntry[] {
  const out: TreeEntry[] = [];
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(0x20, pos);
    const nul = data.indexOf(0, space);
    out.push({ mode: data.toString('latin1', pos, space), name: data.toString('utf8', space + 1, nul), sha: data.toString('hex', nul + 1, nul + 21) });
    pos = nul + 21;
  }
  return out;
}

export const isTreeMode = (mode: string) => mode === '40000';

/** Git's order of tree entries: by name, a folder's name read as if it ended in '/'. */
function compareEntryNames(a: Buffer, as: number, ae: number, aTree: boolean, b: Buffer, bs: number, be: number, bTree: boolean): number {
  const n = Math.min(ae - as, be - bs);
  const c = a.compare(b, bs, bs + n, as, as + n);
  if (c !== 0) return c;
  const ca = as + n < ae ? a[as + n]! : aTree ? 0x2f : 0;
  const cb = bs + n < be ? b[bs + n]! : bTree ? 0x2f : 0;
  return ca - cb;
}

/**
 * The entries of two raw trees that differ, walked together in git's order: an entry the same in both (mode, name
 * and object) is skipped without being decoded, so diffing two large folders costs little more than comparing bytes.
 * A pair has the same name and kind (file or folder); an entry alone was removed (before) or added (after).
 */
export function treeDifferences(a: Buffer, b: Buffer): { before?: TreeEntry; after?: TreeEntry }[] {
  const out: { before?: TreeEntry; after?: TreeEntry }[] = [];
  const entryAt = (d: Buffer, pos: number) => {
    const space = d.indexOf(0x20, pos);
    const nul = d.indexOf(0, space);
    return { pos, space, nul, end: nul + 21, tree: space - pos === 5 && d.toString('latin1', pos, space) === '40000' };
  };
  const decode = (d: Buffer, e: ReturnType<typeof entryAt>): TreeEntry => ({ mode: d.toString('latin1', e.pos, e.space), name: d.toString('utf8', e.space + 1, e.nul), sha: d.toString('hex', e.nul + 1, e.end) });
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length) {
      const x = entryAt(a, i);
      out.push({ before: decode(a, x) });
      i = x.end;
      continue;
    }
    if (i >= a.length) {
      const y = entryAt(b, j);
      out.push({ after: decode(b, y) });
      j = y.end;
      continue;
    }
    const x = entryAt(a, i);
    const y = entryAt(b, j);
    if (x.end - x.pos === y.end - y.pos && a.compare(b, y.pos, y.end, x.pos, x.end) === 0) {
      i = x.end;
      j = y.end;
      continue;
    }
    const c = compareEntryNames(a, x.space + 1, x.nul, x.tree, b, y.space + 1, y.nul, y.tree);
    if (c === 0) {
      out.push({ before: decode(a, x), after: decode(b, y) });
      i = x.end;
      j = y.end;
    } else if (c < 0) {
      out.push({ before: decode(a, x) });
      i = x.end;
    } else {
      out.push({ after: decode(b, y) });
      j = y.end;
    }
  }
  return out;
}

const MODES = new Set(['40000', '100644', '100755', '120000', '160000']);

/** The mode of the entry `name` in a raw tree, found without parsing the other entries. */
export function treeEntryOf(data: Buffer, name: string): string | undefined {
  const needle = Buffer.from(` ${name}\0`);
  for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1)) {
    // A real entry: its mode starts the tree or follows the previous entry's NUL and 20-byte hash. (A name cannot
    // hold a NUL, so only a hash could hold the needle, its bytes random: never in practice.)
    for (const start of [at - 6, at - 5]) {
      if (start < 0 || (start !== 0 && data[start - 21] !== 0)) continue;
      const mode = data.toString('latin1', start, at);
      if (MODES.has(mode)) return mode;
    }
  }
  return undefined;
}

export function parseCommit(data: Buffer): Commit {
  const header = data.toString('utf8', 0, Math.max(0, data.indexOf('\n\n')) || data.length);
  const tree = /^tree ([0-9a-f]{40})$/m.exec(header)?.[1];
  const committer = /^committer .* (\d+) ([+-])(\d\d)(\d\d)$/m.exec(header);
  if (!tree || !committer) throw new GitObjectMissing('malformed commit');
  const parents = [...header.matchAll(/^parent ([0-9a-f]{40})$/gm)].map((m) => m[1]!);
  const offset = (Number(committer[3]) * 60 + Number(committer[4])) * (committer[2] === '-' ? -1 : 1);
  return { tree, parents, committedAt: Number(committer[1]), committerOffsetMinutes: offset };
}

/** The commit's date in its committer's time zone (git's `%cs`). */
export function committerDate(c: Commit): string {
  return new Date((c.committedAt + c.committerOffsetMinutes * 60) * 1000).toISOString().slice(0, 10);
}

/** The commit a tag or commit object names (`^{commit}`). */
export function peelToCommit(store: ObjectStore, sha: string): string | undefined {
  for (let i = 0; i < 16; i++) {
    const obj = store.read(sha);
    if (obj.type === 'commit') return sha;
    if (obj.type !== 'tag') return undefined;
    const target = /^object ([0-9a-f]{40})$/m.exec(obj.data.toString('utf8'))?.[1];
    if (!target) return undefined;
    sha = target;
  }
  return undefined;
}

/** A ref's value: loose ref files (following `ref:`), then packed-refs. */
function readRef(store: ObjectStore, name: string, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  // HEAD and other pseudo-refs live in the work tree's own git directory; refs/ in the common one.
  const dir = name.startsWith('refs/') ? store.commonDir : store.gitDir;
  const file = path.join(dir, name);
  if (existsSync(file) && statSync(file).isFile()) {
    const text = readFileSync(file, 'utf8').trim();
    if (text.startsWith('ref: ')) return readRef(store, text.slice(5).trim(), depth + 1);
    const sha = text.slice(0, 40);
    return SHA_HEX.test(sha) ? sha : undefined;
  }
  for (const line of readIfExists(path.join(store.commonDir, 'packed-refs')).split('\n'))
    if (line.endsWith(` ${name}`) && SHA_HEX.test(line.slice(0, 40))) return line.slice(0, 40);
  return undefined;
}

/**
 * A revision of the forms CI and people pass (a full SHA, HEAD, a branch, tag or remote branch, each followed by
 * `^`, `^n`, `~n`) resolved to its commit, or undefined: git resolves everything else (and reports the unknown).
 */
export function resolveRevision(store: ObjectStore, rev: string): string | undefined {
  const m = /^([A-Za-z0-9._/-]+?)((?:\^\d*|~\d*)*)$/.exec(rev);
  if (!m || m[1]!.includes('..') || m[1]!.endsWith('.lock')) return undefined;
  const name = m[1]!;
  let sha: string | undefined;
  if (SHA_HEX.test(name)) sha = store.has(name) ? name : undefined;
  else {
    const candidates = /^[A-Z_]+$/.test(name) || name.startsWith('refs/') ? [name] : [];
    candidates.push(`refs/${name}`, `refs/tags/${name}`, `refs/heads/${name}`, `refs/remotes/${name}`, `refs/remotes/${name}/HEAD`);
    // A name that is both a branch and a tag is ambiguous: git warns and decides.
    const found = candidates.flatMap((c) => readRef(store, c) ?? []);
    if (found.length > 1 && new Set(found).size > 1) return undefined;
    sha = found[0];
  }
  if (!sha) return undefined;
  let commit = peelToCommit(store, sha);
  for (const [, op, digits] of (m[2] ?? '').matchAll(/([\^~])(\d*)/g)) {
    if (!commit) return undefined;
    const n = digits === '' ? 1 : Number(digits);
    if (op === '^') {
      if (n === 0) continue;
      commit = parseCommit(store.read(commit).data).parents[n - 1];
    } else for (let i = 0; i < n && commit; i++) commit = parseCommit(store.read(commit).data).parents[0];
  }
  return commit;
}
