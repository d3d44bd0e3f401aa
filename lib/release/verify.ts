// release:verify: every archived release against its manifest (sizes, SHA-256), its schema and the index,
// and every ID of a release still present (perhaps as a tombstone) in the next.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BasesFile, Manifest, PublishedDocument, PublishedList, ReleaseIndex } from '../../schemas/release.ts';
import { FORMAT_MAJOR, PUBLISHED_LISTS, PUBLISHED_SCHEMAS, SEMVER_PATTERN } from '../../schemas/release.ts';
import { continuityProblems, INDEX_FILE, RELEASE_FILES } from './archive.ts';
import { canonicalJson, sha256 } from './canonical.ts';
import { listCounts } from './counts.ts';
import type { PublishedEntry, PublishedLists } from './publish.ts';
import { compareSemver } from './semver.ts';
import { schemaErrors } from './validators.ts';

export interface VerifyProblem {
  /** Path of the file at fault, relative to the repository root. */
  file: string;
  zh: string;
  en: string;
}

export interface VerifyResult {
  problems: VerifyProblem[];
  releases: number;
  files: number;
}

const ENVELOPE_FIELDS = ['formatVersion', 'version', 'edition', 'releaseDate'] as const;

class Checker {
  readonly problems: VerifyProblem[] = [];
  files = 0;
  readonly dir: string;
  readonly shown: string;
  constructor(dir: string, shown: string) {
    this.dir = dir;
    this.shown = shown;
  }

  rel(...parts: string[]): string {
    return path.posix.join(this.shown, ...parts);
  }

  problem(file: string, zh: string, en: string): void {
    this.problems.push({ file, zh, en });
  }

  /** Parse a JSON document and check it against its schema and its canonical form; undefined if unusable. */
  json<T>(parts: string[], doc: PublishedDocument, bytes?: Buffer): T | undefined {
    const file = this.rel(...parts);
    const raw = bytes ?? readFileSync(path.join(this.dir, ...parts));
    this.files++;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      this.problem(file, '不是有效的 UTF-8 文本', 'is not valid UTF-8');
      return undefined;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (err) {
      this.problem(file, `不是有效的 JSON：${(err as Error).message}`, `is not valid JSON: ${(err as Error).message}`);
      return undefined;
    }
    const errors = schemaErrors(doc, data);
    if (errors.length)
      this.problem(file, `不符合 ${PUBLISHED_SCHEMAS[doc].schemaFile}：${errors.join('；')}`, `does not conform to ${PUBLISHED_SCHEMAS[doc].schemaFile}: ${errors.join('; ')}`);
    if (canonicalJson(data) !== text)
      this.problem(file, '不是发布工具写出的规范格式（键的顺序、缩进或换行被改动过）', 'is not in the canonical form the builder writes (key order, indentation or line ends were changed)');
    return errors.length ? undefined : (data as T);
  }
}

/** Verify the archive in `releasesDir`; `shown` is how file names are printed (e.g. "releases"). */
export function verifyArchive(releasesDir: string, shown = 'releases'): VerifyResult {
  const c = new Checker(releasesDir, shown);
  if (!existsSync(releasesDir)) return { problems: [], releases: 0, files: 0 };
  const names = readdirSync(releasesDir).sort();
  const versionDirs = names.filter((n) => SEMVER_PATTERN.test(n) && statSync(path.join(releasesDir, n)).isDirectory());
  for (const n of names)
    if (n !== INDEX_FILE && !versionDirs.includes(n))
      c.problem(c.rel(n), `不应出现在发布目录中（只能有 ${INDEX_FILE} 和各版本目录；可能是中断运行留下的临时文件，请删除）`, `does not belong in the archive (only ${INDEX_FILE} and version folders; perhaps left by an interrupted run: delete it)`);

  if (!names.includes(INDEX_FILE)) {
    if (versionDirs.length) c.problem(c.rel(INDEX_FILE), `缺少版本索引 ${INDEX_FILE}`, `the index ${INDEX_FILE} is missing`);
    return { problems: c.problems, releases: 0, files: c.files };
  }
  const index = c.json<ReleaseIndex>([INDEX_FILE], 'index');
  if (!index) return { problems: c.problems, releases: 0, files: c.files };
  const indexFile = c.rel(INDEX_FILE);

  const versions = index.releases.map((r) => r.version);
  const sorted = [...versions].sort((a, b) => compareSemver(b, a));
  if (new Set(versions).size !== versions.length || versions.join() !== sorted.join())
    c.problem(indexFile, `版本须唯一并按从新到旧排列：${versions.join(', ')}`, `versions must be unique and newest first: ${versions.join(', ')}`);
  if (index.latest !== sorted[0]) c.problem(indexFile, `latest 应为 ${sorted[0]}，实为 ${index.latest}`, `latest should be ${sorted[0]}, not ${index.latest}`);
  for (const v of versions) if (!versionDirs.includes(v)) c.problem(indexFile, `列出的版本 ${v} 没有目录 ${c.rel(v)}/`, `lists version ${v}, but ${c.rel(v)}/ does not exist`);
  for (const v of versionDirs) if (!versions.includes(v)) c.problem(c.rel(v), `版本目录未列入 ${indexFile}`, `is not listed in ${indexFile}`);

  const ascending = [...index.releases].filter((r) => versionDirs.includes(r.version)).sort((a, b) => compareSemver(a.version, b.version));
  let before: { version: string; lists: PublishedLists; bases: BasesFile['bases'] } | undefined;
  ascending.forEach((record, i) => {
    const expectedPrevious = ascending[i - 1]?.version;
    if (record.previousVersion !== expectedPrevious)
      c.problem(indexFile, `${record.version} 的 previousVersion 应为 ${expectedPrevious ?? '（无）'}`, `previousVersion of ${record.version} should be ${expectedPrevious ?? '(none)'}`);
    const content = verifyRelease(c, record, expectedPrevious);
    if (content && before)
      for (const p of continuityProblems(before, content))
        c.problem(c.rel(record.version, p.list === 'bases' ? 'bases.json' : `${p.list}.json`), `${p.zh}（与 ${before.version} 相比）`, `${p.en} (compared with ${before.version})`);
    if (content) before = { version: record.version, ...content };
  });
  return { problems: c.problems, releases: index.releases.length, files: c.files };
}

