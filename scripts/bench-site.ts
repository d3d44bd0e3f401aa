// npm run bench:site [-- --sizes 1000,10000 --queries 拖欠,信息,ML-0007 --processes 1]: only the site part of npm run bench — build time
// against a bare Astro build of as many trivial pages, phases, largest page, and the bytes of searches in Chromium.
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { MAX_SYNTHETIC_ENTRIES } from '../lib/synthetic.ts';
import { benchSite, DEFAULT_QUERIES, formatSiteBench, processesOf } from '../site/bench.ts';

await runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2), { sizes: 'value', queries: 'value', processes: 'value' });
  const processes = processesOf(flags.processes);
  const sizes = String(flags.sizes ?? '1000,10000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_SYNTHETIC_ENTRIES))
    throw new UsageError(`--sizes 须为 1 到 ${MAX_SYNTHETIC_ENTRIES} 之间、以逗号分隔的整数（编号为四位数字）`, `--sizes must be comma-separated whole numbers from 1 to ${MAX_SYNTHETIC_ENTRIES} (IDs have four digits)`);
  process.stdout.write(`网站基准 Site benchmark: ${sizes.join(', ')} synthetic entries\n`);
  const figures = await benchSite({
    sizes,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    queries: typeof flags.queries === 'string' ? flags.queries.split(',') : DEFAULT_QUERIES,
    log: (line) => process.stderr.write(`  ${line}\n`),
    ...(processes ? { processes } : {}),
  });
  process.stdout.write(formatSiteBench(figures));
  return 0;
});
