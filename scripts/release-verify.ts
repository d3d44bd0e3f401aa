// npm run release:verify [-- --root <dir>]
// Checks the signatures and every archived release against its manifest, its schema, the index and its own data,
// and that package.json's version is the latest release; exit 0 intact, 1 problems, 2 usage or internal problem.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, runMain } from '../lib/cli.ts';
import { INDEX_FILE, RELEASES_DIR, readIndex } from '../lib/release/archive.ts';
import { verifyArchive } from '../lib/release/verify.ts';

await runMain(() => {
  const { flags } = parseArgs(process.argv.slice(2), { root: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write('用法 Usage: npm run release:verify -- [--root 目录]\n  退出码 Exit: 0 完好 intact · 1 有问题 problems · 2 用法或内部错误 usage or internal problem\n');
    return 0;
  }
  const root = typeof flags.root === 'string' ? flags.root : process.cwd();
  const releasesDir = path.join(root, RELEASES_DIR);
  const { problems, releases, files } = verifyArchive(releasesDir, RELEASES_DIR);
  // Dropping the latest release (with an older, genuinely signed index) still leaves the version it was built for.
  const pkg = path.join(root, 'package.json');
  const latest = existsSync(path.join(releasesDir, INDEX_FILE)) ? readIndex(releasesDir)?.latest : undefined;
  const version = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version : undefined;
  if (latest && version && version !== latest)
    problems.push({
      file: 'package.json',
      zh: `版本号 ${version} 与 ${RELEASES_DIR}/${INDEX_FILE} 的最新版本 ${latest} 不符：版本号只随发布改变（npm run version-packages），最新版本不能被撤下`,
      en: `version ${version} is not the latest release ${latest} in ${RELEASES_DIR}/${INDEX_FILE}: the version only moves with a release (npm run version-packages), and the latest release cannot be withdrawn`,
    });
  for (const p of problems) process.stdout.write(`${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}\n  ${p.zh}\n  ${p.en}\n\n`);
  process.stdout.write(
    problems.length
      ? `✖ 发现 ${problems.length} 个问题（${releases} 个版本，${files} 个文件）。${problems.length} problem(s) in ${releases} release(s), ${files} files.\n`
      : `✔ ${releases} 个版本、${files} 个文件均完好，签名有效。${releases} release(s), ${files} files: intact, signatures valid.\n`,
  );
  return problems.length ? 1 : 0;
});
