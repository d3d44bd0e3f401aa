// G16-changeset-bump: The changeset's bump is at least what the data change requires.
import { BUMPS } from '../bump.ts';
import type { ChangeSet } from '../change-set.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'changesetBump',
  code: 'G16-changeset-bump',
  severity: 'error',
  title: { zh: '变更集的版本级别不得低于数据变更的要求', en: 'The changeset bump is at least what the data change requires' },
  source: '勘误 patch · 新增 minor · 废止或破坏已发布数据 major',
  reports:
    'the changeset\'s bump is lower than the data change requires (a release made within the range counts by its version bump)',
  change(c, report) {
    const { required, provided, strongest } = c;
    if (required === 'none' || provided === 'none' || !strongest || BUMPS.indexOf(provided) >= BUMPS.indexOf(required)) return;
    report(
      strongest.file,
      { line: strongest.line, col: 1 },
      { zh: `变更集的级别是 ${provided}，但数据变更需要 ${required}（${c.reason!.zh}）`, en: `The changeset bumps ${provided}, but the data change requires ${required} (${c.reason!.en})` },
      { zh: `把级别改为 ${required}。规则：勘误 patch；新增或修订 minor；废止或删除已发布内容 major。`, en: `Change it to ${required}. Corrections: patch; additions and amendments: minor; repeals or removals of published data: major.` },
    );
  },
} as const satisfies GovernanceCheck;

/** How to add a changeset of the required bump. */
export function howToAdd(c: ChangeSet): { zh: string; en: string } {
  const name = c.packageName;
  return {
    zh: `运行 npx changeset 并选择 ${c.required}；或新建 .changeset/<名称>.md，写入三行 --- / "${name ?? '<包名>'}": ${c.required} / ---，再写变更说明。`,
    en: `Run npx changeset and choose ${c.required}; or write .changeset/<name>.md with the three lines --- / "${name ?? '<package>'}": ${c.required} / --- and a summary.`,
  };
}
