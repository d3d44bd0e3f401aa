// npm run bench [-- --entries 10000 --sizes 1000,10000 --queries 拖欠,信息,ML-0007 --processes 1 --skip-site]: all in one run,
// side by side with its floor and goal — validation against yaml parsing, the governance check of a one-entry pull
// request against validating that file, the case checklist for one item, and the site build against bare Astro with
// its phases, largest page and the bytes of searches (Chromium at CHROMIUM_PATH, default /usr/bin/chromium).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchChecklist, benchGovernance, benchValidation } from '../lib/bench.ts';
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { MAX_SYNTHETIC_ENTRIES, writeSyntheticRepository } from '../lib/synthetic.ts';
import { benchSite, DEFAULT_QUERIES, formatSiteBench, processesOf } from '../site/bench.ts';

const sizesOf = (v: string | true | undefined, fallback: string) => {
  const sizes = String(typeof v === 'string' ? v : fallback).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > MAX_SYNTHETIC_ENTRIES))
    throw new UsageError(
      `条目数须为 1 到 ${MAX_SYNTHETIC_ENTRIES} 之间的整数（编号为四位数字，每份清单最多 9999 项）`,
      `Entry counts must be whole numbers from 1 to ${MAX_SYNTHETIC_ENTRIES} (IDs have four digits: at most 9,999 per list)`,
    );
  return sizes;
};

await runMain(async () => {
  const { flags } = parseArgs(process.argv.slice(2), { entries: 'value', sizes: 'value', queries: 'value', processes: 'value', 'skip-site': 'boolean' });
  const processes = processesOf(flags.processes);
  const [n] = sizesOf(flags.entries, '10000') as [number];
  const sizes = sizesOf(flags.sizes, '1000,10000');
  const out = (s: string) => process.stdout.write(s);
  const log = (s: string) => process.stderr.write(`  ${s}\n`);
  const line = (label: string, value: string) => out(`${label.padEnd(56)}${value}\n`);
  const goals: { what: string; value: string; goal: string; met: boolean }[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-'));
  try {
    out(`基准 Benchmark (one run; a shared machine makes every timing noisy)\n\n`);

    const repo = path.join(scratch, 'validation');
    const counts = writeSyntheticRepository(repo, n);
    log(`validation: ${n} entries…`);
    const v = benchValidation(repo);
    if (v.errors) throw new Error(`synthetic data has ${v.errors} validation errors`);
    out(`验证 Validation: ${n} entries (${counts.catalogue} catalogue, ${counts.measure} measures, ${counts.exemption} exemptions), best of 3\n`);
    line('  完整验证 full validation', `${v.validateMs.toFixed(0)} ms`);
    line('  仅解析 YAML parse only (yaml)', `${v.parseMs.toFixed(0)} ms`);
    line('  比值 ratio', `${v.ratio.toFixed(2)}×`);
    goals.push({ what: 'validation ÷ yaml parsing', value: `${v.ratio.toFixed(2)}×`, goal: '≤ 1.5×', met: v.ratio <= 1.5 });
    rmSync(repo, { recursive: true, force: true });

    log(`governance: a one-entry pull request on ${n} entries…`);
    const g = benchGovernance(path.join(scratch, 'governance'), n);
    out(`\n治理检查 Governance: one-entry pull request (${g.files.join(', ')}) on ${n} entries, best of 3\n`);
    line('  治理检查 npm run governance (checkGovernance)', `${g.governanceMs.toFixed(0)} ms (${g.errors} errors)`);
    line('  只验证该文件 validating that file', `${g.validateFileMs.toFixed(0)} ms`);
    line('  比值 ratio', `${g.ratio.toFixed(2)}×`);
    goals.push({ what: 'one-file governance ÷ validating the file', value: `${g.ratio.toFixed(2)}×`, goal: '≤ 2×', met: g.ratio <= 2 });
    rmSync(path.join(scratch, 'governance'), { recursive: true, force: true });

    log(`checklist: a release of ${n} entries…`);
    const c = benchChecklist(path.join(scratch, 'checklist'), n);
    out(`\n办案清单 Case checklist: one catalogue item on a ${n}-entry release\n`);
    line('  发布该版本 building the release (once)', `${(c.releaseMs / 1000).toFixed(1)} s`);
    line('  读取并校验发布档案 loading the archive', `${c.loadMs.toFixed(0)} ms`);
    line('  一项的清单 checklist for one item (best of 5)', `${c.checklistMs.toFixed(1)} ms (${c.measures} measures)`);
    rmSync(path.join(scratch, 'checklist'), { recursive: true, force: true });

    if (!flags['skip-site']) {
      out(`\n网站 Site: ${sizes.join(', ')} entries\n\n`);
      const queries = typeof flags.queries === 'string' ? flags.queries.split(',') : DEFAULT_QUERIES;
      const figures = await benchSite({ sizes, chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', queries, log, ...(processes ? { processes } : {}) });
      out(formatSiteBench(figures));
      const top = figures.find((f) => f.entries === Math.max(...sizes))!;
      goals.push({ what: `site build ÷ bare Astro, ${top.entries} entries`, value: `${(top.siteMs / top.floorMs).toFixed(2)}×`, goal: '≤ 2×', met: top.siteMs / top.floorMs <= 2 });
      goals.push({ what: `largest HTML page, ${top.entries} entries`, value: `${(top.largest.bytes / 1024).toFixed(0)} KB`, goal: '≤ 300 KB', met: top.largest.bytes <= 300 * 1024 });
      const q = top.searches.find((x) => x.query === '拖欠');
      if (q) goals.push({ what: `search for 拖欠, ${top.entries} entries (over the wire)`, value: `${(q.wire / 1024).toFixed(0)} KB`, goal: '≤ 100 KB', met: q.wire <= 100 * 1024 });
    }

    out('\n目标 Goals\n\n| | measured | goal | |\n|---|---:|---:|---|\n');
    for (const x of goals) out(`| ${x.what} | ${x.value} | ${x.goal} | ${x.met ? '✔' : '✖'} |\n`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
