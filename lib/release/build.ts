// release:build: the release of one version from valid data and the archive, checked against its schema before anything is written.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Basis } from '../../schemas/index.ts';
import type { BasesFile, ChangesFile, Manifest, PublishedDocument, PublishedJurisdiction, ReleaseIndex } from '../../schemas/release.ts';
import { FORMAT_VERSION, formatAtLeast, NATURE_LABELS_SINCE, PUBLISHED_LISTS, PUBLISHED_SCHEMAS, publishedListsIn, SEMVER_PATTERN } from '../../schemas/release.ts';
import { removeStaleTemporaries, writeDirAtomic, writeFileAtomic } from '../atomic.ts';
import { countBySeverity, type Diagnostic } from '../diagnostics.ts';
import { Repository } from '../repository.ts';
import { positionOf } from '../yaml.ts';
import { FILE_KINDS, type FileKind } from '../../schemas/index.ts';
import { validate } from '../validate.ts';
import { continuityProblems, INDEX_FILE, readIndex, readReleaseBases, readReleaseLists, releasesBefore, RELEASES_DIR, type IndexEntry } from './archive.ts';
import { canonicalJson, compareCodePoints, sha256 } from './canonical.ts';
import { computeChanges, summarize } from './changes.ts';
import { listCounts } from './counts.ts';
import { listCsv } from './csv.ts';
import { publishedForm, selectPublished, type PublishedEntry, type PublishedLists } from './publish.ts';
import { editionFor } from './edition.ts';
import { compareSemver } from './semver.ts';
import { schemaIssues, type SchemaIssue } from './validators.ts';
import { ALLOWED_SIGNERS, assertMaySign, INDEX_SIGNATURE, MANIFEST_SIGNATURE, readAllowedSigners, sign, signingIdentityOf, signingSetupSteps, SigningError } from './signing.ts';
import type { Signer } from './sshsig.ts';
import { verifyArchive } from './verify.ts';

export { editionFor };

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
  /** The release key: signs manifest.json and the new index. Without one the release cannot enter the archive. */
  signer?: Signer;
  /** The day the index signature is judged at (default: now). */
  now?: Date;
}

export interface BuiltRelease {
  version: string;
  edition: string;
  releaseDate: string;
  previousVersion: string | undefined;
  /** File name → bytes, manifest.json included, and manifest.json.sig when signed. */
  files: Map<string, Buffer>;
  /** releases/index.json with this version added. */
  index: ReleaseIndex;
  /** The signature of the new index (releases/index.json.sig), when signed. */
  indexSignature?: string;
  changes: ChangesFile;
}

export function packageVersion(root: string): string {
  const file = path.join(root, 'package.json');
  if (!existsSync(file)) throw new ReleaseError(`找不到 ${file}`, `${file} not found`);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '';
}

/** The jurisdiction as a release of `format` publishes it (nature labels from format 1.2, so an older release rebuilds as it was). */
export function publishedJurisdiction(repo: Repository, format: string = FORMAT_VERSION): PublishedJurisdiction {
  const j = repo.jurisdiction.entry!;
  const own = (l: Record<string, string> | undefined) => l !== undefined && Object.keys(l).length > 0 && formatAtLeast(format, NATURE_LABELS_SINCE);
  const labels = { ...(own(j.nature_labels) ? { nature_labels: j.nature_labels } : {}), ...(own(j.incentive_kind_labels) ? { incentive_kind_labels: j.incentive_kind_labels } : {}) };
  return {
    name: j.name,
    ...(j.name_en !== undefined ? { name_en: j.name_en } : {}),
    level: j.level,
    division_code: j.division_code,
    example: j.example,
    approving_body: j.approving_body,
    credit_office: j.credit_office,
    departments: j.departments,
    ...labels,
  };
}

const KIND_OF_LIST: Record<string, FileKind> = { catalogue: 'catalogue', measures: 'measure', exemptions: 'exemption' };

/**
 * Where in the data a published document's schema error comes from: the entry's (or basis's, or the jurisdiction's)
 * file and the field in it, so that it is reported as a data error at file:line:col. Undefined when it has no source file.
 */
