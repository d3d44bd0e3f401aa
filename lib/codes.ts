// Every diagnostic code the toolkit reports, in one registry: the loader's (file, YAML, shape), the lifecycle's
// checks inside an entry, the validator's rules and the governance check's. docs/rules.md and the code table of
// GOVERNANCE.md are generated from it, and a test fails when the code emits a code that is not registered here.
import type { Bilingual, Severity } from './diagnostics.ts';
import { CODES as GOVERNANCE_CODES } from './governance/codes.ts';
import { LIFECYCLE_CODES } from './lifecycle/checks.ts';
import { RULES } from './rules/index.ts';

export type CodeFamily = 'loader' | 'lifecycle' | 'rule' | 'governance';

export interface RegisteredCode {
  code: string;
  family: CodeFamily;
  /** Usual severity; loader and lifecycle codes are errors except where the entry says otherwise. */
  severity: Severity;
  title: Bilingual;
  /** The paragraph, article or file the code enforces (rules and governance). */
  source?: string;
  /** What it reports, in full (governance: GOVERNANCE.md's table). */
  reports?: string;
  /** The jurisdiction.yaml settings it reads (rules). */
  settings?: readonly string[];
}

/** The loader's codes: reading a file, parsing its YAML, its name and its shape against the model. */
const LOADER_CODES: [code: string, zh: string, en: string, severity?: Severity][] = [
  ['file-empty', '文件是空的', 'The file is empty'],
  ['file-bom', '文件开头有字节顺序标记（BOM）', 'A byte-order mark before the first line'],
  ['file-encoding', '文件不是 UTF-8 编码', 'The file is not UTF-8'],
  ['file-missing', '找不到文件', 'File not found'],
  ['file-not-regular', '不是普通文件（符号链接、目录、管道、设备），不予读取', 'Not a regular file (a link, folder, pipe or device); not read'],
  ['file-too-large', '文件超过 256 KB，不予读取', 'File larger than 256 KB; not read'],
  ['file-unreadable', '文件无法读取', 'File cannot be read'],
  ['file-ignored', '数据目录中不会被读取的子目录或隐藏文件（警告）', 'A subfolder or hidden file in a data folder that is not read (warning)', 'warning'],
  ['file-control-character', '文字中有控制字符或双向文字格式字符（NUL、ANSI 转义、U+202E 等）', 'Control or bidirectional formatting characters in text (NUL, ANSI escapes, U+202E…)'],
  ['file-modeline', '第一行缺少编辑器校验提示（警告）', 'The schema modeline is missing (warning)', 'warning'],
  ['yaml-syntax', 'YAML 语法错误', 'YAML syntax error'],
  ['yaml-duplicate-key', '重复的字段名', 'Duplicate key'],
  ['yaml-tab', '用 Tab 缩进', 'Tab used for indentation'],
  ['yaml-colon', '字段名后用了全角冒号，或冒号后缺少空格', 'A full-width colon after a field name, or no space after the colon'],
  ['yaml-full-width', '列表中用了全角逗号、顿号或括号', 'Full-width commas or brackets in a list'],
  ['yaml-indent', '缩进与上下文的层级对不上', 'Indentation that matches no level around it'],
  ['yaml-multiple-documents', '一个文件中有多个文档', 'More than one document in a file'],
  ['yaml-alias-limit', '引用展开次数过多', 'Too many alias expansions'],
  ['yaml-alias-undefined', '引用（*名称）没有对应的锚点', 'An alias (*name) without its anchor'],
  ['id-file-name', '文件名不是有效编号', 'File name is not a valid ID'],
  ['schema-required', '缺少必填字段', 'Missing required field'],
  ['schema-unknown-field', '未知字段', 'Unknown field'],
  ['schema-type', '类型不对', 'Wrong type'],
  ['schema-enum', '取值不在允许范围内', 'Value not allowed'],
  ['schema-format', '格式不对（日期、编号、条款、网址）', 'Wrong form (date, ID, article, URL)'],
  ['schema-range', '为空、过长、列表过长或数字超出范围', 'Empty, too long, too many items or out of range'],
  ['schema-duplicate', '列表中有重复项', 'A list item repeats'],
  ['schema-invalid', '其他不符合模型之处', 'Other departures from the model'],
  ['schema-release', '发布时：条目的值不符合发布格式（release:build 报告）', 'At release: a value the published format does not accept (reported by release:build)'],
];

export const CODE_REGISTRY: readonly RegisteredCode[] = [
  ...LOADER_CODES.map(([code, zh, en, severity]) => ({ code, family: 'loader' as const, severity: severity ?? ('error' as const), title: { zh, en } })),
  ...Object.entries(LIFECYCLE_CODES).map(([code, title]) => ({ code, family: 'lifecycle' as const, severity: 'error' as const, title })),
  ...RULES.map((r) => ({ code: r.code, family: 'rule' as const, severity: r.severity, title: r.title, source: r.source, ...(r.settings ? { settings: r.settings } : {}) })),
  ...Object.values(GOVERNANCE_CODES).map((g) => ({ code: g.code, family: 'governance' as const, severity: g.severity, title: g.title, source: g.source, reports: g.reports })),
];

const BY_CODE = new Map(CODE_REGISTRY.map((c) => [c.code, c]));

export function registered(code: string): RegisteredCode | undefined {
  return BY_CODE.get(code);
}

export function codesOf(family: CodeFamily): RegisteredCode[] {
  return CODE_REGISTRY.filter((c) => c.family === family);
}
