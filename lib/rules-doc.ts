// docs/rules.md, generated from the rule modules so the list of codes can never drift from the code.
import { RULES } from './rules/index.ts';
import { SOURCES } from './rules/sources.ts';

const LOADER_CODES: [string, string, string][] = [
  ['file-empty', '文件是空的', 'The file is empty'],
  ['file-bom', '文件开头有字节顺序标记（BOM）', 'A byte-order mark before the first line'],
  ['file-encoding', '文件不是 UTF-8 编码', 'The file is not UTF-8'],
  ['file-missing', '找不到文件', 'File not found'],
  ['file-modeline', '第一行缺少编辑器校验提示（警告）', 'The schema modeline is missing (warning)'],
  ['yaml-syntax', 'YAML 语法错误', 'YAML syntax error'],
  ['yaml-duplicate-key', '重复的字段名', 'Duplicate key'],
  ['yaml-tab', '用 Tab 缩进', 'Tab used for indentation'],
  ['yaml-multiple-documents', '一个文件中有多个文档', 'More than one document in a file'],
  ['yaml-alias-limit', '引用展开次数过多', 'Too many alias expansions'],
  ['id-file-name', '文件名不是有效编号', 'File name is not a valid ID'],
  ['schema-required', '缺少必填字段', 'Missing required field'],
  ['schema-unknown-field', '未知字段', 'Unknown field'],
  ['schema-type', '类型不对', 'Wrong type'],
  ['schema-enum', '取值不在允许范围内', 'Value not allowed'],
  ['schema-format', '格式不对（日期、编号、条款、网址）', 'Wrong form (date, ID, article, URL)'],
  ['schema-range', '为空、过长或数字超出范围', 'Empty, too long or out of range'],
  ['schema-invalid', '其他不符合模型之处', 'Other departures from the model'],
  ['lifecycle-record-missing', '状态所需的记录缺失', 'A record the status requires is missing'],
  ['lifecycle-record-unexpected', '出现了与状态不符的记录', 'A record the status does not allow'],
  ['lifecycle-date-order', '日期先后顺序不对', 'Dates out of order'],
  ['lifecycle-consultation-outcome', '审定前未写明征求意见结果', 'Consultation outcome missing before approval'],
  ['lifecycle-history-order', '历史事件未按时间排列', 'History out of date order'],
  ['lifecycle-history-status', '最后的历史事件与状态不符', 'Last history event does not match the status'],
];

export function rulesDoc(): string {
  const settings = (r: (typeof RULES)[number]) => (r.settings?.length ? r.settings.map((s) => `\`${s}\``).join('<br>') : '—');
  const rows = RULES.map((r) => `| \`${r.code}\` | ${r.severity === 'error' ? '错误 error' : '警告 warning'} | ${r.title.zh}<br>${r.title.en} | ${r.source} | ${settings(r)} |`);
  const loader = LOADER_CODES.map(([code, zh, en]) => `| \`${code}\` | ${zh}<br>${en} |`);
  return `<!-- GENERATED from lib/rules/*.ts by \`npm run schemas\`. Do not edit by hand. -->
# 检查规则 · Validation rules

\`npm run validate\` 报告的每个问题都带有下列编号之一。编号稳定，不会改作他用。
Every problem \`npm run validate\` reports carries one of these codes. Codes are stable and never reused.

## 政策规则和交叉引用 · Policy and cross-file rules

| 编号 code | 级别 severity | 规则 rule | 默认依据 default source | 读取的辖区配置 settings read |
|---|---|---|---|---|
${rows.join('\n')}

依据简称 · Sources cited above:

${Object.values(SOURCES)
  .map((s) => `- ${s.short}：${s.full}`)
  .join('\n')}

“默认依据”是国家规定（各地实施方案据国办发〔2020〕49号制定）。规则读取的设置在 \`jurisdiction.yaml\` 中配置，每项写明设定它的条款；
检查信息会附上该条款。未配置的设置适用国家规定（\`schemas/profile.ts\` 的 \`NATIONAL_DEFAULTS\`），见 [接入指南](onboarding.md)。
The default source is the national rules. A rule's settings live in \`jurisdiction.yaml\`, each with the article that sets it, which
the rule's messages quote; a setting left out takes the national default (\`NATIONAL_DEFAULTS\` in \`schemas/profile.ts\`).
\`lists.<list>\` stands for \`lists.catalogue\`, \`lists.measure\` or \`lists.exemption\`.

## 文件、格式和程序记录 · Files, shape and lifecycle records

| 编号 code | 含义 meaning |
|---|---|
${loader.join('\n')}
`;
}
