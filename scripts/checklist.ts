// npm run checklist -- <catalogue ID> [--subject …] [--circumstance …]… [--date YYYY-MM-DD] [--release <version>] [--format text|json] [--root <dir>]
// The case checklist from the release archive; exit 0 printed, 1 a question the archive cannot answer, 2 usage or internal problem.
import { parseArgs, UsageError } from '../lib/cli.ts';
import { checklist, checklistText, type SubjectType } from '../lib/checklist/index.ts';
import { OUTPUT_FORMATS, runChecklistMain, type OutputFormat } from '../lib/checklist/cli.ts';
import { loadSources } from '../lib/checklist/load.ts';
import { todayIn } from '../lib/today.ts';

const HELP = `用法 Usage: npm run checklist -- <目录事项编号 catalogue ID> [--subject natural_person|legal_person|unincorporated_organization]
         [--circumstance <豁免情形 ground 或 or HM-…>]… [--date YYYY-MM-DD] [--release <版本 version>] [--format text|json] [--root 目录]
  默认：今天（中国时间）、该日已发布的最新版本、文本。Defaults: today (China time), the latest release published by then, text.
  退出码 Exit: 0 已输出 printed · 1 无法回答（编号、主体类型、日期）unanswerable (ID, subject type, date) · 2 用法或内部错误 usage or internal problem
`;

await runChecklistMain(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { subject: 'value', circumstance: 'repeat', date: 'value', release: 'value', format: 'value', root: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positional.length !== 1) throw new UsageError('请给出一个目录事项编号，例如 ML-0023', 'Give one catalogue item ID, e.g. ML-0023');
  const format = (flags.format ?? 'text') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format 只能是 ${OUTPUT_FORMATS.join('、')}`, `--format must be one of ${OUTPUT_FORMATS.join(', ')}`);
  const str = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);
  const { archive, jurisdiction } = loadSources(str(flags.root) ?? process.cwd());
  const result = checklist(
    archive,
    {
      id: positional[0]!,
      subject: str(flags.subject) as SubjectType | undefined,
      circumstances: str(flags.circumstance)?.split(',').map((c) => c.trim()).filter(Boolean) ?? [],
      date: str(flags.date) ?? todayIn(),
      release: str(flags.release),
    },
    jurisdiction,
  );
  process.stdout.write(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : checklistText(result));
  return 0;
});
