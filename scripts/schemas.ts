// npm run schemas [-- --check]: regenerate schemas/*.schema.json, docs/rules.md and GOVERNANCE.md's code table from the code, or check they are current.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../lib/atomic.ts';
import { parseArgs, runMain } from '../lib/cli.ts';
import { generatedSchemas } from '../lib/json-schema.ts';
import { rulesDoc, withGovernanceTable } from '../lib/rules-doc.ts';

await runMain(() => {
  const { flags } = parseArgs(process.argv.slice(2), { check: 'boolean' });
  const root = path.join(import.meta.dirname, '..');
  const outputs = new Map([...generatedSchemas()].map(([name, content]) => [`schemas/${name}`, content]));
  outputs.set('docs/rules.md', rulesDoc());
  const governance = readFileSync(path.join(root, 'GOVERNANCE.md'), 'utf8');
  const withTable = withGovernanceTable(governance);
  if (withTable === undefined) throw new Error('GOVERNANCE.md has lost the markers of its generated code table');
  outputs.set('GOVERNANCE.md', withTable);
  let stale = 0;
  for (const [name, content] of outputs) {
    const file = path.join(root, name);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    if (flags.check) {
      stale++;
      process.stderr.write(`${name} 与代码不一致。${name} is out of date.\n`);
    } else {
      writeFileAtomic(file, content);
      process.stdout.write(`wrote ${name}\n`);
    }
  }
  if (stale) process.stderr.write('运行 npm run schemas 重新生成。Run npm run schemas to regenerate.\n');
  return stale ? 1 : 0;
});
