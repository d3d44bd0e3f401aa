// npm run new -- <catalogue|measure|exemption|basis> [--title …] [--department …] [--dry-run] …
// Creates a new entry in the proposal state (or a legal basis), validated before it is written.
// In a terminal it asks for what is missing; otherwise missing required options end with exit 2.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { BASIS_LEVELS, FILE_KINDS, type BasisLevel } from '../schemas/index.ts';
import { writeFileAtomic } from '../lib/atomic.ts';
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { countBySeverity } from '../lib/diagnostics.ts';
import { formatText } from '../lib/format.ts';
import { basisAnswer, choices, departmentAnswer, scaffold, SCAFFOLD_KINDS, type Answer, type ScaffoldInput, type ScaffoldKind } from '../lib/scaffold.ts';
import { validate } from '../lib/validate.ts';

const HELP = `用法 Usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> [选项 options]
  新建一个拟纳入建议（目录事项 catalogue、惩戒措施 measure、豁免行为 exemption、守信激励措施 incentive），或登记一项法律依据（basis）。
  Creates a new proposal (catalogue item, measure, exemption, incentive) or registers a legal instrument (basis).
  编号自动取从未使用过的下一个。The next never-used ID is taken.

  条目 Entries:
    --title <名称>          必填 required
    --department <部门编号>  必填 required（jurisdiction.yaml 的 departments）
    --content <内容>         具体内容（默认同名称）content (defaults to the title)
    --category <类别>        目录事项的信息类别 catalogue category
    --basis <依据编号> --articles <条款,条款>   依据（默认本省地方性法规）legal basis
    --trigger <ML-编号,…>    惩戒措施的触发事项，或激励措施据以激励的目录事项 a measure's triggers, an incentive's qualifying items
  法律依据 Basis:
    --id <小写-连字符编号> --title <名称> --level <${Object.keys(BASIS_LEVELS.labels).join('|')}>
    --issuer <制定机关> --article <第X条> --text <条文原文>   均为必填 all required
  共同 Common:
    --date YYYY-MM-DD   提出日期（默认今天）date (default today)
    --dry-run           只显示将生成的内容，不写文件 print, write nothing
    --root <目录>        仓库目录（默认当前目录）repository (default: here)
  在终端中运行时会逐项询问缺少的内容。In a terminal, missing values are asked for.
  退出码 Exit: 0 已生成 created · 1 生成的内容未通过校验 failed validation · 2 用法错误 usage error
`;

const FLAGS = {
  title: 'value',
  department: 'value',
  content: 'value',
  category: 'value',
  basis: 'value',
  articles: 'value',
  trigger: 'value',
  id: 'value',
  level: 'value',
  issuer: 'value',
  article: 'value',
  text: 'value',
  date: 'value',
  root: 'value',
  'dry-run': 'boolean',
  help: 'boolean',
} as const;

const today = () => new Date().toISOString().slice(0, 10);
const list = (s: string | undefined) => s?.split(/[,，、\s]+/).filter(Boolean);

