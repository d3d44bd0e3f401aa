// release:verify: the signatures (index and manifests, against allowed_signers), every archived release against its
// manifest (sizes, SHA-256), its schema and the index; what each release derives from its own data (release date,
// edition, legal status, changes) recomputed; and every ID of a release still present (perhaps as a tombstone) in the next.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BasesFile, ChangesFile, Manifest, PublishedDocument, PublishedList, ReleaseIndex } from '../../schemas/release.ts';
import { FORMAT_MAJOR, PUBLISHED_LISTS, PUBLISHED_SCHEMAS, publishedListsIn, SEMVER_PATTERN } from '../../schemas/release.ts';
import { continuityProblems, INDEX_FILE, releaseFiles, type IndexEntry } from './archive.ts';
import { canonicalJson, jsonEqual, sha256 } from './canonical.ts';
import { computeChanges, summarize } from './changes.ts';
import { listCounts } from './counts.ts';
import { editionFor } from './edition.ts';
import { authoringOf, decisionDates, publishedForm, type PublishedEntry, type PublishedLists } from './publish.ts';
import { compareSemver } from './semver.ts';
import { ALLOWED_SIGNERS, INDEX_SIGNATURE, isExampleKey, MANIFEST_SIGNATURE, readAllowedSigners, signatureProblems, type JudgedAt } from './signing.ts';
import { parseSignature } from './sshsig.ts';
import type { AllowedSigner } from './allowed-signers.ts';
import { schemaErrors } from './validators.ts';

export interface VerifyProblem {
  /** Path of the file at fault, relative to the repository root. */
  file: string;
  /** 1-based line and column, where the problem has one (allowed_signers). */
  line?: number;
  column?: number;
  zh: string;
  en: string;
}

export interface VerifyOptions {
  /** The day the index signature is judged at (default: now); manifests are judged at their release dates. */
  now?: Date;
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

  problem(file: string, zh: string, en: string, at?: { line: number; column: number }): void {
    this.problems.push({ file, ...at, zh, en });
  }

