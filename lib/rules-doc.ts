// docs/rules.md, generated from the rule modules so the list of codes can never drift from the code.
import { RULES } from './rules/index.ts';
import { SOURCES } from './rules/sources.ts';

const LOADER_CODES: [string, string, string][] = [
  ['file-empty', '文件是空的', 'The file is empty'],
  ['file-bom', '文件开头有字节顺序标记（BOM）', 'A byte-order mark before the first line'],
  ['file-encoding', '文件不是 UTF-8 编码', 'The file is not UTF-8'],
  ['file-missing', '找不到文件', 'File not found'],
  ['file-not-regular', '不是普通文件（符号链接、目录、管道、设备），不予读取', 'Not a regular file (a link, folder, pipe or device); not read'],
  ['file-too-large', '文件超过 256 KB，不予读取', 'File larger than 256 KB; not read'],
  ['file-unreadable', '文件无法读取', 'File cannot be read'],
  ['file-ignored', '数据目录中不会被读取的子目录或隐藏文件（警告）', 'A subfolder or hidden file in a data folder that is not read (warning)'],
  ['text-control-character', '文字中有控制字符或双向文字格式字符（NUL、ANSI 转义、U+202E 等）', 'Control or bidirectional formatting characters in text (NUL, ANSI escapes, U+202E…)'],
  ['file-modeline', '第一行缺少编辑器校验提示（警告）', 'The schema modeline is missing (warning)'],
  ['yaml-syntax', 'YAML 语法错误', 'YAML syntax error'],
  ['yaml-duplicate-key', '重复的字段名', 'Duplicate key'],
  ['yaml-tab', '用 Tab 缩进', 'Tab used for indentation'],
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
  ['lifecycle-record-missing', '状态所需的记录缺失', 'A record the status requires is missing'],
  ['lifecycle-record-unexpected', '出现了与状态不符的记录', 'A record the status does not allow'],
  ['lifecycle-date-order', '日期先后顺序不对', 'Dates out of order'],
  ['lifecycle-consultation-outcome', '审定前未写明征求意见结果', 'Consultation outcome missing before approval'],
  ['lifecycle-history-order', '历史事件未按时间排列', 'History out of date order'],
  ['lifecycle-history-status', '最后的历史事件与状态不符', 'Last history event does not match the status'],
  ['release-schema', '发布时：条目的值不符合发布格式（release:build 报告）', 'At release: a value the published format does not accept (reported by release:build)'],
];

export function rulesDoc(): string {
  const rows = RULES.map((r) => `| \`${r.code}\` | ${r.severity === 'error' ? '错误 error' : '警告 warning'} | ${r.title.zh}<br>${r.title.en} | ${r.source} |`);
  const loader = LOADER_CODES.map(([code, zh, en]) => `| \`${code}\` | ${zh}<br>${en} |`);
  return `<!-- GENERATED from lib/rules/*.ts by \`npm run schemas\`. Do not edit by hand. -->
# 检查规则 · Validation rules

\`npm run validate\` 报告的每个问题都带有下列编号之一。编号稳定，不会改作他用。
Every problem \`npm run validate\` reports carries one of these codes. Codes are stable and never reused.

## 政策规则和交叉引用 · Policy and cross-file rules

| 编号 code | 级别 severity | 规则 rule | 依据 source |
|---|---|---|---|
${rows.join('\n')}

依据简称 · Sources cited above:

${Object.values(SOURCES)
  .map((s) => `- ${s.short}：${s.full}`)
  .join('\n')}

## 文件、格式和程序记录 · Files, shape and lifecycle records

| 编号 code | 含义 meaning |
|---|---|
${loader.join('\n')}
`;
}