await runMain(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), FLAGS);
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const str = (k: keyof typeof FLAGS) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const root = path.resolve(str('root') ?? process.cwd());
  if (!existsSync(path.join(root, 'jurisdiction.yaml')))
    throw new UsageError(`${root} 不是清单仓库（没有 jurisdiction.yaml）：请在仓库根目录运行，或用 --root 指定`, `${root} is not a lists repository (no jurisdiction.yaml): run it at the root, or give --root`);
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  try {
    // Lines are read through the iterator, which buffers them: answers typed or pasted ahead are not lost.
    const lines = rl?.[Symbol.asyncIterator]();
    /**
     * Ask in a terminal until the answer is acceptable; `fallback` is taken on an empty answer. `check` says yes, no,
     * or takes the answer as the code it names (某省财政厅 → finance) or refuses it with the reason, which is shown.
     */
    const ask = async (zh: string, en: string, fallback?: string, check: (s: string) => boolean | Answer = (s) => s.trim() !== ''): Promise<string> => {
      for (;;) {
        rl!.setPrompt(`${zh} ${en}${fallback ? ` [${fallback}]` : ''}: `);
        rl!.prompt();
        const next = await lines!.next();
        if (next.done) throw new UsageError('输入已结束，没有生成文件', 'Input ended; nothing was written');
        const answer = String(next.value).trim() || fallback || '';
        const verdict = check(answer);
        if (verdict === true) return answer;
        if (verdict !== false && 'value' in verdict) {
          if (verdict.recognised) process.stdout.write(`  ✔ ${verdict.recognised.zh}。${verdict.recognised.en}.\n`);
          return verdict.value;
        }
        const why = verdict === false ? { zh: answer ? `“${answer}”不可用` : '不能为空', en: answer ? `"${answer}" cannot be used` : 'An answer is needed' } : verdict.refused;
        const zhEnd = /[。？！]$/.test(why.zh) ? '' : '。';
        const enEnd = /[.?!]$/.test(why.en) ? '' : '.';
        process.stdout.write(`  ✖ ${why.zh}${zhEnd}请重新输入。\n    ${why.en}${enEnd} Please try again.\n`);
      }
    };

    let kind = positional[0] as ScaffoldKind | undefined;
    if (positional.length > 1) throw new UsageError(`多余的参数：${positional.slice(1).join(' ')}`, `Unexpected arguments: ${positional.slice(1).join(' ')}`);
    if (kind === undefined && rl) kind = (await ask('清单类型', `Kind (${SCAFFOLD_KINDS.join('/')})`, 'catalogue', (s) =>
        (SCAFFOLD_KINDS as string[]).includes(s) ? true : { refused: { zh: `类型只能是 ${SCAFFOLD_KINDS.join('、')}`, en: `The kind is one of ${SCAFFOLD_KINDS.join(', ')}` } },
      )) as ScaffoldKind;
    if (!kind || !SCAFFOLD_KINDS.includes(kind))
      throw new UsageError(`请指定类型：${SCAFFOLD_KINDS.join('、')}，如 npm run new -- catalogue --title 名称 --department drc`, `Give the kind: ${SCAFFOLD_KINDS.join(', ')}, e.g. npm run new -- catalogue --title <title> --department drc`);

    const c = choices(root);
    const input: ScaffoldInput = { kind, title: str('title') ?? '', date: str('date') ?? today() };
    const missing: string[] = [];
    const need = async (flag: keyof typeof FLAGS, zh: string, en: string, fallback?: string, ok?: (s: string) => boolean | Answer): Promise<string | undefined> => {
      const given = str(flag);
      if (given !== undefined) return given;
      if (rl) return ask(zh, en, fallback, ok);
      if (fallback === undefined) missing.push(`--${flag}`);
      return fallback;
    };
    if (kind === 'basis') {
      const id = await need('id', '依据编号（小写字母、数字、连字符）', 'ID (kebab-case)');
      const title = await need('title', '名称', 'Title');
      const level = await need('level', `效力层级（${Object.keys(BASIS_LEVELS.labels).join('/')}）`, 'Level', undefined, (s) => s in BASIS_LEVELS.labels);
      const issuer = await need('issuer', '制定机关', 'Issuing body');
      const article = await need('article', '条号，如 第十三条', 'Article number');
      const text = await need('text', '条文原文（逐字）', 'Article text (verbatim)');
      Object.assign(input, { id, title: title ?? '', level: level as BasisLevel, issuer, article, text });
    } else {
      if (rl) process.stdout.write(`部门 Departments: ${c.departments.map((d) => `${d.id}（${d.name}）`).join('、')}\n`);
      input.title = (await need('title', '名称', 'Title')) ?? '';
      input.department = await need('department', '提出部门（编号或名称）', 'Department ID or name', undefined, (s) => departmentAnswer(s, c.departments));
      const content = await need('content', kind === 'exemption' ? '豁免的行为' : '具体内容', 'Content', input.title);
      if (content !== undefined) input.content = content;
      if (rl && !str('basis')) process.stdout.write(`依据 Bases: ${c.bases.map((b) => b.id).join('、')}\n`);
      const answered = await need('basis', '依据（编号或名称）', 'Basis ID or title', c.bases[0]?.id, (s) => basisAnswer(s, c.bases));
      // A title given as --basis stands for its ID here too (the scaffolder refuses anything else, with the reason).
      const resolved = answered === undefined ? undefined : basisAnswer(answered, c.bases);
      const basis = resolved && 'value' in resolved ? resolved.value : answered;
      if (basis !== undefined) input.basis = basis;
      const articles = list(await need('articles', '所引条款（逗号分隔）', 'Articles (comma-separated)', c.bases.find((b) => b.id === basis)?.articles[0]));
      if (articles) input.articles = articles;
      if (kind === 'catalogue' && str('category')) input.category = str('category')!;
      if (kind === 'measure') {
        const triggers = list(await need('trigger', '触发事项编号（逗号分隔）', 'Triggering catalogue IDs', c.triggers[0]?.id));
        if (triggers) input.triggers = triggers;
      }
      if (kind === 'incentive') {
        const qualifying = list(await need('trigger', '据以激励的目录事项编号（逗号分隔）', 'Qualifying catalogue IDs', c.qualifying[0]?.id));
        if (qualifying) input.triggers = qualifying;
      }
    }
    if (missing.length)
      throw new UsageError(`缺少必填选项：${missing.join('、')}（不在终端中运行时不会询问）。用法见 npm run new -- --help`, `Missing required options: ${missing.join(', ')} (no prompts outside a terminal). See npm run new -- --help`);

    const made = scaffold(root, input, c);
    // Validate before writing, with the new file in place of what is on disk.
    const { diagnostics } = validate(root, [path.join(root, made.file)], new Map([[made.file, Buffer.from(made.text)]]));
    const problems = diagnostics.filter((d) => d.file === made.file || d.severity === 'error');
    if (flags['dry-run']) {
      process.stdout.write(`# ${made.file}（未写入 not written）\n${made.text}\n`);
      if (problems.length) process.stdout.write(formatText(problems, 1));
      return countBySeverity(problems).errors ? 1 : 0;
    }
    if (countBySeverity(problems).errors) {
      process.stdout.write(formatText(problems, 1));
      process.stdout.write(`未写入 ${made.file}：生成的内容未通过校验。Not written: the result does not validate.\n`);
      return 1;
    }
    writeFileAtomic(path.join(root, made.file), made.text);
    process.stdout.write(
      [
        `✔ 已生成 ${made.file}（${FILE_KINDS[kind].label.zh}）。Created ${made.file}.`,
        kind === 'basis'
          ? '  下一步：核对条文是否与官方文本逐字一致，补充文号、日期和来源网址。Next: check the text against the official source; add document number, dates and source URL.'
          : '  下一步：逐项修改为实际内容，运行 npm run validate，添加空变更集（npx changeset --empty：建议不改变已发布内容），提交合并请求。\n  Next: edit every field to the real content, run npm run validate, add an empty changeset (npx changeset --empty: a proposal publishes nothing yet), open a pull request.',
        '',
      ].join('\n'),
    );
    if (problems.length) process.stdout.write(formatText(problems, 1));
    return 0;
  } finally {
    rl?.close();
  }
});