export function locateSchemaIssue(doc: PublishedDocument, data: unknown, issue: SchemaIssue, repo: Repository): Diagnostic | undefined {
  const parts = issue.pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  let kind: FileKind | undefined;
  let file: string | undefined;
  let fieldPath: (string | number)[] = [];
  const record = data as Record<string, unknown>;
  if (parts[0] === 'entries' && typeof parts[1] === 'number' && KIND_OF_LIST[doc]) {
    kind = KIND_OF_LIST[doc];
    const id = ((record.entries as { id?: string }[])[parts[1]] ?? {}).id;
    file = id === undefined ? undefined : repo.ids.get(kind)!.get(id);
    fieldPath = parts.slice(2);
  } else if (doc === 'bases' && parts[0] === 'bases' && typeof parts[1] === 'number') {
    kind = 'basis';
    const id = ((record.bases as { id?: string }[])[parts[1]] ?? {}).id;
    file = id === undefined ? undefined : repo.ids.get(kind)!.get(id);
    fieldPath = parts.slice(2);
  } else if (parts[0] === 'jurisdiction') {
    kind = 'jurisdiction';
    file = FILE_KINDS.jurisdiction.file;
    fieldPath = parts.slice(1);
  }
  if (!kind || !file) return undefined;
  const { line, col } = positionOf(repo.load(file, kind).loaded.parsed, fieldPath);
  const where = fieldPath.length ? fieldPath.join('.') : '（整个条目）';
  const schemaFile = PUBLISHED_SCHEMAS[doc].schemaFile;
  return {
    file,
    line,
    col,
    severity: 'error',
    code: 'schema-release',
    path: fieldPath.join('.'),
    message: { zh: `发布格式（${schemaFile}）不接受字段 ${where} 的值：${issue.message}`, en: `The published format (${schemaFile}) does not accept ${fieldPath.join('.') || 'the entry'}: ${issue.message}` },
    hint: {
      zh: '按发布格式改写这个值（如网址中的中文和空格须编码为 %XX）。它通过了校验却不符合发布格式，也请报告这个问题。',
      en: 'Rewrite the value to the published format (e.g. percent-encode Chinese characters and spaces in a URL). It passed validation yet fails the published format: please report that too.',
    },
  };
}

/** Serialize a JSON document, refusing it unless it conforms to its published schema; a failure is reported where the data says it. */
function document(doc: PublishedDocument, data: unknown, repo: Repository): Buffer {
  const text = canonicalJson(data);
  const parsed = JSON.parse(text) as unknown;
  const issues = schemaIssues(doc, parsed);
  if (issues.length) {
    const located = issues.map((i) => locateSchemaIssue(doc, parsed, i, repo));
    if (located.every((d) => d !== undefined)) throw new InvalidDataError(located, 1);
    throw new ReleaseError(
      `${PUBLISHED_SCHEMAS[doc].file} 不符合发布格式 ${PUBLISHED_SCHEMAS[doc].schemaFile}`,
      `${PUBLISHED_SCHEMAS[doc].file} does not conform to ${PUBLISHED_SCHEMAS[doc].schemaFile}`,
      issues.map((i) => `${i.pointer || '/'} ${i.message}`),
    );
  }
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
  // A run killed while writing left a temporary folder or index; it is no part of the archive.
  removeStaleTemporaries(releasesDir);
  const archive = verifyArchive(releasesDir, RELEASES_DIR, opts.now ? { now: opts.now } : {});
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
  const jurisdiction = publishedJurisdiction(repo, formatVersion);
  const upstream = (repo.jurisdiction.entry!.upstream ?? []).map((p) => ({ divisionCode: p.division_code, name: p.name, version: p.version, manifestSha256: p.manifest_sha256 }));
  const changeList = computeChanges(previousLists, published, releaseDate);
  const changes: ChangesFile = { ...envelope, ...(previous ? { previousVersion: previous.version } : {}), summary: summarize(changeList), changes: changeList };

  const files = new Map<string, Buffer>();
  for (const list of publishedListsIn(formatVersion)) {
    files.set(`${list}.json`, document(list, { ...envelope, list, entries: lists[list] }, repo));
    files.set(`${list}.csv`, Buffer.from(listCsv(list, { jurisdiction, bases, lists: published }, formatVersion), 'utf8'));
  }
  files.set('bases.json', document('bases', { ...envelope, bases } satisfies BasesFile, repo));
  files.set('changes.json', document('changes', changes, repo));

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
    ...(upstream.length ? { upstream } : {}),
    counts: { ...listCounts(published, formatVersion), bases: bases.length },
    files: fileRecords,
  };
  const manifestBytes = document('manifest', manifest, repo);
  files.set('manifest.json', manifestBytes);

  const record = { version, edition, releaseDate, formatVersion, ...(previous ? { previousVersion: previous.version } : {}), manifestSha256: sha256(manifestBytes) };
  const records = [...(index?.releases ?? []).filter((r) => r.version !== version), record].sort((a, b) => compareSemver(b.version, a.version));
  const newIndex: ReleaseIndex = { formatVersion: records[0]!.formatVersion, latest: records[0]!.version, releases: records };
  const indexBytes = document('index', newIndex, repo);
  let indexSignature: string | undefined;
  if (opts.signer) {
    const allowed = readAllowedSigners(releasesDir);
    const shownSigners = `${RELEASES_DIR}/${ALLOWED_SIGNERS}`;
    if (!allowed) throw signersMissing(repo.jurisdiction.entry);
    try {
      const mayOpts = { example: jurisdiction.example, allowedSignersFile: shownSigners };
      assertMaySign(opts.signer, allowed.signers, { releaseDate }, mayOpts);
      assertMaySign(opts.signer, allowed.signers, { now: opts.now ?? new Date() }, mayOpts);
    } catch (err) {
      if (err instanceof SigningError) throw new ReleaseError(err.zh, err.message);
      throw err;
    }
    files.set(MANIFEST_SIGNATURE, Buffer.from(sign(opts.signer, manifestBytes), 'utf8'));
    indexSignature = sign(opts.signer, indexBytes);
  }
  return { version, edition, releaseDate, previousVersion: previous?.version, files, index: newIndex, changes, ...(indexSignature ? { indexSignature } : {}) };
}

