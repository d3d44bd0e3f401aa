// npm run build: the static site into dist/ (SITE_BASE, SITE_URL, DATA_ROOT, RELEASES_DIR, SITE_OUT, SITE_TODAY from the environment).
// Exit 0 built, 1 the data did not validate (the validator's report is printed), 2 any other failure.
import { runMain } from '../lib/cli.ts';
import { buildSite, optionsFromEnvironment } from '../site/build.ts';

await runMain(async () => {
  const r = await buildSite(optionsFromEnvironment(process.env));
  if (r.code === 0) process.stdout.write(`✔ 网站已生成 Site built: ${r.outDir} (${(r.ms / 1000).toFixed(1)} s)\n`);
  else process.stderr.write(`✖ 网站未生成 Site not built${r.code === 2 ? '（构建错误 build error）' : ''}\n`);
  return r.code;
});
