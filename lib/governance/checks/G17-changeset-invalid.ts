// G17-changeset-invalid: A changeset has front matter mapping this package to patch, minor or major.
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'changesetInvalid',
  code: 'G17-changeset-invalid',
  severity: 'error',
  title: { zh: '变更集格式有误', en: 'A changeset is malformed' },
  source: '.changeset/*.md',
  reports:
    'a changeset without front matter, with an unknown bump, or naming another package',
  change(c, report) {
    const name = c.packageName;
    for (const { file, parsed } of c.changesets) {
      for (const p of parsed.problems)
        report(file, { line: p.line, col: 1 }, { zh: p.zh, en: p.en }, { zh: `变更集的格式是三行头部：--- / "${name ?? '包名'}": patch（或 minor、major）/ ---，然后是变更说明。`, en: `A changeset starts with three lines: --- / "${name ?? '<package>'}": patch (or minor, major) / ---, then a summary.` });
      for (const pkg of parsed.releases.keys())
        if (name && pkg !== name)
          report(file, { line: parsed.lines.get(pkg) ?? 2, col: 1 }, { zh: `变更集中的包名“${pkg}”不是本仓库的“${name}”`, en: `Package "${pkg}" in the changeset is not this repository's "${name}"` }, { zh: `改为 "${name}"。`, en: `Use "${name}".` });
    }
  },
} as const satisfies GovernanceCheck;
