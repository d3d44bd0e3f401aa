// Reading one YAML data file: YAML 1.2 core schema, dates stay strings, and every problem located at line:col.
import { isAlias, isCollection, isMap, isNode, isPair, isScalar, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import type { Bilingual } from './diagnostics.ts';

/** Each alias may expand this many times at most: real entries need none, and it stops alias bombs. */
export const MAX_ALIAS_COUNT = 50;
/** Deepest nesting of lists and mappings accepted: real entries go five levels deep. */
export const MAX_DEPTH = 32;
/** At most this many syntax errors are reported per file: after the first few they are echoes of one mistake. */
const MAX_SYNTAX_PROBLEMS = 10;

export interface YamlProblem {
  line: number;
  col: number;
  code: string;
  message: Bilingual;
  hint: Bilingual;
}

export interface ParsedYaml {
  data: unknown;
  doc: Document.Parsed | undefined;
  lineCounter: LineCounter;
  problems: YamlProblem[];
  /** The text, kept when the tree is dropped (withoutTree), to parse it again from. */
  source?: string;
}

const YAML_MESSAGES: Record<string, { zh: string; hint: Bilingual; code?: string }> = {
  DUPLICATE_KEY: {
    zh: '同一层级出现了重复的字段名',
    code: 'yaml-duplicate-key',
    hint: { zh: '删除或合并重复的字段，每个字段在同一层级只能出现一次。', en: 'Remove or merge the repeated key; each key may appear once per level.' },
  },
  TAB_AS_INDENT: {
    zh: '缩进中使用了制表符（Tab）',
    code: 'yaml-tab',
    hint: { zh: 'YAML 只能用空格缩进。请把 Tab 替换为两个空格（编辑器可设置“用空格代替 Tab”）。', en: 'YAML indents with spaces only. Replace the tab with two spaces.' },
  },
  BAD_INDENT: {
    zh: '缩进不正确',
    hint: { zh: '检查这一行与上一层字段的缩进是否对齐（使用两个空格为一级）。', en: 'Check the indentation against the parent key (two spaces per level).' },
  },
  MISSING_CHAR: {
    zh: '缺少必要的符号（如冒号、引号或括号）',
    hint: { zh: '检查字段名后是否有“: ”（冒号加空格），引号和括号是否成对。', en: 'Check for "key: value" (colon and space) and matching quotes and brackets.' },
  },
  BLOCK_AS_IMPLICIT_KEY: {
    zh: '列表或对象出现在了字段名的位置',
    hint: { zh: '检查缩进：列表项“- ”应比它所属的字段多缩进两个空格。', en: 'Check indentation: list items ("- ") go two spaces deeper than their key.' },
  },
  MULTILINE_IMPLICIT_KEY: {
    zh: '字段名不能跨行',
    hint: { zh: '长文本请写成“字段: |”后另起一行缩进书写。', en: 'Write long text as "key: |" followed by indented lines.' },
  },
  UNCLOSED_FLOW: {
    zh: '方括号“[ ]”或花括号“{ }”没有闭合',
    hint: { zh: '检查上一行：以“[”开头的列表须以“]”结尾，以“{”开头的须以“}”结尾。', en: 'Check the line above: a list opened with "[" must close with "]", a mapping opened with "{" with "}".' },
  },
  BAD_SCALAR_START: {
    zh: '值的开头字符不合法',
    hint: { zh: '以 @、`、%、* 等符号开头的文字请用引号括起来。', en: 'Quote values that begin with @, `, %, * and the like.' },
  },
  UNEXPECTED_TOKEN: {
    zh: '出现了意外的符号',
    hint: { zh: '检查这一行的引号、冒号和缩进。含冒号的文字请用引号括起来。', en: 'Check quotes, colons and indentation; quote text that contains ": ".' },
  },
};

function yamlProblem(code: string, message: string, line: number, col: number): YamlProblem {
  // An unclosed [ or { is reported as bad indentation of what follows; name the real cause.
  const unclosed = /must be sufficiently indented and end with a [\]}]/.test(message);
  const known = unclosed ? YAML_MESSAGES.UNCLOSED_FLOW : YAML_MESSAGES[code];
  const first = message.split('\n')[0] ?? message;
  return {
    line,
    col,
    code: known?.code ?? 'yaml-syntax',
    message: { zh: `YAML 语法错误：${known?.zh ?? first}`, en: `YAML syntax error (${code}): ${first}` },
    hint: known?.hint ?? {
      zh: '检查这一行及上一行的缩进、冒号和引号。',
      en: 'Check indentation, colons and quotes on this line and the one before.',
    },
  };
}

