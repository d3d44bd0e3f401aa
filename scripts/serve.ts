// npm run serve [-- --dir dist --port 4321 --base /x/]: serve the built site locally (SITE_BASE is the default base).
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { serveStatic } from '../lib/static-server.ts';
import { REPO_ROOT } from '../site/build.ts';
import path from 'node:path';
import { existsSync } from 'node:fs';

await runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2), { dir: 'value', port: 'value', base: 'value', host: 'value' });
  const dir = path.resolve(typeof flags.dir === 'string' ? flags.dir : path.join(REPO_ROOT, 'dist'));
  if (!existsSync(path.join(dir, 'index.html'))) throw new UsageError(`${dir} 中没有网站，请先运行 npm run build`, `No site in ${dir}: run npm run build first`);
  const port = Number(flags.port ?? process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`端口无效：${flags.port}`, `Invalid port: ${flags.port}`);
  const s = await serveStatic({ dir, port, host: typeof flags.host === 'string' ? flags.host : '127.0.0.1', base: typeof flags.base === 'string' ? flags.base : process.env.SITE_BASE });
  process.stdout.write(`网站已启动 Serving the site at ${s.url}  (Ctrl+C 停止 to stop)\n`);
  await new Promise(() => {});
  return 0;
});
