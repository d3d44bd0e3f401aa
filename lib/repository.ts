// Loading the repository: discover the data files, parse each, check its name and shape, and index the entries.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readlinkSync, readSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { FILE_KINDS, LIST_KINDS, type FileKind, type FileKindSpec, type Jurisdiction, type ListKind } from '../schemas/index.ts';
import type { Basis, CatalogueItem, Exemption, Incentive, Lifecycle, Measure } from '../schemas/index.ts';
import { lifecycleIssues } from './lifecycle/checks.ts';
import { procedureOf, type Procedure } from './lifecycle/index.ts';
import type { Diagnostic } from './diagnostics.ts';
import { fieldNames, schemaProblems, type LabelAt } from './schema-messages.ts';
import { FIELD_REGISTRY, type RegistryKind } from '../schemas/index.ts';
import type { Vocabulary } from './suggest.ts';
import { decodeUtf8, parseYaml, positionOf, withoutTree, type ParsedYaml, type YamlProblem } from './yaml.ts';
import { personalDataIn, type PersonalDataHit } from './rules/P14-personal-data.ts';
import { loadUpstreams } from './upstream/load.ts';
import { UpstreamLayers } from './upstream/resolve.ts';

export interface EntryByKind {
  catalogue: CatalogueItem;
  measure: Measure;
  exemption: Exemption;
  incentive: Incentive;
  basis: Basis;
  jurisdiction: Jurisdiction;
}

export interface LoadedFile<K extends FileKind = FileKind> {
  /** Path relative to the repository root, forward slashes. */
  file: string;
  kind: K;
  id: string;
  parsed: ParsedYaml;
  /** The entry, present only when the file parsed and matched its schema. */
  entry?: EntryByKind[K];
  /** Personal data in the file's text (rule P14 reports it), found while loading: the tree is not kept. */
  personalData: PersonalDataHit[];
}

/** The toolkit's own schemas folder: a data root elsewhere (examples/<city>/, DATA_ROOT) points its modelines here. */
const TOOLKIT_SCHEMAS = path.resolve(import.meta.dirname, '..', 'schemas');

const modelines = new Map<string, string>();

/** The modeline an editor (yaml-language-server) reads to find the schema, for a data root (default: the toolkit's own). */
export function modelineFor(spec: FileKindSpec, root?: string): string {
  const key = `${spec.kind}\0${root ?? ''}`;
  let line = modelines.get(key);
  if (line === undefined) modelines.set(key, (line = modelineOf(spec, root)));
  return line;
}

function modelineOf(spec: FileKindSpec, root?: string): string {
  const inside = root !== undefined && !path.relative(path.dirname(TOOLKIT_SCHEMAS), path.resolve(root)).startsWith('..');
  const schemas = inside ? path.relative(path.resolve(root), TOOLKIT_SCHEMAS).split(path.sep).join('/') : 'schemas';
  const rel = spec.folder ? `../${schemas}/${spec.jsonSchema}` : `${schemas.startsWith('..') ? '' : './'}${schemas}/${spec.jsonSchema}`;
  return `# yaml-language-server: $schema=${rel}`;
}

/** Labels from the field registry, by exact path (indexes dropped): a field it does not list keeps its key alone. */
function labelsOf(kind: FileKind): LabelAt {
  const registry = (FIELD_REGISTRY as Partial<Record<FileKind, (typeof FIELD_REGISTRY)[RegistryKind]>>)[kind];
  if (!registry) return () => undefined;
  return (p) => {
    const want = p.filter((s) => typeof s === 'string').join('.');
    return registry.find((f) => f.path === want)?.label;
  };
}

const knownFields = new Map<FileKind, Set<string>>();
function fieldsOf(kind: FileKind): Set<string> {
  let s = knownFields.get(kind);
  if (!s) knownFields.set(kind, (s = fieldNames(FILE_KINDS[kind].schema)));
  return s;
}

/** Which kind a repository-relative path belongs to, if any. */
export function kindOfPath(rel: string): FileKind | undefined {
  const parts = rel.split('/');
  for (const spec of Object.values(FILE_KINDS)) {
    if (spec.file === rel) return spec.kind;
    if (spec.folder && parts.length === 2 && parts[0] === spec.folder) return spec.kind;
  }
  return undefined;
}