  /** Check a detached signature of `signedParts`; the signature file is `signedParts` + .sig. Returns whether one exists. */
  signature(signedParts: string[], message: Buffer, signers: readonly AllowedSigner[] | undefined, at: JudgedAt, exampleData: boolean | undefined): boolean {
    const sigParts = [...signedParts.slice(0, -1), `${signedParts.at(-1)}.sig`];
    const sigPath = path.join(this.dir, ...sigParts);
    const text = existsSync(sigPath) ? readFileSync(sigPath, 'utf8') : undefined;
    if (text !== undefined) this.files++;
    if (!signers) return text !== undefined; // allowed_signers is missing or unreadable: reported once, already
    const shown = { signature: this.rel(...sigParts), signed: this.rel(...signedParts), allowedSigners: this.rel(ALLOWED_SIGNERS) };
    const found = signatureProblems(text, message, signers, at, shown);
    for (const p of found) this.problem(p.en.includes('does not match') ? shown.signed : shown.signature, p.zh, p.en);
    if (!found.length && exampleData === false && isExampleKey(parseSignature(text!).publicKey))
      this.problem(
        shown.signature,
        '数据不是示例（jurisdiction.example 为 false），却用示例密钥签名：示例私钥是公开的，这个签名不能证明任何事',
        'The data is not an example (jurisdiction.example is false) but is signed with the example key, whose private half is public: the signature proves nothing',
      );
    return text !== undefined;
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
export function verifyArchive(releasesDir: string, shown = 'releases', opts: VerifyOptions = {}): VerifyResult {
  const c = new Checker(releasesDir, shown);
  if (!existsSync(releasesDir)) return { problems: [], releases: 0, files: 0 };
  const names = readdirSync(releasesDir).sort();
  const versionDirs = names.filter((n) => SEMVER_PATTERN.test(n) && statSync(path.join(releasesDir, n)).isDirectory());
  const TOP_FILES: readonly string[] = [INDEX_FILE, INDEX_SIGNATURE, ALLOWED_SIGNERS];
  for (const n of names)
    if (!TOP_FILES.includes(n) && !versionDirs.includes(n))
      c.problem(c.rel(n), `不应出现在发布目录中（只能有 ${TOP_FILES.join('、')} 和各版本目录；可能是中断运行留下的临时文件，请删除）`, `does not belong in the archive (only ${TOP_FILES.join(', ')} and version folders; perhaps left by an interrupted run: delete it)`);

  if (!names.includes(INDEX_FILE)) {
    if (versionDirs.length) c.problem(c.rel(INDEX_FILE), `缺少版本索引 ${INDEX_FILE}`, `the index ${INDEX_FILE} is missing`);
    return { problems: c.problems, releases: 0, files: c.files };
  }
  const signers = allowedSigners(c);
  const indexBytes = readFileSync(path.join(releasesDir, INDEX_FILE));
  const index = c.json<ReleaseIndex>([INDEX_FILE], 'index', indexBytes);
  if (!index) {
    c.signature([INDEX_FILE], indexBytes, signers, { now: opts.now ?? new Date() }, undefined);
    return { problems: c.problems, releases: 0, files: c.files };
  }
  const indexFile = c.rel(INDEX_FILE);

  const versions = index.releases.map((r) => r.version);
  const sorted = [...versions].sort((a, b) => compareSemver(b, a));
  if (new Set(versions).size !== versions.length || versions.join() !== sorted.join())
    c.problem(indexFile, `版本须唯一并按从新到旧排列：${versions.join(', ')}`, `versions must be unique and newest first: ${versions.join(', ')}`);
  if (index.latest !== sorted[0]) c.problem(indexFile, `latest 应为 ${sorted[0]}，实为 ${index.latest}`, `latest should be ${sorted[0]}, not ${index.latest}`);
  for (const v of versions) if (!versionDirs.includes(v)) c.problem(indexFile, `列出的版本 ${v} 没有目录 ${c.rel(v)}/`, `lists version ${v}, but ${c.rel(v)}/ does not exist`);
  for (const v of versionDirs) if (!versions.includes(v)) c.problem(c.rel(v), `版本目录未列入 ${indexFile}`, `is not listed in ${indexFile}`);

  const ascending = [...index.releases].filter((r) => versionDirs.includes(r.version)).sort((a, b) => compareSemver(a.version, b.version));
  let before: Content | undefined; // the last release that verified, for continuity
  let previous: Content | undefined; // the release just before, if it verified, to recompute what is derived from it
  let firstSigned: string | undefined;
  let latestExample: boolean | undefined;
  const derivedEarlier: Pick<IndexEntry, 'version' | 'edition' | 'releaseDate'>[] = [];
  ascending.forEach((record, i) => {
    const expectedPrevious = ascending[i - 1]?.version;
    if (record.previousVersion !== expectedPrevious)
      c.problem(indexFile, `${record.version} 的 previousVersion 应为 ${expectedPrevious ?? '（无）'}`, `previousVersion of ${record.version} should be ${expectedPrevious ?? '(none)'}`);
    const result = verifyRelease(c, record, expectedPrevious, { signers, firstSigned, previous: i === 0 || previous ? previous : null, derivedEarlier });
    if (result.signed) firstSigned ??= record.version;
    if (result.example !== undefined) latestExample = result.example;
    const content = result.content;
    if (content && before)
      for (const p of continuityProblems(before, content))
        c.problem(c.rel(record.version, p.list === 'bases' ? 'bases.json' : `${p.list}.json`), `${p.zh}（与 ${before.version} 相比）`, `${p.en} (compared with ${before.version})`);
    if (content) before = content;
    previous = content;
  });
  // The index lists every manifest's hash, so its signature covers every release, those archived before signing began too.
  c.signature([INDEX_FILE], indexBytes, signers, { now: opts.now ?? new Date() }, latestExample);
  return { problems: c.problems, releases: index.releases.length, files: c.files };
}

interface Content {
  version: string;
  releaseDate: string;
  lists: PublishedLists;
  bases: BasesFile['bases'];
}

function allowedSigners(c: Checker): AllowedSigner[] | undefined {
  const file = c.rel(ALLOWED_SIGNERS);
  const parsed = readAllowedSigners(c.dir);
  if (!parsed) {
    c.problem(file, '缺少发布签名公钥文件 allowed_signers：无法校验签名（见 RELEASING.md“签名”）', 'allowed_signers, the release signing keys, is missing: the signatures cannot be checked (RELEASING.md, "Signing")');
    return undefined;
  }
  c.files++;
  for (const p of parsed.problems) c.problem(file, p.zh, p.en, { line: p.line, column: p.column });
  if (parsed.problems.length) return undefined;
  if (!parsed.signers.length) c.problem(file, 'allowed_signers 中没有任何公钥', 'allowed_signers lists no key');
  return parsed.signers;
}

interface ReleaseContext {
  signers: readonly AllowedSigner[] | undefined;
  /** The first signed release so far: every release after it must be signed too. */
  firstSigned: string | undefined;
  /** The previous release's content; null when it exists but did not verify (nothing can be recomputed against it). */
  previous: Content | undefined | null;
  /** Version, recomputed edition and release date of the releases so far, oldest first. */
  derivedEarlier: Pick<IndexEntry, 'version' | 'edition' | 'releaseDate'>[];
}

function verifyRelease(
  c: Checker,
  record: ReleaseIndex['releases'][number],
  previousVersion: string | undefined,
  ctx: ReleaseContext,
): { content?: Content; signed: boolean; example?: boolean } {
  const v = record.version;
  const manifestFile = c.rel(v, 'manifest.json');
  if (!existsSync(path.join(c.dir, v, 'manifest.json'))) {
    c.problem(manifestFile, '缺少 manifest.json', 'manifest.json is missing');
    return { signed: false };
  }
  const manifestBytes = readFileSync(path.join(c.dir, v, 'manifest.json'));
  if (sha256(manifestBytes) !== record.manifestSha256)
    c.problem(manifestFile, `SHA-256 与 ${c.rel(INDEX_FILE)} 中记录的不符：文件被改动过`, `SHA-256 does not match the one recorded in ${c.rel(INDEX_FILE)}: the file was changed`);
  const manifest = c.json<Manifest>([v, 'manifest.json'], 'manifest', manifestBytes);
  // A release signed on its own is judged at its release date (from the index when the manifest is unreadable).
  const sigExists = existsSync(path.join(c.dir, v, MANIFEST_SIGNATURE));
  if (sigExists || ctx.firstSigned)
    if (!sigExists && ctx.signers)
      c.problem(
        c.rel(v, MANIFEST_SIGNATURE),
        `缺少签名：${manifestFile} 没有 OpenSSH 签名（自 ${ctx.firstSigned} 起每个版本都须签名）`,
        `Missing signature: ${manifestFile} has no OpenSSH signature (every release since ${ctx.firstSigned} must be signed)`,
      );
    else c.signature([v, 'manifest.json'], manifestBytes, ctx.signers, { releaseDate: manifest?.releaseDate ?? record.releaseDate }, manifest?.jurisdiction.example);
  const signed = sigExists;
  if (!manifest) return { signed };
  const derived = { version: v, edition: manifest.edition, releaseDate: manifest.releaseDate };

  if (Number(manifest.formatVersion.split('.')[0]) !== FORMAT_MAJOR)
    c.problem(manifestFile, `发布格式 ${manifest.formatVersion} 不是本工具支持的 ${FORMAT_MAJOR}.x`, `format ${manifest.formatVersion} is not the ${FORMAT_MAJOR}.x this tool reads`);
  if (manifest.version !== v) c.problem(manifestFile, `version 为 ${manifest.version}，与目录名 ${v} 不符`, `version is ${manifest.version}, but the folder is ${v}`);
  if (manifest.previousVersion !== previousVersion)
    c.problem(manifestFile, `previousVersion 应为 ${previousVersion ?? '（无）'}`, `previousVersion should be ${previousVersion ?? '(none)'}`);
  for (const f of ['edition', 'releaseDate', 'formatVersion', 'previousVersion'] as const)
    if (manifest[f] !== record[f])
      c.problem(c.rel(INDEX_FILE), `${v} 的 ${f} 与 ${manifestFile} 不符`, `${f} of ${v} differs from ${manifestFile}`);

  const listed = manifest.files.map((f) => f.path);
  const expected = releaseFiles(manifest.formatVersion);
  if (listed.join() !== expected.join()) c.problem(manifestFile, `所列文件应为 ${expected.join(', ')}`, `should list exactly ${expected.join(', ')}`);
  const present = readdirSync(path.join(c.dir, v)).sort();
  for (const name of present)
    if (name !== 'manifest.json' && name !== MANIFEST_SIGNATURE && !listed.includes(name)) c.problem(c.rel(v, name), `未列入 ${manifestFile}`, `is not listed in ${manifestFile}`);

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
  if (!intact) {
    ctx.derivedEarlier.push(derived);
    return { signed, example: manifest.jurisdiction.example };
  }

  const lists = {} as Record<PublishedList, PublishedEntry[]>;
  for (const list of PUBLISHED_LISTS) lists[list] = (docs.get(`${list}.json`) as { entries: PublishedEntry[] } | undefined)?.entries ?? [];
  const bases = (docs.get('bases.json') as BasesFile).bases;
  const counts = { ...listCounts(lists as unknown as PublishedLists, manifest.formatVersion), bases: bases.length };
  if (canonicalJson(counts) !== canonicalJson(manifest.counts)) c.problem(manifestFile, 'counts 与各清单文件的条目数不符', 'counts do not match the entries of the list files');
  const changes = docs.get('changes.json') as ChangesFile;
  if (changes.previousVersion !== previousVersion)
    c.problem(c.rel(v, 'changes.json'), `previousVersion 应为 ${previousVersion ?? '（无）'}`, `previousVersion should be ${previousVersion ?? '(none)'}`);
  const content: Content = { version: v, releaseDate: manifest.releaseDate, lists: lists as unknown as PublishedLists, bases };
  derived.edition = recomputeDerived(c, manifest, changes, content, ctx);
  ctx.derivedEarlier.push(derived);
  return { content, signed, example: manifest.jurisdiction.example };
}

/**
 * What the builder derives, recomputed from the release's own entries and the previous release: the release date,
 * each entry's legal status, the edition label and changes.json. Returns the edition the release should carry.
 */
function recomputeDerived(c: Checker, manifest: Manifest, changes: ChangesFile, content: Content, ctx: ReleaseContext): string {
  const v = manifest.version;
  const manifestFile = c.rel(v, 'manifest.json');
  let latest: { date: string; id: string } | undefined;
  for (const list of PUBLISHED_LISTS)
    for (const e of content.lists[list] as PublishedEntry[])
      for (const d of decisionDates(authoringOf(e))) if (!latest || d > latest.date) latest = { date: d, id: e.id };
  if (latest && latest.date !== manifest.releaseDate)
    c.problem(
      manifestFile,
      `releaseDate 为 ${manifest.releaseDate}，但本版本所发布的最新决定是 ${latest.date}（${latest.id}）：发布日期由数据决定，不能改写`,
      `releaseDate is ${manifest.releaseDate}, but the latest decision this release publishes is of ${latest.date} (${latest.id}): the release date comes from the data and cannot be rewritten`,
    );

  const edition = editionFor(v, manifest.releaseDate, ctx.derivedEarlier);
  if (edition !== manifest.edition)
    c.problem(manifestFile, `版次为“${manifest.edition}”，按版本号、发布日期和此前各版应为“${edition}”`, `edition is "${manifest.edition}"; from its version, release date and the earlier releases it should be "${edition}"`);

  if (ctx.previous === null) return edition; // the previous release is damaged: already reported, nothing to compare with
  const previousLists = ctx.previous?.lists;
  for (const list of PUBLISHED_LISTS) {
    const before = new Map<string, PublishedEntry>(((previousLists?.[list] ?? []) as PublishedEntry[]).map((e) => [e.id, e]));
    for (const e of content.lists[list] as PublishedEntry[]) {
      const prior = before.get(e.id);
      const expected = publishedForm(e.id, authoringOf(e), manifest.releaseDate, prior).legal_status; // as the builder states it
      if (expected !== e.legal_status)
        c.problem(
          c.rel(v, `${list}.json`),
          `${e.id} 的 legal_status 为 ${e.legal_status}，按其审定、废止记录和发布日期 ${manifest.releaseDate} 应为 ${expected}`,
          `${e.id} has legal_status ${e.legal_status}; from its approval or repeal and the release date ${manifest.releaseDate} it should be ${expected}`,
        );
    }
  }
  const expectedChanges = computeChanges(previousLists, content.lists, manifest.releaseDate);
  const changesFile = c.rel(v, 'changes.json');
  if (!jsonEqual(summarize(expectedChanges), changes.summary))
    c.problem(changesFile, 'summary 与各条变更不符（按本版本和上一版本的条目重新计算）', 'summary does not match the changes recomputed from this release and the previous one');
  const key = (x: { list: string; id: string }) => `${x.list}/${x.id}`;
  const got = new Map(changes.changes.map((x) => [key(x), x]));
  const want = new Map(expectedChanges.map((x) => [key(x), x]));
  for (const [k, x] of want)
    if (!got.has(k)) c.problem(changesFile, `缺少 ${x.id} 的变更记录（${x.change}）`, `the change of ${x.id} (${x.change}) is missing`);
    else if (!jsonEqual(got.get(k), x))
      c.problem(changesFile, `${x.id} 的变更记录与按条目重新计算的不符（应为 ${x.change}，生效 ${x.effective}）`, `the change recorded for ${x.id} differs from the one recomputed from the entries (${x.change}, effective ${x.effective})`);
  for (const [k, x] of got) if (!want.has(k)) c.problem(changesFile, `列有 ${x.id} 的变更（${x.change}），但两个版本的条目并无此变更（条目没有变化或不在本版本中）`, `lists a change of ${x.id} (${x.change}) that the entries of the two releases do not show (the entry is unchanged or absent)`);
  if (![...got.keys()].every((k, i) => k === [...want.keys()][i]) && got.size === want.size && [...want.keys()].every((k) => got.has(k)))
    c.problem(changesFile, '变更的顺序应按清单、再按编号', 'changes must be ordered by list, then ID');
  return edition;
}
