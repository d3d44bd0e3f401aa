// npm run bench:site [-- --sizes 1000,10000 --query 拖欠]: site build time against a bare Astro build of as many
// trivial pages, bytes of an entry page, bytes one search downloads (Chromium at CHROMIUM_PATH, default /usr/bin/chromium).
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { benchSite, formatSiteBench } from '../site/bench.ts';

await runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2), { sizes: 'value', query: 'value' });
  const sizes = String(flags.sizes ?? '1000,10000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 29_997))
    throw new UsageError('--sizes 须为 1 到 29997 之间、以逗号分隔的整数', '--sizes must be comma-separated whole numbers from 1 to 29997');
  process.stdout.write(`网站基准 Site benchmark: ${sizes.join(', ')} synthetic entries\n`);
  const figures = await benchSite({
    sizes,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ...(typeof flags.query === 'string' ? { query: flags.query } : {}),
    log: (line) => process.stderr.write(`  ${line}\n`),
  });
  process.stdout.write(formatSiteBench(figures));
  return 0;
});
