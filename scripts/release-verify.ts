// npm run release:verify [-- --root <dir>]
// Checks every archived release against its manifest, its schema and the index; exit 0 intact, 1 problems, 2 usage or internal problem.
import path from 'node:path';
import { parseArgs, runMain } from '../lib/cli.ts';
import { RELEASES_DIR } from '../lib/release/archive.ts';
import { verifyArchive } from '../lib/release/verify.ts';

await runMain(() => {
  const { flags } = parseArgs(process.argv.slice(2), { root: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write('用法 Usage: npm run release:verify -- [--root 目录]\n  退出码 Exit: 0 完好 intact · 1 有问题 problems · 2 用法或内部错误 usage or internal problem\n');
    return 0;
  }
  const root = typeof flags.root === 'string' ? flags.root : process.cwd();
  const { problems, releases, files } = verifyArchive(path.join(root, RELEASES_DIR), RELEASES_DIR);
  for (const p of problems) process.stdout.write(`${p.file}\n  ${p.zh}\n  ${p.en}\n\n`);
  process.stdout.write(
    problems.length
      ? `✖ 发现 ${problems.length} 个问题（${releases} 个版本，${files} 个文件）。${problems.length} problem(s) in ${releases} release(s), ${files} files.\n`
      : `✔ ${releases} 个版本、${files} 个文件均完好。${releases} release(s), ${files} files: intact.\n`,
  );
  return problems.length ? 1 : 0;
});
