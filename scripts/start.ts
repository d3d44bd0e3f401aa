// npm start: validate and build the site on this repository's data, then serve it on http://127.0.0.1:4321.
import { runMain } from '../lib/cli.ts';
import { buildSite, optionsFromEnvironment } from '../site/build.ts';
import { serveStatic } from '../lib/static-server.ts';

await runMain(async () => {
  const r = await buildSite(optionsFromEnvironment(process.env));
  if (r.code !== 0) {
    process.stderr.write('✖ 网站未生成，未启动服务。Site not built; not serving.\n');
    return r.code;
  }
  const s = await serveStatic({ dir: r.outDir, port: Number(process.env.PORT ?? 4321), base: process.env.SITE_BASE });
  process.stdout.write(`\n网站已启动 Serving the site at ${s.url}  (Ctrl+C 停止 to stop)\n`);
  await new Promise(() => {});
  return 0;
});
