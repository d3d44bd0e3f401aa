// Changesets (`.changeset/<name>.md`): YAML front matter mapping package names to patch, minor or major.
import { parseDocument } from 'yaml';
import { BUMPS, type Bump } from './bump.ts';

export interface ParsedChangeset {
  /** Bumps by package name; empty for an `npx changeset --empty` changeset. */
  releases: Map<string, Bump>;
  /** Problems with their 1-based line. */
  problems: { line: number; zh: string; en: string }[];
  /** Line of each package name, for locating a finding. */
  lines: Map<string, number>;
}

/** A file under .changeset/ that is a changeset (not its README or config). */
export function isChangesetFile(file: string): boolean {
  return /^\.changeset\/[^/]+\.md$/.test(file) && file !== '.changeset/README.md';
}

export function parseChangeset(text: string): ParsedChangeset {
  const releases = new Map<string, Bump>();
  const lines = new Map<string, number>();
  const problems: ParsedChangeset['problems'] = [];
  const m = /^---\r?\n([\s\S]*?)^---\s*$/m.exec(text);
  if (!m || m.index !== 0) {
    problems.push({ line: 1, zh: '变更集须以 --- 包围的 YAML 头开始', en: 'A changeset starts with YAML front matter between --- lines' });
    return { releases, problems, lines };
  }
  const doc = parseDocument(m[1]!, { keepSourceTokens: false });
  const lineAt = (offset: number) => 1 + m[1]!.slice(0, offset).split('\n').length;
  if (doc.errors.length) {
    problems.push({ line: lineAt(doc.errors[0]!.pos[0]), zh: `变更集 YAML 头有语法错误：${doc.errors[0]!.message.split('\n')[0]}`, en: `Front matter YAML error: ${doc.errors[0]!.message.split('\n')[0]}` });
    return { releases, problems, lines };
  }
  const data = doc.toJS() as unknown;
  if (data === null || data === undefined) return { releases, problems, lines };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ line: 2, zh: '变更集 YAML 头须为“包名: patch|minor|major”', en: 'Front matter must map package names to patch|minor|major' });
    return { releases, problems, lines };
  }
  const contents = doc.contents as { items?: { key?: { range?: [number, number] }; value?: unknown }[] } | null;
  const items = contents?.items ?? [];
  Object.entries(data as Record<string, unknown>).forEach(([name, bump], k) => {
    const range = items[k]?.key?.range;
    const line = range ? lineAt(range[0]) : 2;
    lines.set(name, line);
    if (typeof bump !== 'string' || !(BUMPS as string[]).includes(bump))
      problems.push({ line, zh: `“${name}”的版本级别“${String(bump)}”无效（应为 patch、minor 或 major）`, en: `"${name}" has an invalid bump "${String(bump)}" (patch, minor or major)` });
    else releases.set(name, bump as Bump);
  });
  return { releases, problems, lines };
}

/** The bump that took a version from `before` to `after` (a release made within the compared range). */
export function versionBump(before: string | undefined, after: string | undefined): Bump {
  const parse = (v?: string) => (v && /^\d+\.\d+\.\d+/.test(v) ? v.split(/[.-]/).slice(0, 3).map(Number) : undefined);
  const a = parse(before);
  const b = parse(after);
  if (!a || !b) return 'none';
  if (b[0]! > a[0]!) return 'major';
  if (b[0] === a[0] && b[1]! > a[1]!) return 'minor';
  if (b[0] === a[0] && b[1] === a[1] && b[2]! > a[2]!) return 'patch';
  return 'none';
}
