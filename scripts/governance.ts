// npm run governance -- --base <rev> [--head <rev>] [--format text|github|json] [--root <dir>]
// Compares two revisions and reports what the procedure does not allow; exit 0 clean, 1 errors, 2 usage or internal problem.
import { countBySeverity } from '../lib/diagnostics.ts';
import { format, FORMATS, type Format } from '../lib/format.ts';
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { checkGovernance } from '../lib/governance/check.ts';

const HELP = `用法 Usage: npm run governance -- --base <版本 rev> [--head <版本 rev>] [--format text|github|json] [--root 目录]
  比较 base 与 head 两个版本，检查条目的程序（提出、征求意见、审定、勘误、修订、废止）、已发布版本、变更集。
  Compares two revisions: the entries' procedure, the published releases and the changesets.
  不指定 --head 时，与工作区（含未提交、未跟踪的文件）比较。Without --head, the working tree (uncommitted and untracked files included) is compared.
  退出码 Exit: 0 无错误 no errors · 1 有错误 errors · 2 用法或内部错误 usage or internal problem
`;

await runMain(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { base: 'value', head: 'value', format: 'value', root: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positional.length) throw new UsageError(`多余的参数：${positional.join(' ')}`, `Unexpected arguments: ${positional.join(' ')}`);
  if (typeof flags.base !== 'string') throw new UsageError('缺少 --base <版本>，如 --base origin/main', 'Missing --base <rev>, e.g. --base origin/main');
  const fmt = (flags.format ?? 'text') as Format;
  if (!FORMATS.includes(fmt)) throw new UsageError(`--format 只能是 ${FORMATS.join('、')}`, `--format must be one of ${FORMATS.join(', ')}`);
  const result = checkGovernance({
    root: typeof flags.root === 'string' ? flags.root : process.cwd(),
    base: flags.base,
    ...(typeof flags.head === 'string' ? { head: flags.head } : {}),
  });
  process.stdout.write(format(fmt, result.diagnostics, result.files.length));
  return countBySeverity(result.diagnostics).errors > 0 ? 1 : 0;
});
