// G14-mixed-change: Department data never changes with the toolkit or the jurisdiction's configuration, so a change cannot alter the rules that judge it.
import { isDeepStrictEqual } from 'node:util';
import { FILE_KINDS } from '../../../schemas/index.ts';
import type { Snapshot } from '../../git.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'mixed',
  code: 'G14-mixed-change',
  severity: 'error',
  title: { zh: '部门数据不得与系统文件或辖区配置在同一变更中修改', en: 'Department data never changes together with the toolkit or its configuration' },
  source: '.github/CODEOWNERS；GOVERNANCE.md',
  reports:
    'department data changed together with system files (schemas, scripts, lib, site, workflows, package files) or `jurisdiction.yaml`: split it (not checked while the repository is being set up: a base with no entry and no release)',
  change(c, report) {
    // The jurisdiction's configuration sets the rules (minimum days, approvers, approving body): it is not data here.
    const config = c.byClass.data.filter((ch) => ch.path === FILE_KINDS.jurisdiction.file).map((ch) => ch.path);
    const data = c.byClass.data.filter((ch) => ch.path !== FILE_KINDS.jurisdiction.file);
    // A version bump alone is the release's, not the toolkit's (the changesets version pull request).
    const sys = [...config, ...c.byClass.system.map((ch) => ch.path).filter((f) => f !== 'package.json' || !versionOnly(c.base, c.head))];
    // A repository being set up brings in its toolkit and its first data together.
    if (!data.length || !sys.length || c.setUp) return;
    const listed = sys.slice(0, 5).join('、') + (sys.length > 5 ? ` 等 ${sys.length} 个` : '');
    report(
      sys[0]!,
      { line: 1, col: 1 },
      { zh: `本次变更同时修改了部门数据（${data.length} 个文件）和系统文件或配置（${listed}）`, en: `This change touches department data (${data.length} files) and the toolkit or its configuration (${sys.slice(0, 5).join(', ')}${sys.length > 5 ? `, ${sys.length} in all` : ''})` },
      { zh: '拆分为两个合并请求：先合并系统文件或配置的修改，再以新的合并请求修改数据（数据按合并后的规则检查）。', en: 'Split it into two pull requests: merge the toolkit or configuration change first, then change the data in a new one (checked by the merged rules).' },
    );
  },
} as const satisfies GovernanceCheck;

/** package.json differs between the two revisions in its version only. */
function versionOnly(base: Snapshot, head: Snapshot): boolean {
  try {
    const [a, b] = [base, head].map((s) => JSON.parse(s.readMany(['package.json']).get('package.json')?.toString('utf8') ?? '{}') as Record<string, unknown>);
    return isDeepStrictEqual({ ...a, version: undefined }, { ...b, version: undefined });
  } catch {
    return false;
  }
}
