// release:build: the release of one version from valid data and the archive, checked against its schema before anything is written.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Basis } from '../../schemas/index.ts';
import type { BasesFile, ChangesFile, Manifest, PublishedDocument, PublishedJurisdiction, ReleaseIndex } from '../../schemas/release.ts';
import { FORMAT_VERSION, PUBLISHED_LISTS, PUBLISHED_SCHEMAS, SEMVER_PATTERN } from '../../schemas/release.ts';
import { writeDirAtomic, writeFileAtomic } from '../atomic.ts';
import { countBySeverity, type Diagnostic } from '../diagnostics.ts';
import { Repository } from '../repository.ts';
import { validate } from '../validate.ts';
import { continuityProblems, INDEX_FILE, readIndex, readReleaseBases, readReleaseLists, releasesBefore, RELEASES_DIR, type IndexEntry } from './archive.ts';
import { canonicalJson, compareCodePoints, sha256 } from './canonical.ts';
import { computeChanges, summarize } from './changes.ts';
import { listCounts } from './counts.ts';
import { listCsv } from './csv.ts';
import { publishedForm, selectPublished, type PublishedEntry, type PublishedLists } from './publish.ts';
import { compareSemver, isPatchStep } from './semver.ts';
import { schemaErrors } from './validators.ts';
import { verifyArchive } from './verify.ts';

/** A reason not to build, for the person running the command (exit 1). */
export class ReleaseError extends Error {
  readonly zh: string;
  readonly details: string[];
  constructor(zh: string, en: string, details: string[] = []) {
    super(en);
    this.zh = zh;
    this.details = details;
  }
}

/** The data does not validate: the diagnostics say why (exit 1). */
export class InvalidDataError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly files: number;
  constructor(diagnostics: Diagnostic[], files: number) {
    super('the data has validation errors');
    this.diagnostics = diagnostics;
    this.files = files;
  }
}

export interface BuildOptions {
  /** Repository root: package.json gives the version, releases/ is the archive. */
  root: string;
  /** Where the data is read from (default: root), e.g. an export of an older commit. */
  dataRoot?: string;
  /** Version to build (default: package.json's). */
  version?: string;
}

export interface BuiltRelease {
  version: string;
  edition: string;
  releaseDate: string;
  previousVersion: string | undefined;
  /** File name → bytes, manifest.json included. */
  files: Map<string, Buffer>;
  /** releases/index.json with this version added. */
  index: ReleaseIndex;
  changes: ChangesFile;
}

