// G00-unreadable: A changed data file must be readable at head, or its procedure cannot be checked.
import { isIncompleteDecision } from './G09-approval-record.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'unreadable',
  code: 'G00-unreadable',
  severity: 'error',
  title: { zh: '变更后的数据文件无法读取', en: 'A changed data file cannot be read' },
  source: '运行 npm run validate 查看详情 Run npm run validate for details',
  reports:
    'a changed data file cannot be read at head (run `npm run validate`)',
  change(c, report) {
    for (const u of c.unreadable) {
      const incomplete = u.errors.filter(isIncompleteDecision);
      const first = u.errors.find((d) => !incomplete.includes(d));
      if (first || !incomplete.length)
        report(
          u.path,
          first ?? { line: 1, col: 1 },
          { zh: `无法读取该文件，不能检查程序：${first?.message.zh ?? '文件不存在'}`, en: `The file cannot be read, so its procedure cannot be checked: ${first?.message.en ?? 'missing'}` },
          { zh: '运行 npm run validate 查看并修正所有问题。', en: 'Run npm run validate and fix every problem it reports.' },
        );
    }
  },
} as const satisfies GovernanceCheck;
