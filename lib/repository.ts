// Loading the repository: discover the data files, parse each, check its name and shape, and index the entries.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { FILE_KINDS, LIST_KINDS, type FileKind, type FileKindSpec, type Jurisdiction } from '../schemas/index.ts';
import type { Basis, CatalogueItem, Exemption, Lifecycle, Measure } from '../schemas/index.ts';
import { lifecycleIssues } from './lifecycle/checks.ts';
import type { Diagnostic } from './diagnostics.ts';
import { fieldNames, schemaProblems } from './schema-messages.ts';
import { decodeUtf8, parseYaml, positionOf, type ParsedYaml } from './yaml.ts';

export interface EntryByKind {
  catalogue: CatalogueItem;
  measure: Measure;
  exemption: Exemption;
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
}

/** The modeline an editor (yaml-language-server) reads to find the schema. */
export function modelineFor(spec: FileKindSpec): string {
  const rel = spec.folder ? `../schemas/${spec.jsonSchema}` : `./schemas/${spec.jsonSchema}`;
  return `# yaml-language-server: $schema=${rel}`;
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

/** Every data file of the repository, as repository-relative paths, sorted. Also files that do not belong. */
export function discover(root: string, overlay: ReadonlyMap<string, Uint8Array> = new Map()): { kind: FileKind; file: string }[] {
  const out: { kind: FileKind; file: string }[] = [];
  for (const spec of Object.values(FILE_KINDS)) {
    if (spec.file) {
      out.push({ kind: spec.kind, file: spec.file });
      continue;
    }
    const dir = path.join(root, spec.folder!);
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      if (statSync(path.join(dir, name)).isDirectory()) continue;
      out.push({ kind: spec.kind, file: `${spec.folder}/${name}` });
    }
  }
  // Files not yet on disk (a scaffolder's dry run) join the listing as if they were.
  for (const file of overlay.keys()) {
    const kind = kindOfPath(file);
    if (kind && !FILE_KINDS[kind].file && !out.some((o) => o.file === file)) out.push({ kind, file });
  }
  return out;
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

/** Read (or take the given bytes of), parse and shape-check one file. Never throws for bad data. */
export function loadFile<K extends FileKind>(root: string, file: string, kind: K, content?: Uint8Array): { loaded: LoadedFile<K>; diagnostics: Diagnostic[] } {
  const spec = FILE_KINDS[kind];
  const diagnostics: Diagnostic[] = [];
  const base = path.posix.basename(file);
  const id = base.replace(/\.yaml$/, '');
  const emptyParsed = parseYaml('');
  const loaded: LoadedFile<K> = { file, kind, id, parsed: emptyParsed };

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
  try {
    bytes = content ?? readFileSync(path.join(root, file));
  } catch {
    diagnostics.push(
      diag(file, 1, 1, 'file-missing', { zh: `找不到文件 ${file}`, en: `File not found: ${file}` }, {
        zh: spec.file ? `在仓库根目录创建 ${file}。` : '检查路径是否正确。',
        en: spec.file ? `Create ${file} at the repository root.` : 'Check the path.',
      }),
    );
    return { loaded, diagnostics };
  }
  const { text, problems: encodingProblems } = decodeUtf8(bytes);
  for (const p of encodingProblems) diagnostics.push(diag(file, p.line, p.col, p.code, p.message, p.hint));
  if (encodingProblems.some((p) => p.code === 'file-encoding')) return { loaded, diagnostics };

  const parsed = parseYaml(text);
  loaded.parsed = parsed;
  for (const p of parsed.problems) diagnostics.push(diag(file, p.line, p.col, p.code, p.message, p.hint));
  if (parsed.problems.some((p) => p.code === 'file-empty' || p.code === 'yaml-alias-limit')) return { loaded, diagnostics };

  const modeline = modelineFor(spec);
  if (!text.startsWith(modeline))
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
      for (const p of schemaProblems(issues, parsed.data, fieldsOf(kind))) {
        const { line, col } = positionOf(parsed, p.path, p.atKey);
        diagnostics.push(diag(file, line, col, p.code, p.message, p.hint, 'error', p.path.join('.')));
      }
    return { loaded, diagnostics };
  }
  const entry = result.data as EntryByKind[K];
  if (!syntaxBroken) loaded.entry = entry;
  if ((LIST_KINDS as FileKind[]).includes(kind))
    for (const i of lifecycleIssues(entry as unknown as Lifecycle)) {
      const { line, col } = positionOf(parsed, i.path, i.atKey ?? false);
      diagnostics.push(diag(file, line, col, i.code, { zh: i.zh, en: i.en }, i.hint, 'error', i.path.join('.')));
    }
  return { loaded, diagnostics };
}

export class Repository {
  readonly root: string;
  /** Every discovered file's ID, by kind, whether or not it parsed. */
  readonly ids: Map<FileKind, Map<string, string>> = new Map();
  private readonly cache = new Map<string, { loaded: LoadedFile; diagnostics: Diagnostic[] }>();
  /** Contents that stand in for (or add to) the files on disk, by repository-relative path. */
  private readonly overlay: ReadonlyMap<string, Uint8Array>;

  constructor(root: string, overlay: ReadonlyMap<string, Uint8Array> = new Map()) {
    this.root = root;
    this.overlay = overlay;
    for (const k of Object.keys(FILE_KINDS) as FileKind[]) this.ids.set(k, new Map());
    for (const { kind, file } of discover(root, overlay)) {
      if (FILE_KINDS[kind].file) continue;
      this.ids.get(kind)!.set(path.posix.basename(file).replace(/\.yaml$/, ''), file);
    }
  }

  /** Load a file once; later calls return the same result. */
  load<K extends FileKind>(file: string, kind: K): { loaded: LoadedFile<K>; diagnostics: Diagnostic[] } {
    let r = this.cache.get(file);
    if (!r) this.cache.set(file, (r = loadFile(this.root, file, kind, this.overlay.get(file))));
    return r as { loaded: LoadedFile<K>; diagnostics: Diagnostic[] };
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

  /** The files loaded so far with their own diagnostics. */
  loadedFiles(): { loaded: LoadedFile; diagnostics: Diagnostic[] }[] {
    return [...this.cache.values()];
  }
}
