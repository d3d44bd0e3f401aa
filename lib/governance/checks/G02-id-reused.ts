// G02-id-reused: A new entry never takes an ID used before: in the history before base, or in a release published at base.
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'idReused',
  code: 'G02-id-reused',
  severity: 'error',
  title: { zh: '编号不得复用', en: 'IDs are never reused' },
  source: '已发布版本中的编号永久有效 An ID in a published release is permanent',
  reports:
    'a new entry takes an ID used before: in the history before base, or in a release published at base',
  change(c, report) {
    const used = c.usedBefore(c.added.map((a) => a.id));
    for (const a of c.added)
      if (used.has(a.id))
        report(
          a.path,
          { line: 1, col: 1 },
          { zh: `编号 ${a.id} 曾被使用（在历史或已发布版本中），不能再用于新条目`, en: `ID ${a.id} was used before (in the history or a published release) and cannot name a new entry` },
          { zh: '用 npm run new 取得从未使用过的新编号；原条目应恢复，并以废止方式处理。', en: 'Get a never-used ID with npm run new; restore the earlier entry and repeal it instead.' },
        );
  },
} as const satisfies GovernanceCheck;
