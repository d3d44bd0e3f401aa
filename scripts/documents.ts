// npm run documents [-- --site <dir>]: the official documents of a built site (default dist/) as PDF (Chromium's
// print of each document page) and DOCX, written beside each page. `npm run build` runs it after the site build.
// Exit 0 written, 2 usage or internal problem.
import path from 'node:path';
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { writeDocuments } from '../lib/documents/write.ts';
import { REPO_ROOT } from '../site/src/settings.ts';

await runMain(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { site: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write('用法 Usage: npm run documents -- [--site 目录 dir]\n  把已生成网站中的正式文件输出为 PDF 和 DOCX。Writes the built site’s official documents as PDF and DOCX.\n');
    return 0;
  }
  if (positional.length) throw new UsageError(`多余的参数：${positional.join(' ')}`, `Unexpected arguments: ${positional.join(' ')}`);
  const site = path.resolve(REPO_ROOT, typeof flags.site === 'string' ? flags.site : process.env.SITE_OUT || 'dist');
  const started = performance.now();
  const written = await writeDocuments(site);
  process.stdout.write(`✔ 正式文件 ${written.length} 份（PDF 和 DOCX）Official documents written: ${written.length} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  for (const w of written) process.stdout.write(`  ${path.relative(REPO_ROOT, w.pdf)}\n  ${path.relative(REPO_ROOT, w.docx)}\n`);
  return 0;
});