/** Largest data file read: the largest real entry is under 10 KB; this bounds the time and memory one file can cost. */
export const MAX_FILE_BYTES = 256 * 1024;

/** Names the loader passes over in a data folder without a word (git's placeholder for an empty folder). */
const SILENTLY_SKIPPED = new Set(['.gitkeep']);

/** What a data folder holds that the loader does not read: a subfolder or a hidden file. */
function isPassedOver(name: string, isDirectory: boolean): boolean {
  return name.startsWith('.') || (isDirectory && !name.endsWith('.yaml'));
}

function dataFolderNames(root: string, folder: string): { name: string; isDirectory: boolean }[] {
  try {
    return readdirSync(path.join(root, folder), { withFileTypes: true })
      .map((d) => ({ name: d.name, isDirectory: d.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

/**
 * Every data file of the repository, as repository-relative paths, sorted. Also files that do not belong, and anything
 * named like an entry whatever it is (a folder, a link, a device), so that loading it reports what is wrong.
 */
export function discover(root: string, overlay: ReadonlyMap<string, Uint8Array> = new Map()): { kind: FileKind; file: string }[] {
  const out: { kind: FileKind; file: string }[] = [];
  for (const spec of Object.values(FILE_KINDS)) {
    if (spec.file) {
      out.push({ kind: spec.kind, file: spec.file });
      continue;
    }
    for (const { name, isDirectory } of dataFolderNames(root, spec.folder!))
      if (!isPassedOver(name, isDirectory)) out.push({ kind: spec.kind, file: `${spec.folder}/${name}` });
  }
  // Files not yet on disk (a scaffolder's dry run) join the listing as if they were.
  for (const file of overlay.keys()) {
    const kind = kindOfPath(file);
    if (kind && !FILE_KINDS[kind].file && !out.some((o) => o.file === file)) out.push({ kind, file });
  }
  return out;
}

/** Warnings for what data folders hold that the loader passes over, so that nothing is left out unnoticed. */
export function passedOver(root: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const spec of Object.values(FILE_KINDS)) {
    if (!spec.folder) continue;
    for (const { name, isDirectory } of dataFolderNames(root, spec.folder)) {
      if (!isPassedOver(name, isDirectory) || SILENTLY_SKIPPED.has(name)) continue;
      const file = `${spec.folder}/${name}`;
      out.push(
        isDirectory
          ? diag(file, 1, 1, 'file-ignored', { zh: `${spec.folder}/ 中的子目录“${name}”不会被读取`, en: `The subfolder "${name}" in ${spec.folder}/ is not read` }, {
              zh: `条目文件须直接放在 ${spec.folder}/ 下，如 ${spec.folder}/${spec.idExample}.yaml。把其中的条目移出来，或删除这个目录。`,
              en: `Entry files sit directly in ${spec.folder}/, e.g. ${spec.folder}/${spec.idExample}.yaml. Move its entries up, or remove the folder.`,
            }, 'warning')
          : diag(file, 1, 1, 'file-ignored', { zh: `以“.”开头的隐藏文件“${name}”不会被读取`, en: `The hidden file "${name}" (its name starts with ".") is not read` }, {
              zh: `如果它是条目，请改名为“编号.yaml”，如 ${spec.idExample}.yaml；如果是编辑器留下的临时文件，请删除。`,
              en: `If it is an entry, rename it to "<ID>.yaml", e.g. ${spec.idExample}.yaml; if an editor left it behind, delete it.`,
            }, 'warning'),
      );
    }
  }
  return out;
}

type ReadResult = { bytes: Uint8Array } | { problem: Omit<Diagnostic, 'file' | 'line' | 'col' | 'severity'> };

const WHAT_IT_IS: [test: (s: Stats) => boolean, zh: string, en: string][] = [
  [(s) => s.isSymbolicLink(), '符号链接', 'a symbolic link'],
  [(s) => s.isDirectory(), '目录', 'a folder'],
  [(s) => s.isFIFO(), '命名管道（FIFO）', 'a named pipe (FIFO)'],
  [(s) => s.isCharacterDevice() || s.isBlockDevice(), '设备文件', 'a device'],
  [(s) => s.isSocket(), '套接字', 'a socket'],
];

/**
 * Read a data file without following links or blocking: opened with O_NOFOLLOW (a link is refused, never followed) and
 * O_NONBLOCK (a FIFO does not wait for a writer), then what was opened is checked, so a link to /dev/zero, a FIFO or a
 * folder named like an entry is reported rather than read, and at most MAX_FILE_BYTES are ever read. One `open` and one
 * `fstat` for a plain file; `lstat` only to say why a file could not be opened.
 */
export function readDataFile(root: string, file: string, spec: FileKindSpec): ReadResult {
  const abs = path.join(root, file);
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    return notOpened(abs, file, spec, (err as NodeJS.ErrnoException).code);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return notRegular(abs, opened);
    if (opened.size > MAX_FILE_BYTES) return tooLarge(opened.size);
    const buf = Buffer.allocUnsafe(opened.size + 1);
    let n = 0;
    for (let r; n < buf.length && (r = readSync(fd, buf, n, buf.length - n, null)) > 0; ) n += r;
    if (n > MAX_FILE_BYTES) return tooLarge(n);
    return { bytes: buf.subarray(0, n) };
  } catch (err) {
    return unreadable((err as NodeJS.ErrnoException).code);
  } finally {
    closeSync(fd);
  }
}

/** Why a data file could not be opened: missing, a link (O_NOFOLLOW refuses it) or another special file, too large, or unreadable. */
function notOpened(abs: string, file: string, spec: FileKindSpec, openCode: string | undefined): ReadResult {
  let st: Stats;
  try {
    st = lstatSync(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return {
        problem: {
          code: 'file-missing',
          message: { zh: `找不到文件 ${file}`, en: `File not found: ${file}` },
          hint: { zh: spec.file ? `在仓库根目录创建 ${spec.file}。` : '检查路径是否正确。', en: spec.file ? `Create ${spec.file} at the repository root.` : 'Check the path.' },
        },
      };
    return unreadable(code);
  }
  if (!st.isFile()) return notRegular(abs, st);
  if (st.size > MAX_FILE_BYTES) return tooLarge(st.size);
  return unreadable(openCode);
}

function notRegular(abs: string, st: Stats): ReadResult {
  let [, zh, en] = WHAT_IT_IS.find(([t]) => t(st)) ?? [undefined, '特殊文件', 'a special file'];
  if (st.isSymbolicLink()) {
    const target = linkTarget(abs);
    if (target !== undefined) [zh, en] = [`${zh}（指向 ${target}）`, `${en} (to ${target})`];
  }
  return {
    problem: {
      code: 'file-not-regular',
      message: { zh: `这不是普通文件，而是${zh}，不予读取`, en: `This is not a regular file but ${en}; it is not read` },
      hint: {
        zh: '数据文件须是仓库中的普通文本文件。删除它，并把条目内容作为普通文件提交（不要用链接指向别处）。',
        en: 'Data files must be plain text files in the repository. Remove it and commit the entry as an ordinary file (not a link to elsewhere).',
      },
    },
  };
}

function linkTarget(abs: string): string | undefined {
  try {
    return JSON.stringify(readlinkSync(abs)).slice(1, -1).slice(0, 200);
  } catch {
    return undefined;
  }
}

function tooLarge(size: number): ReadResult {
  const kb = (n: number) => Math.ceil(n / 1024).toLocaleString('en');
  return {
    problem: {
      code: 'file-too-large',
      message: { zh: `文件过大（${kb(size)} KB，上限 ${kb(MAX_FILE_BYTES)} KB），不予读取`, en: `The file is too large (${kb(size)} KB, limit ${kb(MAX_FILE_BYTES)} KB); it is not read` },
      hint: { zh: '一个文件只写一个条目；条目不会有这么长。检查是否误粘贴了其他内容。', en: 'A file holds one entry, which is never this long. Check for pasted content that does not belong.' },
    },
  };
}

function unreadable(code: string | undefined): ReadResult {
  return {
    problem: {
      code: 'file-unreadable',
      message: { zh: `无法读取文件（${code ?? '未知原因'}）`, en: `The file cannot be read (${code ?? 'unknown reason'})` },
      hint: { zh: '检查文件是否存在、是普通文件且有读取权限；路径中不要有链接。', en: 'Check that the file exists, is a regular file and is readable, with no links in its path.' },
    },
  };
}

function diag(file: string, line: number, col: number, code: string, message: Diagnostic['message'], hint: Diagnostic['hint'], severity: Diagnostic['severity'] = 'error', p?: string): Diagnostic {
  return { file, line, col, severity, code, message, hint, ...(p ? { path: p } : {}) };
}

/**
 * zod stops at an unknown discriminator (kind: 管理措施); so that every problem is reported at once, also check
 * the rest of the entry against the form it comes closest to, and return those issues (without the discriminator's).
 */
const MAX_PROBLEMS_PAST_DISCRIMINATOR = 5;

function pastDiscriminator(schema: FileKindSpec['schema'], data: unknown, issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const bad = issues.find((i) => i.code === 'invalid_union' && 'discriminator' in i && i.path.length === 1);
  if (!bad || data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const key = bad.path[0] as string;
  let best: z.core.$ZodIssue[] | undefined;
  for (const option of (bad as unknown as { options: unknown[] }).options) {
    const r = schema.safeParse({ ...(data as Record<string, unknown>), [key]: option });
    const rest = r.success ? [] : r.error.issues.filter((i) => i.path[0] !== key);
    if (!best || rest.length < best.length) best = rest;
  }
  // Far from every form (a file of another kind altogether), the wrong discriminator is the one real message.
  return best && best.length <= MAX_PROBLEMS_PAST_DISCRIMINATOR ? best : [];
}

/** A loaded file before parsing. A file that is never parsed reads as an empty one; that stand-in is made only when asked. */
function loadedShell<K extends FileKind>(file: string, kind: K, id: string): LoadedFile<K> {
  let parsedSlot: ParsedYaml | undefined;
  return {
    file,
    kind,
    id,
    personalData: [],
    get parsed(): ParsedYaml {
      return (parsedSlot ??= parseYaml(''));
    },
    set parsed(p: ParsedYaml) {
      parsedSlot = p;
    },
  } as LoadedFile<K>;
}

/** A loaded file as it crosses between processes (load-share.ts): plain data; the text stands in for the tree. */
export interface TransferredLoad {
  file: string;
  kind: FileKind;
  id: string;
  personalData: PersonalDataHit[];
  entry?: unknown;
  /** The parse's problems and text, when the file was parsed. */
  parsed?: { problems: YamlProblem[]; source: string };
  diagnostics: Diagnostic[];
}

function transferred({ loaded, diagnostics }: { loaded: LoadedFile; diagnostics: Diagnostic[] }): TransferredLoad {
  const { file, kind, id, personalData, entry } = loaded;
  const { problems, source } = loaded.parsed;
  return { file, kind, id, personalData, ...(entry ? { entry } : {}), ...(source !== undefined ? { parsed: { problems, source } } : {}), diagnostics };
}

function received(t: TransferredLoad): { loaded: LoadedFile; diagnostics: Diagnostic[] } {
  const loaded = loadedShell(t.file, t.kind, t.id);
  loaded.personalData = t.personalData;
  if (t.entry) loaded.entry = t.entry as LoadedFile['entry'];
  if (t.parsed) loaded.parsed = withoutTree(t.parsed, t.parsed.source);
  return { loaded, diagnostics: t.diagnostics };
}

/** Read (or take the given bytes of), parse and shape-check one file. Never throws for bad data. */
export function loadFile<K extends FileKind>(
  root: string,
  file: string,
  kind: K,
  content?: Uint8Array,
  /** What the repository has registered (departments, basis titles), asked only when a message can use it. */
  vocabulary?: () => Vocabulary,
  /** The entry's procedure under the jurisdiction's profile (default: the national rule, consultation before every approval). */
  procedure: (kind: ListKind, entry: object) => Procedure = (k, e) => procedureOf(undefined, k, e),
): { loaded: LoadedFile<K>; diagnostics: Diagnostic[] } {
  const spec = FILE_KINDS[kind];
  const diagnostics: Diagnostic[] = [];
  const base = path.posix.basename(file);
  const id = base.replace(/\.yaml$/, '');
  const loaded = loadedShell(file, kind, id);

  if (spec.folder) {
    if (!base.endsWith('.yaml')) {
      diagnostics.push(
        diag(file, 1, 1, 'id-file-name', { zh: `文件名“${base}”须以 .yaml 结尾`, en: `File name "${base}" must end in .yaml` }, {
          zh: `把文件改名为“编号.yaml”，如 ${spec.idExample}.yaml；${spec.folder}/ 目录中只能放数据文件。`,
          en: `Rename it to "<ID>.yaml", e.g. ${spec.idExample}.yaml; ${spec.folder}/ holds data files only.`,
        }),
      );
      return { loaded, diagnostics };
    }
    if (!spec.idPattern!.test(id)) {
      diagnostics.push(
        diag(file, 1, 1, 'id-file-name', { zh: `文件名“${base}”不是有效的编号`, en: `File name "${base}" is not a valid ID` }, {
          zh: `${spec.label.zh}的文件名须形如 ${spec.idExample}.yaml（${spec.idPattern!.source}）。新条目请用 npm run new 生成。`,
          en: `Files in ${spec.folder}/ are named like ${spec.idExample}.yaml (${spec.idPattern!.source}). Create new entries with npm run new.`,
        }),
      );
    }
  }

  let bytes: Uint8Array;
  if (content) {
    if (content.length > MAX_FILE_BYTES) {
      const { problem } = tooLarge(content.length) as { problem: Omit<Diagnostic, 'file' | 'line' | 'col' | 'severity'> };
      diagnostics.push(diag(file, 1, 1, problem.code, problem.message, problem.hint));
      return { loaded, diagnostics };
    }
    bytes = content;
  } else {
    const read = readDataFile(root, file, spec);
    if ('problem' in read) {
      diagnostics.push(diag(file, 1, 1, read.problem.code, read.problem.message, read.problem.hint));
      return { loaded, diagnostics };
    }
    bytes = read.bytes;
  }
  const { text, problems: encodingProblems } = decodeUtf8(bytes);
  for (const p of encodingProblems) diagnostics.push(diag(file, p.line, p.col, p.code, p.message, p.hint));
  if (encodingProblems.some((p) => p.code === 'file-encoding')) return { loaded, diagnostics };

  const parsed = parseYaml(text);
  loaded.parsed = parsed;
  loaded.personalData = personalDataIn(parsed);
  try {
    for (const p of parsed.problems) diagnostics.push(diag(file, p.line, p.col, p.code, p.message, p.hint));
    if (parsed.problems.some((p) => p.code === 'file-empty' || p.code === 'yaml-alias-limit' || p.code === 'yaml-alias-undefined')) return { loaded, diagnostics };

    // A repository of its own (npm run init) has the toolkit's schemas beside its data; a data root inside the toolkit points back to them.
    const modeline = modelineFor(spec, root);
    if (!text.startsWith(modelineFor(spec)) && !text.startsWith(modeline))
      diagnostics.push(
        diag(file, 1, 1, 'file-modeline', { zh: '第一行缺少编辑器校验提示（modeline）', en: 'The first line lacks the editor schema modeline' }, {
          zh: `在文件第一行写上：${modeline}`,
          en: `Make the first line: ${modeline}`,
        }, 'warning'),
      );

    // A duplicate key or an extra document leaves a usable tree; other syntax errors make shape errors echoes of them.
    const syntaxBroken = parsed.problems.some((p) => p.code.startsWith('yaml-') && p.code !== 'yaml-multiple-documents' && p.code !== 'yaml-duplicate-key');
    const result = spec.schema.safeParse(parsed.data);
    if (!result.success) {
      const issues = [...result.error.issues, ...pastDiscriminator(spec.schema, parsed.data, result.error.issues)];
      // Shape problems on top of syntax errors are mostly echoes of them; report the syntax first.
      if (!syntaxBroken)
        for (const p of schemaProblems(issues, parsed.data, fieldsOf(kind), vocabulary?.(), labelsOf(kind))) {
          const { line, col } = positionOf(parsed, p.path, p.atKey);
          diagnostics.push(diag(file, line, col, p.code, p.message, p.hint, 'error', p.path.join('.')));
        }
      return { loaded, diagnostics };
    }
    const entry = result.data as EntryByKind[K];
    if (!syntaxBroken) loaded.entry = entry;
    if ((LIST_KINDS as FileKind[]).includes(kind))
      for (const i of lifecycleIssues(entry as unknown as Lifecycle, procedure(kind as ListKind, entry as object))) {
        const { line, col } = positionOf(parsed, i.path, i.atKey ?? false);
        diagnostics.push(diag(file, line, col, i.code, { zh: i.zh, en: i.en }, i.hint, 'error', i.path.join('.')));
      }
    return { loaded, diagnostics };
  } finally {
    // The rules need the data and, for the few files they report on, positions: those are parsed again on demand.
    loaded.parsed = withoutTree(parsed, text);
  }
}

export class Repository {
  readonly root: string;
  /** Every discovered file's ID, by kind, whether or not it parsed. */
  readonly ids: Map<FileKind, Map<string, string>> = new Map();
  private readonly cache = new Map<string, { loaded: LoadedFile; diagnostics: Diagnostic[] }>();
  /** Contents that stand in for (or add to) the files on disk, by repository-relative path. */
  private readonly overlay: ReadonlyMap<string, Uint8Array>;
  /** Every data file found when the repository was opened (`discover`), so that a caller need not list the folders again. */
  readonly discovered: readonly { kind: FileKind; file: string }[];

  constructor(root: string, overlay: ReadonlyMap<string, Uint8Array> = new Map()) {
    this.root = root;
    this.overlay = overlay;
    for (const k of Object.keys(FILE_KINDS) as FileKind[]) this.ids.set(k, new Map());
    this.discovered = discover(root, overlay);
    for (const { kind, file } of this.discovered) {
      if (FILE_KINDS[kind].file) continue;
      this.ids.get(kind)!.set(path.posix.basename(file).replace(/\.yaml$/, ''), file);
    }
  }

  /** Load a file once; later calls return the same result. */
  load<K extends FileKind>(file: string, kind: K): { loaded: LoadedFile<K>; diagnostics: Diagnostic[] } {
    let r = this.cache.get(file);
    // Only entries of the lists get suggestions: they come from the jurisdiction and the bases, which need none themselves.
    const vocabulary = (LIST_KINDS as FileKind[]).includes(kind) ? () => this.vocabulary() : undefined;
    if (!r) this.cache.set(file, (r = loadFile(this.root, file, kind, this.overlay.get(file), vocabulary, (k, e) => procedureOf(this.jurisdiction.entry, k, e))));
    return r as { loaded: LoadedFile<K>; diagnostics: Diagnostic[] };
  }

  private vocabularyCache: Vocabulary | undefined;

  /** Registered departments and basis titles, read once (and only when a message needs them). */
  vocabulary(): Vocabulary {
    return (this.vocabularyCache ??= {
      departments: this.jurisdiction.entry?.departments ?? [],
      bases: this.all('basis').flatMap((f) => (f.entry ? [{ id: f.id, title: f.entry.title, title_en: f.entry.title_en }] : [])),
    });
  }

  get jurisdiction(): LoadedFile<'jurisdiction'> {
    return this.load(FILE_KINDS.jurisdiction.file!, 'jurisdiction').loaded;
  }

  /** The entry with this ID, loading its file on first use. */
  get<K extends Exclude<FileKind, 'jurisdiction'>>(kind: K, id: string): LoadedFile<K> | undefined {
    const file = this.ids.get(kind)!.get(id);
    return file === undefined ? undefined : this.load(file, kind).loaded;
  }

  /** Every file of a kind, loaded. */
  all<K extends Exclude<FileKind, 'jurisdiction'>>(kind: K): LoadedFile<K>[] {
    return [...this.ids.get(kind)!.values()].map((f) => this.load(f, kind).loaded);
  }

  /** A file loaded here, as plain data for another process loading the same repository (load-share.ts). */
  transferable(file: string): TransferredLoad | undefined {
    const r = this.cache.get(file);
    return r && transferred(r);
  }

  /** Take a file another process loaded from the same repository, unless it is loaded here already. */
  adopt(t: TransferredLoad): void {
    if (!this.cache.has(t.file)) this.cache.set(t.file, received(t));
  }

  /** Whether a file is loaded (here or adopted). */
  has(file: string): boolean {
    return this.cache.has(file);
  }

  /** The files loaded so far with their own diagnostics. */
  loadedFiles(): { loaded: LoadedFile; diagnostics: Diagnostic[] }[] {
    return [...this.cache.values()];
  }

  private layers: UpstreamLayers | undefined;

  /** The upper levels' releases that jurisdiction.yaml pins, read from upstream/ and verified once. */
  get upstream(): UpstreamLayers {
    return (this.layers ??= new UpstreamLayers(loadUpstreams(this.root, this.jurisdiction.entry?.upstream ?? [])));
  }
}
