// Reading the vendored upstream releases: every byte checked against the pin on every load, then the lists parsed.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BasesFile, Manifest, PublishedList } from '../../schemas/release.ts';
import { PUBLISHED_LISTS, PUBLISHED_SCHEMAS } from '../../schemas/release.ts';
import { ARCHIVE } from '../../schemas/lists.ts';
import { UPSTREAM_DIR, type UpstreamPin } from '../../schemas/upstream.ts';
import type { PublishedEntry } from '../release/publish.ts';
import { checkListedFile, checkManifest, MANIFEST_FILE, type UpstreamProblem } from './check.ts';

export interface VendoredRelease {
  pin: UpstreamPin;
  /** Folder relative to the repository root. */
  dir: string;
  files: number;
  problems: UpstreamProblem[];
  manifest?: Manifest;
  /** Entries by published list, present only when every file verified. */
  lists?: Partial<Record<PublishedList, PublishedEntry[]>>;
  bases?: BasesFile['bases'];
}

export function vendoredDir(pin: UpstreamPin): string {
  return path.posix.join(UPSTREAM_DIR, pin.division_code, pin.version);
}

function readPlain(file: string): Uint8Array | undefined {
  try {
    if (!lstatSync(file).isFile()) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** One pinned release as vendored in the repository, verified. */
export function readVendored(root: string, pin: UpstreamPin): VendoredRelease {
  const dir = vendoredDir(pin);
  const abs = path.join(root, dir);
  const problems: UpstreamProblem[] = [];
  const out: VendoredRelease = { pin, dir, files: 0, problems };
  const manifestBytes = readPlain(path.join(abs, MANIFEST_FILE));
  if (!manifestBytes) {
    problems.push({
      file: dir,
      zh: `尚未获取 ${pin.name}（${pin.division_code}）的 ${pin.version} 版本：请运行 npm run upstream:sync`,
      en: `${pin.name} (${pin.division_code}) release ${pin.version} is not vendored yet: run npm run upstream:sync`,
    });
    return out;
  }
  const manifest = checkManifest(manifestBytes, pin, dir, problems);
  if (!manifest) return out;
  out.manifest = manifest;
  // The manifest's signature is not listed in the manifest it signs, yet belongs to the release.
  const listed = new Set([MANIFEST_FILE, ARCHIVE.manifestSignature, ...manifest.files.map((f) => f.path)]);
  let present: string[] = [];
  try {
    present = readdirSync(abs);
  } catch {
    /* reported below as missing files */
  }
  for (const name of present)
    if (!listed.has(name)) problems.push({ file: `${dir}/${name}`, zh: `未列入 ${MANIFEST_FILE}：不属于该版本`, en: `is not listed in ${MANIFEST_FILE}: not part of that release` });
  const bytes = new Map<string, Uint8Array>();
  for (const f of manifest.files) {
    const b = readPlain(path.join(abs, f.path));
    if (checkListedFile(f, b, dir, problems)) bytes.set(f.path, b!);
  }
  out.files = bytes.size + 1;
  if (problems.length) return out;
  const json = (name: string) => JSON.parse(Buffer.from(bytes.get(name)!).toString('utf8')) as Record<string, unknown>;
  out.lists = {};
  for (const list of PUBLISHED_LISTS) if (bytes.has(`${list}.json`)) out.lists[list] = (json(`${list}.json`) as { entries: PublishedEntry[] }).entries;
  if (bytes.has(PUBLISHED_SCHEMAS.bases.file)) out.bases = (json(PUBLISHED_SCHEMAS.bases.file) as unknown as BasesFile).bases;
  return out;
}

/** Every pinned release, in the order of the configuration. */
export function loadUpstreams(root: string, pins: readonly UpstreamPin[]): VendoredRelease[] {
  return pins.map((pin) => readVendored(root, pin));
}
