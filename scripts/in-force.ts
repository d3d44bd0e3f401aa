// npm run in-force -- --date YYYY-MM-DD [--list catalogue|measures|exemptions]… [--release <version>] [--format text|json] [--root <dir>]
// What was in force on a date, from the release archive; exit 0 printed, 1 a date before the first release, 2 usage or internal problem.
import { parseArgs, UsageError } from '../lib/cli.ts';
import { inForceOn, inForceText } from '../lib/checklist/index.ts';
import { OUTPUT_FORMATS, runChecklistMain, type OutputFormat } from '../lib/checklist/cli.ts';
import { loadSources } from '../lib/checklist/load.ts';
import { todayIn } from '../lib/today.ts';
import { PUBLISHED_LISTS, type PublishedList } from '../schemas/release.ts';

const HELP = `用法 Usage: npm run in-force -- [--date YYYY-MM-DD] [--list catalogue|measures|exemptions]… [--release <版本 version>] [--format text|json] [--root 目录]
  默认：今天（中国时间）、该日已发布的最新版本、三份清单、文本。Defaults: today (China time), the latest release published by then, all three lists, text.
  退出码 Exit: 0 已输出 printed · 1 日期早于第一个发布版本 date before the first release · 2 用法或内部错误 usage or internal problem
`;

await runChecklistMain(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { date: 'value', list: 'repeat', release: 'value', format: 'value', root: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positional.length) throw new UsageError(`多余的参数：${positional.join(' ')}`, `Unexpected arguments: ${positional.join(' ')}`);
  const format = (flags.format ?? 'text') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format 只能是 ${OUTPUT_FORMATS.join('、')}`, `--format must be one of ${OUTPUT_FORMATS.join(', ')}`);
  const str = (v: string | true | undefined) => (typeof v === 'string' ? v : undefined);
  const lists = str(flags.list)?.split(',').map((l) => l.trim()) as PublishedList[] | undefined;
  for (const l of lists ?? [])
    if (!PUBLISHED_LISTS.includes(l)) throw new UsageError(`--list 只能是 ${PUBLISHED_LISTS.join('、')}，而不是 ${l}`, `--list must be one of ${PUBLISHED_LISTS.join(', ')}, not ${l}`);
  const { archive } = loadSources(str(flags.root) ?? process.cwd());
  const report = inForceOn(archive, str(flags.date) ?? todayIn(), { lists, release: str(flags.release) });
  process.stdout.write(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : inForceText(report));
  return 0;
});
