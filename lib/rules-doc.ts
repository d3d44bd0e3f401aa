// docs/rules.md and the code table of GOVERNANCE.md, generated from the one code registry (lib/codes.ts), so the
// list of codes can never drift from the code.
import { codesOf } from './codes.ts';
import { SOURCES } from './rules/sources.ts';

const severityCell = (s: 'error' | 'warning') => (s === 'error' ? '错误 error' : '警告 warning');

export function rulesDoc(): string {
  const settings = (r: { settings?: readonly string[] }) => (r.settings?.length ? r.settings.map((s) => `\`${s}\``).join('<br>') : '—');
  const rows = codesOf('rule').map((r) => `| \`${r.code}\` | ${severityCell(r.severity)} | ${r.title.zh}<br>${r.title.en} | ${r.source} | ${settings(r)} |`);
  const loader = [...codesOf('loader'), ...codesOf('lifecycle')].map((c) => `| \`${c.code}\` | ${c.title.zh}<br>${c.title.en} |`);
  const governance = codesOf('governance').map((g) => `| \`${g.code}\` | ${severityCell(g.severity)} | ${g.title.zh}<br>${g.title.en} | ${g.source} |`);
  return `<!-- GENERATED from lib/codes.ts by \`npm run schemas\`. Do not edit by hand. -->
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

## 程序检查（合并请求） · Governance (pull requests)

\`npm run governance\` 比较两个版本，报告下列编号（详见 GOVERNANCE.md）。
\`npm run governance\` compares two revisions and reports these codes (see GOVERNANCE.md).

| 编号 code | 级别 severity | 规则 rule | 依据 source |
|---|---|---|---|
${governance.join('\n')}
`;
}

export const GOVERNANCE_TABLE_START = '<!-- GENERATED: governance codes, from lib/codes.ts by `npm run schemas`. -->';
export const GOVERNANCE_TABLE_END = '<!-- END GENERATED: governance codes -->';

/** The table of governance codes for GOVERNANCE.md, between its markers. */
export function governanceTable(): string {
  const rows = codesOf('governance').map((g) => `| \`${g.code}\` | ${g.severity} | ${g.reports ?? g.title.en} |`);
  return `${GOVERNANCE_TABLE_START}\n| code | severity | what it reports |\n|---|---|---|\n${rows.join('\n')}\n${GOVERNANCE_TABLE_END}`;
}

/** GOVERNANCE.md with its generated table brought up to date; undefined when the markers are missing. */
export function withGovernanceTable(text: string): string | undefined {
  const i = text.indexOf(GOVERNANCE_TABLE_START);
  const j = text.indexOf(GOVERNANCE_TABLE_END);
  if (i < 0 || j < i) return undefined;
  return text.slice(0, i) + governanceTable() + text.slice(j + GOVERNANCE_TABLE_END.length);
}