/** Re-sign releases/index.json (after a key rotation or revocation, or to sign an archive made before signing): only the index signature may be at fault. */
export function resignIndex(root: string, signer: Signer, now = new Date()): string {
  const releasesDir = path.join(path.resolve(root), RELEASES_DIR);
  const sigFile = `${RELEASES_DIR}/${INDEX_SIGNATURE}`;
  const others = verifyArchive(releasesDir, RELEASES_DIR, { now }).problems.filter((p) => p.file !== sigFile);
  if (others.length)
    throw new ReleaseError('发布目录除索引签名外还有问题，不能重新签名（先查明原因：npm run release:verify）', 'The archive has problems besides the index signature; it cannot be re-signed (find out why first: npm run release:verify)', others.map((p) => `${p.file}: ${p.zh} / ${p.en}`));
  const index = readIndex(releasesDir);
  if (!index) throw new ReleaseError('发布目录中还没有 index.json', 'The archive has no index.json yet');
  const allowed = readAllowedSigners(releasesDir)!;
  const latest = JSON.parse(readFileSync(path.join(releasesDir, index.latest, 'manifest.json'), 'utf8')) as Manifest;
  try {
    assertMaySign(signer, allowed.signers, { now }, { example: latest.jurisdiction.example, allowedSignersFile: `${RELEASES_DIR}/${ALLOWED_SIGNERS}` });
  } catch (err) {
    if (err instanceof SigningError) throw new ReleaseError(err.zh, err.message);
    throw err;
  }
  writeFileAtomic(path.join(releasesDir, INDEX_SIGNATURE), sign(signer, readFileSync(path.join(releasesDir, INDEX_FILE))));
  return sigFile;
}

/** A repository with no release keys yet (one made by npm run init without --signing-key): what to run, in order. */
export function signersMissing(j: { name: string; repository_url: string } | undefined): ReleaseError {
  const shown = `${RELEASES_DIR}/${ALLOWED_SIGNERS}`;
  const steps = signingSetupSteps(signingIdentityOf(j));
  return new ReleaseError(
    `${shown} 不存在：本仓库还没有登记发布签名公钥，发布版本必须签名（RELEASING.md“签名”）。在可信的计算机上生成本辖区的密钥并登记其公钥（见 docs/onboarding.md“第一次发布”），私钥存入代码托管平台的机密变量 RELEASE_SIGNING_KEY，然后重新运行`,
    `${shown} does not exist: no release signing key is listed yet, and releases must be signed (RELEASING.md, "Signing"). On a trusted machine, make the jurisdiction's key and list its public half (docs/onboarding.md, first release), store the private key as the forge secret RELEASE_SIGNING_KEY, then run this again`,
    steps,
  );
}

/** Write a built release into the archive as releases/<version>/ and update releases/index.json; never overwrites a version. */
export function writeToArchive(root: string, built: BuiltRelease): string {
  const releasesDir = path.join(path.resolve(root), RELEASES_DIR);
  if (!existsSync(path.join(releasesDir, ALLOWED_SIGNERS))) throw signersMissing(new Repository(path.resolve(root)).jurisdiction.entry);
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
  if (!built.indexSignature || !built.files.has(MANIFEST_SIGNATURE))
    throw new ReleaseError(
      `没有签名私钥，版本不能写入发布目录：在环境变量 RELEASE_SIGNING_KEY 中提供私钥（发布工作流从代码托管平台的机密变量读取），或用 --key 指定文件；见 RELEASING.md“签名”`,
      `No signing key, so the release cannot enter the archive: provide the private key in RELEASE_SIGNING_KEY (the release workflow reads it from the forge's secret store) or a file with --key; see RELEASING.md, "Signing"`,
    );
  const indexFile = path.join(releasesDir, INDEX_FILE);
  const sigFile = path.join(releasesDir, INDEX_SIGNATURE);
  const before = [indexFile, sigFile].map((f) => (existsSync(f) ? readFileSync(f) : undefined));
  writeDirAtomic(dir, built.files);
  try {
    writeFileAtomic(indexFile, canonicalJson(built.index));
    writeFileAtomic(sigFile, built.indexSignature);
  } catch (err) {
    // The index or its signature did not take it: no half-published version.
    rmSync(dir, { recursive: true, force: true });
    [indexFile, sigFile].forEach((f, i) => (before[i] ? writeFileAtomic(f, before[i]) : rmSync(f, { force: true })));
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