function verifyRelease(c: Checker, record: ReleaseIndex['releases'][number], previousVersion: string | undefined): { lists: PublishedLists; bases: BasesFile['bases'] } | undefined {
  const v = record.version;
  const manifestFile = c.rel(v, 'manifest.json');
  if (!existsSync(path.join(c.dir, v, 'manifest.json'))) {
    c.problem(manifestFile, '缺少 manifest.json', 'manifest.json is missing');
    return undefined;
  }
  const manifestBytes = readFileSync(path.join(c.dir, v, 'manifest.json'));
  if (sha256(manifestBytes) !== record.manifestSha256)
    c.problem(manifestFile, `SHA-256 与 ${c.rel(INDEX_FILE)} 中记录的不符：文件被改动过`, `SHA-256 does not match the one recorded in ${c.rel(INDEX_FILE)}: the file was changed`);
  const manifest = c.json<Manifest>([v, 'manifest.json'], 'manifest', manifestBytes);
  if (!manifest) return undefined;

  if (Number(manifest.formatVersion.split('.')[0]) !== FORMAT_MAJOR)
    c.problem(manifestFile, `发布格式 ${manifest.formatVersion} 不是本工具支持的 ${FORMAT_MAJOR}.x`, `format ${manifest.formatVersion} is not the ${FORMAT_MAJOR}.x this tool reads`);
  if (manifest.version !== v) c.problem(manifestFile, `version 为 ${manifest.version}，与目录名 ${v} 不符`, `version is ${manifest.version}, but the folder is ${v}`);
  if (manifest.previousVersion !== previousVersion)
    c.problem(manifestFile, `previousVersion 应为 ${previousVersion ?? '（无）'}`, `previousVersion should be ${previousVersion ?? '(none)'}`);
  for (const f of ['edition', 'releaseDate', 'formatVersion', 'previousVersion'] as const)
    if (manifest[f] !== record[f])
      c.problem(c.rel(INDEX_FILE), `${v} 的 ${f} 与 ${manifestFile} 不符`, `${f} of ${v} differs from ${manifestFile}`);

  const listed = manifest.files.map((f) => f.path);
  if (listed.join() !== RELEASE_FILES.join())
    c.problem(manifestFile, `所列文件应为 ${RELEASE_FILES.join(', ')}`, `should list exactly ${RELEASE_FILES.join(', ')}`);
  const present = readdirSync(path.join(c.dir, v)).sort();
  for (const name of present)
    if (name !== 'manifest.json' && !listed.includes(name)) c.problem(c.rel(v, name), `未列入 ${manifestFile}`, `is not listed in ${manifestFile}`);

  const docs = new Map<string, unknown>();
  let intact = true;
  for (const f of manifest.files) {
    const file = c.rel(v, f.path);
    if (!present.includes(f.path)) {
      c.problem(file, `文件缺失（${manifestFile} 列有此文件）`, `is missing (listed in ${manifestFile})`);
      intact = false;
      continue;
    }
    const bytes = readFileSync(path.join(c.dir, v, f.path));
    if (bytes.length !== f.bytes) c.problem(file, `大小为 ${bytes.length} 字节，${manifestFile} 记录为 ${f.bytes} 字节`, `is ${bytes.length} bytes; ${manifestFile} says ${f.bytes}`);
    if (sha256(bytes) !== f.sha256) {
      c.problem(file, `SHA-256 与 ${manifestFile} 中记录的不符：文件被改动过`, `SHA-256 does not match ${manifestFile}: the file was changed`);
      intact = false;
    }
    const doc = (Object.keys(PUBLISHED_SCHEMAS) as PublishedDocument[]).find((d) => PUBLISHED_SCHEMAS[d].file === f.path);
    if (doc) {
      const data = c.json<Record<string, unknown>>([v, f.path], doc, bytes);
      if (!data) intact = false;
      else {
        docs.set(f.path, data);
        for (const k of ENVELOPE_FIELDS)
          if (data[k] !== manifest[k]) c.problem(file, `${k} 与 ${manifestFile} 不符`, `${k} differs from ${manifestFile}`);
      }
    } else c.files++;
  }
  if (!intact) return undefined;

  const lists = {} as Record<PublishedList, PublishedEntry[]>;
  for (const list of PUBLISHED_LISTS) lists[list] = (docs.get(`${list}.json`) as { entries: PublishedEntry[] }).entries;
  const bases = (docs.get('bases.json') as BasesFile).bases;
  const counts = { ...listCounts(lists as unknown as PublishedLists), bases: bases.length };
  if (canonicalJson(counts) !== canonicalJson(manifest.counts)) c.problem(manifestFile, 'counts 与各清单文件的条目数不符', 'counts do not match the entries of the list files');
  const changes = docs.get('changes.json') as { previousVersion?: string };
  if (changes.previousVersion !== previousVersion)
    c.problem(c.rel(v, 'changes.json'), `previousVersion 应为 ${previousVersion ?? '（无）'}`, `previousVersion should be ${previousVersion ?? '(none)'}`);
  return { lists: lists as unknown as PublishedLists, bases };
}
