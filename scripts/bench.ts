// npm run bench [-- --entries N]: validation time against parse-only time on N synthetic entries (default 10,000).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchValidation } from '../lib/bench.ts';
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { writeSyntheticRepository } from '../lib/synthetic.ts';

await runMain(() => {
  const { flags } = parseArgs(process.argv.slice(2), { entries: 'value' });
  const n = Number(flags.entries ?? 10_000);
  if (!Number.isInteger(n) || n < 1 || n > 29_997)
    throw new UsageError('--entries 须为 1 到 29997 之间的整数', '--entries must be a whole number from 1 to 29997');
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
  try {
    const counts = writeSyntheticRepository(dir, n);
    const b = benchValidation(dir);
    if (b.errors) throw new Error(`synthetic data has ${b.errors} validation errors`);
    const line = (label: string, value: string) => process.stdout.write(`${label.padEnd(44)}${value}\n`);
    process.stdout.write(`验证基准 Validation benchmark: ${n} entries (${counts.catalogue} catalogue, ${counts.measure} measures, ${counts.exemption} exemptions), best of 3\n`);
    line('完整验证 full validation', `${b.validateMs.toFixed(0)} ms`);
    line('仅解析 YAML parse only (yaml)', `${b.parseMs.toFixed(0)} ms`);
    line('比值 ratio (goal < 2)', `${b.ratio.toFixed(2)} ${b.ratio < 2 ? '✔' : '✖'}`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