/**
 * Characters no entry needs and that hide or reorder what a reader sees: C0/C1 controls but tab and line ends
 * (NUL, the ESC of ANSI colour codes), bidirectional overrides and isolates (U+202E turns text right to left,
 * the “Trojan source” trick), invisible marks and the line separators YAML reads differently from editors.
 */
export const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060\u2066-\u2069\uFEFF]/g;

const FORBIDDEN_CHARACTER = new RegExp(FORBIDDEN_CHARACTERS.source);

/** At most this many such characters are reported per file: one is enough to find the rest. */
const MAX_CHARACTER_PROBLEMS = 10;

const CHARACTER_NAMES: Record<number, Bilingual> = {
  0x00: { zh: '空字符（NUL）', en: 'a NUL character' },
  0x1b: { zh: '转义字符（ESC，终端颜色代码的开头）', en: 'an escape character (ESC, as in ANSI colour codes)' },
  0x85: { zh: '下一行字符（NEL）', en: 'a next-line character (NEL)' },
  0x200b: { zh: '零宽空格', en: 'a zero-width space' },
  0x200e: { zh: '从左至右标记（LRM）', en: 'a left-to-right mark (LRM)' },
  0x200f: { zh: '从右至左标记（RLM）', en: 'a right-to-left mark (RLM)' },
  0x202a: { zh: '从左至右嵌入符（LRE）', en: 'a left-to-right embedding (LRE)' },
  0x202b: { zh: '从右至左嵌入符（RLE）', en: 'a right-to-left embedding (RLE)' },
  0x202c: { zh: '方向格式结束符（PDF）', en: 'a pop-directional-formatting character (PDF)' },
  0x202d: { zh: '从左至右强制符（LRO）', en: 'a left-to-right override (LRO)' },
  0x202e: { zh: '从右至左强制符（RLO），会使文字倒序显示', en: 'a right-to-left override (RLO), which shows text reversed' },
  0x2028: { zh: '行分隔符（LS）', en: 'a line separator (LS)' },
  0x2029: { zh: '段分隔符（PS）', en: 'a paragraph separator (PS)' },
  0x2066: { zh: '从左至右隔离符（LRI）', en: 'a left-to-right isolate (LRI)' },
  0x2067: { zh: '从右至左隔离符（RLI）', en: 'a right-to-left isolate (RLI)' },
  0x2068: { zh: '首强隔离符（FSI）', en: 'a first-strong isolate (FSI)' },
  0x2069: { zh: '隔离结束符（PDI）', en: 'a pop-directional-isolate (PDI)' },
  0xfeff: { zh: '零宽不换行空格（文件中间的 BOM）', en: 'a zero-width no-break space (a BOM inside the file)' },
};

function characterName(ch: string): Bilingual {
  const cp = ch.codePointAt(0)!;
  const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const known = CHARACTER_NAMES[cp];
  if (known) return { zh: `${known.zh}（${u}）`, en: `${known.en} (${u})` };
  return cp < 0xa0 ? { zh: `控制字符（${u}）`, en: `a control character (${u})` } : { zh: `不可见的格式字符（${u}）`, en: `an invisible formatting character (${u})` };
}

function characterProblem(ch: string, line: number, col: number, escaped: boolean): YamlProblem {
  const name = characterName(ch);
  return {
    line,
    col,
    code: 'file-control-character',
    message: escaped
      ? { zh: `文字中有以转义序列写成的${name.zh}`, en: `The text contains ${name.en}, written as an escape` }
      : { zh: `文字中有${name.zh}`, en: `The text contains ${name.en}` },
    hint: {
      zh: '删除这个看不见的字符（常见于从网页、终端或其他文档复制粘贴的文字），只保留正文。',
      en: 'Delete the invisible character (it often comes with text copied from web pages, terminals or other documents); keep only the text.',
    },
  };
}

