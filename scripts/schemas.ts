// npm run schemas [-- --check]: regenerate schemas/*.schema.json from the zod model, or check they are current.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../lib/atomic.ts';
import { parseArgs, runMain } from '../lib/cli.ts';
import { generatedSchemas } from '../lib/json-schema.ts';

await runMain(() => {
  const { flags } = parseArgs(process.argv.slice(2), { check: 'boolean' });
  const dir = path.join(import.meta.dirname, '..', 'schemas');
  let stale = 0;
  for (const [name, content] of generatedSchemas()) {
    const file = path.join(dir, name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    if (flags.check) {
      stale++;
      process.stderr.write(`schemas/${name} 与模型不一致。schemas/${name} is out of date.\n`);
    } else {
      writeFileAtomic(file, content);
      process.stdout.write(`wrote schemas/${name}\n`);
    }
  }
  if (stale) process.stderr.write('运行 npm run schemas 重新生成。Run npm run schemas to regenerate.\n');
  return stale ? 1 : 0;
});