export function packageVersion(root: string): string {
  const file = path.join(root, 'package.json');
  if (!existsSync(file)) throw new ReleaseError(`找不到 ${file}`, `${file} not found`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '';
}

/**
 * The human edition label. A release that only changes the patch number keeps the edition it corrects, with
 * 「（勘误n）」; any other is the next edition of its release date's year: 「2026年版」, then 「2026年第2版」, ...
 */
export function editionFor(version: string, releaseDate: string, earlier: readonly IndexEntry[]): string {
  const isEdition = (i: number) => i === 0 || !isPatchStep(earlier[i - 1]!.version, earlier[i]!.version);
  const last = earlier.at(-1);
  if (last && isPatchStep(last.version, version)) {
    let base = earlier.length - 1;
    while (!isEdition(base)) base--;
    return `${earlier[base]!.edition}（勘误${earlier.length - base}）`;
  }
  const year = releaseDate.slice(0, 4);
  const n = 1 + earlier.filter((r, i) => isEdition(i) && r.releaseDate.startsWith(year)).length;
  return n === 1 ? `${year}年版` : `${year}年第${n}版`;
}

function publishedJurisdiction(repo: Repository): PublishedJurisdiction {
  const j = repo.jurisdiction.entry!;
  return {
    name: j.name,
    ...(j.name_en !== undefined ? { name_en: j.name_en } : {}),
    level: j.level,
    division_code: j.division_code,
    example: j.example,
    approving_body: j.approving_body,
    credit_office: j.credit_office,
    departments: j.departments,
  };
}

/** Serialize a JSON document, refusing it unless it conforms to its published schema. */
function document(doc: PublishedDocument, data: unknown): Buffer {
  const text = canonicalJson(data);
  const errors = schemaErrors(doc, JSON.parse(text));
  if (errors.length)
    throw new Error(`${PUBLISHED_SCHEMAS[doc].file} does not conform to ${PUBLISHED_SCHEMAS[doc].schemaFile}: ${errors.join('; ')}`);
  return Buffer.from(text, 'utf8');
}

/** Build a release in memory. Throws ReleaseError or InvalidDataError for problems the user can fix. */
export function buildRelease(opts: BuildOptions): BuiltRelease {
  const root = path.resolve(opts.root);
  const dataRoot = path.resolve(opts.dataRoot ?? root);
  const version = opts.version ?? packageVersion(root);
  if (!SEMVER_PATTERN.test(version))
    throw new ReleaseError(`版本号“${version}”不是语义化版本（如 1.0.0）`, `Version "${version}" is not a semver version (such as 1.0.0)`);

  const releasesDir = path.join(root, RELEASES_DIR);
  const archive = verifyArchive(releasesDir, RELEASES_DIR);
  if (archive.problems.length)
    throw new ReleaseError('已发布的版本未通过校验，先修复发布目录（npm run release:verify）', 'The archive fails verification; fix it first (npm run release:verify)', archive.problems.map((p) => `${p.file}: ${p.zh} / ${p.en}`));

  const checked = validate(dataRoot);
  if (countBySeverity(checked.diagnostics).errors) throw new InvalidDataError(checked.diagnostics, checked.files.length);

  const index = readIndex(releasesDir);
  const earlier = releasesBefore(index, version);
  const previous = earlier.at(-1);
  const previousLists = previous ? readReleaseLists(releasesDir, previous.version) : undefined;

  const repo = new Repository(dataRoot);
  // An entry under amendment keeps its last published version: the one in this very release when it is
  // being rebuilt (it may hold a correction made since the previous release), else the previous release's.
  const archived = index?.releases.find((r) => r.version === version);
  const rebuilding = archived !== undefined;
  // A release is rebuilt in the format it was published in, so that its bytes never change.
  const formatVersion = archived?.formatVersion ?? FORMAT_VERSION;
  const selection = selectPublished(repo, rebuilding ? readReleaseLists(releasesDir, version) : previousLists);
  const releaseDate = selection.releaseDate;
  if (releaseDate === undefined) throw new ReleaseError('没有可发布的条目：还没有任何已审定的条目', 'Nothing to publish: no entry has been approved yet');
  const lists = {} as Record<string, unknown[]>;
  for (const list of PUBLISHED_LISTS) {
    const before = new Map<string, PublishedEntry>((previousLists?.[list] ?? []).map((e) => [e.id, e]));
    lists[list] = selection.chosen[list].map((c) => publishedForm(c.id, c.entry, releaseDate, before.get(c.id)));
  }
  const published = lists as unknown as PublishedLists;
  const bases = repo
    .all('basis')
    .filter((f): f is typeof f & { entry: Basis } => f.entry !== undefined)
    .map((f) => ({ ...f.entry, id: f.id }))
    .sort((a, b) => compareCodePoints(a.id, b.id));

  if (previous) {
    const gone = continuityProblems({ lists: previousLists!, bases: readReleaseBases(releasesDir, previous.version) }, { lists: published, bases });
    if (gone.length)
      throw new ReleaseError(`与上一版本 ${previous.version} 相比，有已发布的内容被删除或恢复`, `Compared with ${previous.version}, published content was removed or revived`, gone.map((p) => `${p.zh} / ${p.en}`));
  }

  const edition = editionFor(version, releaseDate, earlier);
  const envelope = { formatVersion, version, edition, releaseDate };
  const jurisdiction = publishedJurisdiction(repo);
  const changeList = computeChanges(previousLists, published, releaseDate);
  const changes: ChangesFile = { ...envelope, ...(previous ? { previousVersion: previous.version } : {}), summary: summarize(changeList), changes: changeList };

  const files = new Map<string, Buffer>();
  for (const list of PUBLISHED_LISTS) {
    files.set(`${list}.json`, document(list, { ...envelope, list, entries: lists[list] }));
    files.set(`${list}.csv`, Buffer.from(listCsv(list, { jurisdiction, bases, lists: published }, formatVersion), 'utf8'));
  }
  files.set('bases.json', document('bases', { ...envelope, bases } satisfies BasesFile));
  files.set('changes.json', document('changes', changes));

  const fileRecords: Manifest['files'] = [...files.keys()].sort(compareCodePoints).map((name) => {
    const bytes = files.get(name)!;
    const doc = (Object.keys(PUBLISHED_SCHEMAS) as PublishedDocument[]).find((d) => PUBLISHED_SCHEMAS[d].file === name);
    return {
      path: name,
      bytes: bytes.length,
      sha256: sha256(bytes),
      mediaType: name.endsWith('.csv') ? 'text/csv; charset=utf-8; header=present' : 'application/json',
      ...(doc ? { schema: PUBLISHED_SCHEMAS[doc].schemaFile } : {}),
    };
  });
  const manifest: Manifest = {
    ...envelope,
    ...(previous ? { previousVersion: previous.version } : {}),
    jurisdiction,
    counts: { ...listCounts(published), bases: bases.length },
    files: fileRecords,
  };
  const manifestBytes = document('manifest', manifest);
  files.set('manifest.json', manifestBytes);

  const record = { version, edition, releaseDate, formatVersion, ...(previous ? { previousVersion: previous.version } : {}), manifestSha256: sha256(manifestBytes) };
  const records = [...(index?.releases ?? []).filter((r) => r.version !== version), record].sort((a, b) => compareSemver(b.version, a.version));
  const newIndex: ReleaseIndex = { formatVersion: records[0]!.formatVersion, latest: records[0]!.version, releases: records };
  document('index', newIndex);
  return { version, edition, releaseDate, previousVersion: previous?.version, files, index: newIndex, changes };
}

/** Write a built release into the archive as releases/<version>/ and update releases/index.json; never overwrites a version. */
export function writeToArchive(root: string, built: BuiltRelease): string {
  const releasesDir = path.join(path.resolve(root), RELEASES_DIR);
  const dir = path.join(releasesDir, built.version);
  const shown = `${RELEASES_DIR}/${built.version}/`;
  if (existsSync(dir))
    throw new ReleaseError(
      `版本 ${built.version} 已经发布（${shown} 已存在），已发布的版本不可更改。请用 changesets 提升版本号（npm run version-packages）后再构建，或用 --out 写到其他目录`,
      `Version ${built.version} has already been released (${shown} exists) and a published release never changes. Bump the version with changesets (npm run version-packages), or build elsewhere with --out`,
    );
  const latest = readIndex(releasesDir)?.latest;
  if (latest && compareSemver(built.version, latest) < 0)
    throw new ReleaseError(`版本 ${built.version} 低于已发布的最新版本 ${latest}`, `Version ${built.version} is lower than the latest release ${latest}`);
  writeDirAtomic(dir, built.files);
  try {
    writeFileAtomic(path.join(releasesDir, INDEX_FILE), canonicalJson(built.index));
  } catch (err) {
    rmSync(dir, { recursive: true, force: true }); // the index did not take it: no half-published version
    throw err;
  }
  return shown;
}

/** Write a built release into any folder (nothing else is touched); the folder must not exist or be empty. */
export function writeToDir(out: string, built: BuiltRelease): void {
  if (existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length))
    throw new ReleaseError(`输出目录 ${out} 已存在且不为空；请指定新目录或空目录`, `Output folder ${out} exists and is not empty; give a new or empty folder`);
  writeDirAtomic(out, built.files);
}