/** Forbidden characters in the text itself, and in values that spell them as escapes ("\u202E"). */
function characterProblems(text: string, doc: Document.Parsed, lineCounter: LineCounter): YamlProblem[] {
  const out: YamlProblem[] = [];
  const raw: number[] = [];
  for (const m of text.matchAll(FORBIDDEN_CHARACTERS)) {
    raw.push(m.index);
    if (out.length < MAX_CHARACTER_PROBLEMS) {
      const { line, col } = lineCounter.linePos(m.index);
      out.push(characterProblem(m[0], line, col, false));
    }
  }
  // An escape needs a backslash: a text without one holds no character the pass above did not see.
  if (!text.includes('\\')) return out;
  visit(doc, (_key, node) => {
    if (out.length >= MAX_CHARACTER_PROBLEMS) return visit.BREAK;
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
    const [start, , end] = node.range;
    const hit = node.value.match(FORBIDDEN_CHARACTER);
    if (hit && !raw.some((i) => i >= start && i < end)) {
      const { line, col } = lineCounter.linePos(start);
      out.push(characterProblem(hit[0], line, col, true));
    }
    return undefined;
  });
  return out;
}

/** A key as the model writes them (snake_case), at the start of a line or of a list item. */
const KEY_LINE = /^( *)(- +)?([a-z][a-z0-9_]*)( *)(：|:(?=[^\s]))(.*)$/;
const shorten = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Lines that are YAML structure rather than text: not blank, not comments, not inside a block scalar or an open flow collection. */
function structuralLines(text: string): { no: number; line: string }[] {
  const out: { no: number; line: string }[] = [];
  let blockScalarAbove: number | undefined;
  let openFlow = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const indent = /^ */.exec(line)![0].length;
    if (!line.trim()) return;
    if (blockScalarAbove !== undefined) {
      if (indent > blockScalarAbove) return;
      blockScalarAbove = undefined;
    }
    if (openFlow > 0) {
      openFlow += flowDepthChange(line);
      return;
    }
    if (/^\s*#/.test(line)) return;
    out.push({ no: i + 1, line });
    if (/:\s*[|>][-+0-9]*\s*(#.*)?$/.test(line)) blockScalarAbove = indent + (/^ *- /.test(line) ? 2 : 0);
    openFlow = Math.max(0, flowDepthChange(line));
  });
  return out;
}

/** How many [ and { a line leaves open, outside quotes. */
function flowDepthChange(line: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' ) break;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return depth;
}

/**
 * The mistakes clerks make that break YAML, each at its own line with the corrected text: a full-width colon or no
 * space after a field name (“title：…”, “title:…”), full-width commas or brackets in a flow list, and an indentation
 * that matches no level (3 spaces where the file steps by 2). Only the first indentation problem is reported.
 */
export function clerkMistakes(text: string): YamlProblem[] {
  const out: YamlProblem[] = [];
  const lines = structuralLines(text);
  for (const { no, line } of lines) {
    const m = KEY_LINE.exec(line);
    if (m) {
      const [, indent, dash = '', key, , colon, rest] = m as unknown as string[];
      const value = rest!.replace(/^[ \u3000]+/, '');
      const fixed = `${indent}${dash}${key}: ${value}`;
      const col = indent!.length + dash.length + key!.length + m[4]!.length + 1;
      out.push({
        line: no,
        col,
        code: 'yaml-colon',
        message:
          colon === '：'
            ? { zh: `字段名“${key}”后面用了全角冒号“：”`, en: `The field name "${key}" is followed by a full-width colon "："` }
            : { zh: `字段名“${key}”的冒号后面缺少空格`, en: `The colon after the field name "${key}" is not followed by a space` },
        hint: {
          zh: `字段名后须用半角冒号加一个空格。改为：${shorten(fixed.trim())}`,
          en: `A field name takes a half-width colon and a space. Write: ${shorten(fixed.trim())}`,
        },
      });
      continue;
    }
    const flow = /^( *)(- +)?([a-z][a-z0-9_]*): *([［【\[{].*)$/.exec(line);
    if (flow && /[，、［］【】｛｝]/.test(flow[4]!)) {
      const col = line.search(/[，、［］【】｛｝]/) + 1;
      const fixed = flow[4]!.replace(/[［【]/g, '[').replace(/[］】]/g, ']').replace(/｛/g, '{').replace(/｝/g, '}').replace(/ *[，、] */g, ', ');
      const mapping = /^[{｛]/.test(flow[4]!);
      out.push({
        line: no,
        col,
        code: 'yaml-full-width',
        message: mapping
          ? { zh: `“${flow[3]}”的花括号中用了全角标点（逗号、顿号或括号）`, en: `The braces of "${flow[3]}" hold full-width punctuation (commas or brackets)` }
          : { zh: `“${flow[3]}”的列表中用了全角标点（逗号、顿号或括号）`, en: `The list of "${flow[3]}" uses full-width punctuation (commas or brackets)` },
        hint: mapping
          ? { zh: `花括号用半角“{ }”，各项之间用半角逗号加空格。改为：${flow[3]}: ${shorten(fixed)}`, en: `Braces are half-width "{ }", with a comma and a space between items. Write: ${flow[3]}: ${shorten(fixed)}` }
          : { zh: `列表用半角方括号，各项之间用半角逗号加空格。改为：${flow[3]}: ${shorten(fixed)}`, en: `Lists take half-width brackets, with a comma and a space between items. Write: ${flow[3]}: ${shorten(fixed)}` },
      });
    }
  }
  if (out.length) return out;
  const indent = firstIndentationMistake(lines);
  return indent ? [indent] : [];
}

/**
 * The first line whose indentation is no level the lines above allow, when the file steps by 2 spaces: a child is
 * 2 deeper than its parent key (a list may also sit at its key's column), a sibling at its sibling's column.
 */
function firstIndentationMistake(lines: readonly { no: number; line: string }[]): YamlProblem | undefined {
  // Columns at which a key or list item may continue the structure above.
  let levels: number[] = [0];
  let opener: { keyCol: number } | undefined;
  for (const { no, line } of lines) {
    const indent = /^ */.exec(line)![0].length;
    const item = /^ *- /.exec(line) !== null || /^ *-$/.test(line);
    const allowed = opener ? [opener.keyCol + 2, ...(item ? [opener.keyCol] : [])] : levels;
    if (!allowed.includes(indent)) {
      const expected = allowed.reduce((best, c) => (Math.abs(c - indent) < Math.abs(best - indent) ? c : best), allowed[0]!);
      return {
        line: no,
        col: 1,
        code: 'yaml-indent',
        message: { zh: `这一行缩进了 ${indent} 个空格，与上下文的层级对不上（应为 ${expected} 个）`, en: `This line is indented ${indent} spaces, which matches no level around it (expected ${expected})` },
        hint: {
          zh: `YAML 靠缩进表示层级：下一级比上一级多 2 个空格，同一级对齐。把这一行改为 ${expected} 个空格。`,
          en: `YAML shows structure by indentation: a child 2 spaces deeper than its parent, siblings aligned. Indent this line by ${expected} spaces.`,
        },
      };
    }
    const keyCol = item ? indent + 2 : indent;
    levels = levels.filter((c) => c <= indent);
    if (!levels.includes(indent)) levels.push(indent);
    if (item && !levels.includes(keyCol) && /^ *- +[a-z][a-z0-9_]*:( |$)/.test(line)) levels.push(keyCol);
    const opens = /^ *(- +)?[a-z][a-z0-9_]*:\s*(#.*)?$/.test(line);
    opener = opens ? { keyCol } : undefined;
  }
  return undefined;
}

/** Decode bytes as strict UTF-8, reporting a BOM or invalid bytes as problems rather than garbling the text. */
export function decodeUtf8(bytes: Uint8Array): { text: string; problems: YamlProblem[] } {
  const problems: YamlProblem[] = [];
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    problems.push({
      line: 1,
      col: 1,
      code: 'file-bom',
      message: { zh: '文件开头有字节顺序标记（BOM）', en: 'The file starts with a byte-order mark (BOM)' },
      hint: {
        zh: '请以“UTF-8（无 BOM）”编码保存文件。',
        en: 'Save the file as UTF-8 without BOM.',
      },
    });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), problems };
  } catch {
    const { line, col } = firstInvalidUtf8(bytes, start);
    problems.push({
      line,
      col,
      code: 'file-encoding',
      message: { zh: '文件不是 UTF-8 编码（可能是 GBK/GB2312）', en: 'The file is not valid UTF-8 (perhaps GBK/GB2312)' },
      hint: {
        zh: '请用编辑器“另存为 UTF-8”后再提交。',
        en: 'Re-save the file as UTF-8.',
      },
    });
    return { text: '', problems };
  }
}

/** Line and column of the first byte that breaks UTF-8, so the clerk can find it. */
function firstInvalidUtf8(bytes: Uint8Array, start: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) break;
    let ok = true;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (!ok) break;
    if (b === 0x0a) {
      line++;
      col = 1;
    } else col++;
    i += need + 1;
  }
  return { line, col };
}

