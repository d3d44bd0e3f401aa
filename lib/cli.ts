// Shared plumbing for command-line entry points: argument errors and internal failures end with exit 2, never a stack trace.
import { UsageError } from './validate.ts';

export { UsageError };

/** Run a command's main; map its failures to exit codes: usage or internal problem → 2. */
export async function runMain(main: () => Promise<number> | number): Promise<never> {
  try {
    process.exit(await main());
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`用法错误：${err.zh}\nUsage error: ${err.message}\n`);
    } else {
      process.stderr.write(`内部错误：${(err as Error).message}\nInternal error: ${(err as Error).message}\n请把以上信息报告给维护者。Please report this to the maintainers.\n`);
      if (process.env.DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    }
    process.exit(2);
  }
}

/** Split argv into flags with values and positional arguments; unknown flags are usage errors. A 'repeat' flag may be given several times (its values are joined by commas). */
export function parseArgs(argv: readonly string[], flags: Record<string, 'value' | 'boolean' | 'repeat'>): { flags: Record<string, string | true>; positional: string[] } {
  const out: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const kind = flags[name];
      if (!kind) throw new UsageError(`未知选项 --${name}`, `Unknown option --${name}`);
      if (kind === 'boolean') out[name] = true;
      else {
        const v = inline ?? argv[++i];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`选项 --${name} 需要一个值`, `Option --${name} needs a value`);
        out[name] = kind === 'repeat' && typeof out[name] === 'string' ? `${out[name]},${v}` : v;
      }
    } else positional.push(a);
  }
  return { flags: out, positional };
}
