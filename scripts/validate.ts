// npm run validate [-- <paths…>] [--format text|github|json] [--root <dir>]
// Checks the data files and prints every problem; exit 0 clean, 1 errors, 2 usage or internal problem.
import { countBySeverity } from '../lib/diagnostics.ts';
import { format, FORMATS, type Format } from '../lib/format.ts';
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { validate } from '../lib/validate.ts';

const HELP = `用法 Usage: npm run validate -- [文件…] [--format text|github|json] [--root 目录]
  不指定文件时检查整个仓库。Without files, checks the whole repository.
  退出码 Exit: 0 无错误 no errors · 1 有错误 errors · 2 用法或内部错误 usage or internal problem
`;

await runMain(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { format: 'value', root: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const fmt = (flags.format ?? 'text') as Format;
  if (!FORMATS.includes(fmt)) throw new UsageError(`--format 只能是 ${FORMATS.join('、')}`, `--format must be one of ${FORMATS.join(', ')}`);
  const root = typeof flags.root === 'string' ? flags.root : process.cwd();
  const { diagnostics, files } = validate(root, positional);
  process.stdout.write(format(fmt, diagnostics, files.length));
  return countBySeverity(diagnostics).errors > 0 ? 1 : 0;
});