/** Parse one data file's text. Never throws for bad input: every problem is returned with its position. */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: YamlProblem[] = [];
  // Duplicate keys are found below in one pass: the library's own check compares every key with every other (quadratic).
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
  const at = (offset: number) => lineCounter.linePos(offset);
  if (!Array.isArray(docs) || docs.length === 0 || docs[0]!.contents === null) {
    problems.push({
      line: 1,
      col: 1,
      code: 'file-empty',
      message: { zh: '文件是空的', en: 'The file is empty' },
      hint: {
        zh: '请按模板填写条目内容，或使用 npm run new 生成新文件。',
        en: 'Fill in the entry from the template, or create it with npm run new.',
      },
    });
    return { data: undefined, doc: undefined, lineCounter, problems };
  }
  if (docs.length > 1) {
    const second = docs[1]!;
    const { line, col } = at(second.range[0]);
    problems.push({
      line,
      col,
      code: 'yaml-multiple-documents',
      message: { zh: '一个文件中有多个 YAML 文档（出现了第二个“---”）', en: 'More than one YAML document in the file (a second "---")' },
      hint: {
        zh: '每个文件只写一个条目。把其余内容移到另一个以其编号命名的文件中。',
        en: 'Keep one entry per file; move the rest to a file named by its ID.',
      },
    });
  }
  const doc = docs[0]!;
  for (const e of [...doc.errors, ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')].slice(0, MAX_SYNTAX_PROBLEMS)) {
    const { line, col } = at(e.pos[0]);
    problems.push(yamlProblem(e.code, e.message, line, col));
  }
  // A syntax error from the library often points at the line after the mistake and names it in its own terms;
  // where a clerk's usual mistake explains it, report that mistake, at its line, with the fix, in their place.
  if (problems.some((p) => p.code === 'yaml-syntax')) {
    const mistakes = clerkMistakes(text);
    if (mistakes.length) problems.splice(0, problems.length, ...problems.filter((p) => p.code !== 'yaml-syntax'), ...mistakes);
  }
  const shape = shapeProblems(doc);
  for (const { offset, problem } of shape.problems) {
    const { line, col } = at(offset);
    problems.push({ ...problem, line, col });
  }
  problems.push(...characterProblems(text, doc, lineCounter));
  if (shape.unusable) return { data: undefined, doc, lineCounter, problems };
  // An alias is written with a star: a text without one has none.
  const undefinedAlias = text.includes('*') ? firstUndefinedAlias(doc) : undefined;
  if (undefinedAlias) {
    const { line, col } = at(undefinedAlias.offset);
    problems.push({
      line,
      col,
      code: 'yaml-alias-undefined',
      message: { zh: `引用“*${undefinedAlias.name}”找不到对应的锚点“&${undefinedAlias.name}”`, en: `The alias "*${undefinedAlias.name}" has no anchor "&${undefinedAlias.name}" before it` },
      hint: {
        zh: '以 * 开头的值表示引用。如果这是正文，请给整个值加上引号，如 "*注"；否则直接写出内容，不要使用 & 和 *。',
        en: 'A value starting with * is an alias. If it is text, quote the whole value, e.g. "*note"; otherwise write the content out without & and *.',
      },
    });
    return { data: undefined, doc, lineCounter, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    problems.push({
      line: 1,
      col: 1,
      code: 'yaml-alias-limit',
      message: {
        zh: `引用（锚点 & 与别名 *）展开次数过多`,
        en: `Too many alias expansions (${(err as Error).message})`,
      },
      hint: { zh: '不要使用 & 和 * 引用，直接写出内容。', en: 'Do not use & anchors and * aliases; write the content out.' },
    });
    data = undefined;
  }
  return { data, doc, lineCounter, problems };
}

/**
 * The same parse without its tree: the document, its line index and the data are parsed again from the text on first
 * use. A loader holds every file until the rules have run; holding ten thousand document trees that long cost more
 * garbage collection than parsing the file again costs the few a rule reports on. The problems are kept.
 */
export function withoutTree(parsed: Pick<ParsedYaml, 'problems'>, text: string): ParsedYaml {
  const { problems } = parsed;
  let again: ParsedYaml | undefined;
  const tree = () => (again ??= parseYaml(text));
  return {
    problems,
    source: text,
    get doc() {
      return tree().doc;
    },
    get lineCounter() {
      return tree().lineCounter;
    },
    get data() {
      return tree().data;
    },
  };
}

/**
 * One pass over the tree: repeated keys (reported as the library would, at the repeat), and what makes a tree
 * unusable — a list or mapping as a key, or nesting deeper than any entry — before toJS spends time on it.
 * A walk of its own: yaml's generic `visit` builds a path for every node, and counting its collections cost more than the check.
 */
function shapeProblems(doc: Document.Parsed): { problems: { offset: number; problem: Omit<YamlProblem, 'line' | 'col'> }[]; unusable: boolean } {
  const problems: { offset: number; problem: Omit<YamlProblem, 'line' | 'col'> }[] = [];
  let unusable = false;
  /** Checks a node `depth` collections deep, then what it holds, in document order; true stops the walk. */
  const walk = (node: unknown, depth: number): boolean => {
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (isCollection(pair.key)) {
          unusable = true;
          problems.push({
            offset: pair.key.range?.[0] ?? 0,
            problem: {
              code: 'yaml-syntax',
              message: { zh: 'YAML 语法错误：字段名的位置出现了列表或对象', en: 'YAML syntax error: a list or mapping where a key belongs' },
              hint: { zh: '字段名只能是文字。检查这一行开头是否多了“[”“{”或“? ”。', en: 'Keys are plain words. Check for a stray "[", "{" or "? " at the start of the line.' },
            },
          });
          return true;
        }
        if (!isScalar(pair.key)) continue;
        const k = String(pair.key.value);
        if (seen.has(k) && problems.length < MAX_SYNTAX_PROBLEMS) {
          const { message, hint, code } = yamlProblem('DUPLICATE_KEY', 'Map keys must be unique', 0, 0);
          problems.push({ offset: pair.key.range?.[0] ?? 0, problem: { code, message, hint } });
        }
        seen.add(k);
      }
    }
    if (!isCollection(node)) return false;
    if (depth >= MAX_DEPTH) {
      unusable = true;
      problems.push({
        offset: node.range?.[0] ?? 0,
        problem: {
          code: 'yaml-syntax',
          message: { zh: `YAML 语法错误：嵌套超过 ${MAX_DEPTH} 层`, en: `YAML syntax error: nested more than ${MAX_DEPTH} levels deep` },
          hint: { zh: '条目只有几层结构。检查是否多写了“[”“{”或“- ”。', en: 'Entries are a few levels deep. Check for stray "[", "{" or "- ".' },
        },
      });
      return true;
    }
    // A pair's key is walked too: a flow list's pair ([a: 1]) may have a collection as its key (a mapping's were refused above).
    for (const item of node.items as unknown[])
      if (isPair(item) ? walk(item.key, depth + 1) || walk(item.value, depth + 1) : walk(item, depth + 1)) return true;
    return false;
  };
  walk(doc.contents, 0);
  return { problems, unusable };
}

/** The first alias whose anchor is not defined before it: toJS would throw, and it is a mistake of its own. */
function firstUndefinedAlias(doc: Document.Parsed): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.resolve(doc) === undefined) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** line:col of the deepest node that exists along a data path (a missing key points at its parent). */
export function positionOf(parsed: ParsedYaml, path: readonly (string | number)[], keyOfLast = false): { line: number; col: number } {
  const { doc, lineCounter } = parsed;
  if (!doc) return { line: 1, col: 1 };
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    if (keyOfLast && n === path.length && n > 0) {
      // Point at the key itself (e.g. an unknown field) rather than its value.
      const parent = n > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
      const pair = isNode(parent) && 'items' in parent ? (parent.items as unknown[]).find((p) => isPairWithKey(p, sub[n - 1]!)) : undefined;
      const key = (pair as { key?: unknown } | undefined)?.key;
      if (isNode(key) && key.range) return lineCounter.linePos(key.range[0]);
      continue;
    }
    const node = n === 0 ? doc.contents : doc.getIn(sub, true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

function isPairWithKey(p: unknown, key: string | number): boolean {
  const k = (p as { key?: unknown }).key;
  return isNode(k) && 'value' in k && String((k as { value: unknown }).value) === String(key);
}
