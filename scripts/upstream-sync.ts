// npm run upstream:sync [-- --root <dir>]
// Fetches exactly the pinned release of each upper level in jurisdiction.yaml `upstream:` into upstream/<code>/<version>/,
// verified against manifest_sha256 and every file's hash; on any mismatch nothing is written. Exit 0 ok, 1 problems, 2 usage/internal.
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { formatText } from '../lib/format.ts';
import { Repository } from '../lib/repository.ts';
import { syncAll } from '../lib/upstream/sync.ts';
import { SourceError } from '../lib/upstream/source.ts';

const HELP = `用法 Usage: npm run upstream:sync -- [--root 目录]
  按 jurisdiction.yaml 的 upstream 获取所固定的上级发布版本，逐一校验后写入 upstream/<区划代码>/<版本>/。
  Fetches each pinned upstream release named in jurisdiction.yaml into upstream/<code>/<version>/, verified first.
  退出码 Exit: 0 完成 done · 1 校验未通过 verification failed · 2 用法或内部错误 usage or internal problem
`;

await runMain(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { root: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positional.length) throw new UsageError(`不需要参数：${positional.join(' ')}`, `No arguments expected: ${positional.join(' ')}`);
  const root = typeof flags.root === 'string' ? flags.root : (process.env.DATA_ROOT ?? process.cwd());
  const repo = new Repository(root);
  const config = repo.jurisdiction;
  const loadProblems = repo.loadedFiles().flatMap((f) => f.diagnostics.filter((d) => d.severity === 'error'));
  if (!config.entry) {
    process.stdout.write(`${formatText(loadProblems, 1)}\njurisdiction.yaml 有误，未同步。jurisdiction.yaml has errors; nothing synced.\n`);
    return 1;
  }
  const pins = config.entry.upstream ?? [];
  if (!pins.length) {
    process.stdout.write('jurisdiction.yaml 未列出 upstream，无需同步。No upstream in jurisdiction.yaml: nothing to sync.\n');
    return 0;
  }
  let failed = 0;
  let results;
  try {
    results = await syncAll(root, pins);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    process.stdout.write(`✖ ${err.zh}\n  ${err.message}\n未写入任何文件。Nothing was written.\n`);
    return 1;
  }
  for (const r of results) {
    const what = `${r.pin.name}（${r.pin.division_code}）${r.pin.version}`;
    if (r.outcome === 'refused') {
      failed++;
      process.stdout.write(`✖ ${what}：校验未通过，未写入。verification failed; nothing written.\n`);
      for (const p of r.problems) process.stdout.write(`  ${p.file}\n    ${p.zh}\n    ${p.en}\n`);
    } else
      process.stdout.write(
        r.outcome === 'written'
          ? `✔ ${what} → ${r.dir}/（${r.files} 个文件已校验并写入 ${r.files} files verified and written）\n`
          : `✔ ${what}：${r.dir}/ 已是所固定的版本，未改动。already the pinned release; unchanged.\n`,
      );
  }
  return failed ? 1 : 0;
});
