// G14-mixed-change: Department data and the toolkit in one change: maintainers must review it.
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'mixed',
  code: 'G14-mixed-change',
  severity: 'warning',
  title: { zh: '同一变更同时修改了部门数据和系统文件，需维护者审查', en: 'Department data and system files change together: maintainers must review' },
  source: '.github/CODEOWNERS；GOVERNANCE.md',
  reports:
    'department data and system files in one change: maintainers must review',
  change(c, report) {
    const data = c.byClass.data;
    const sys = c.byClass.system.map((ch) => ch.path);
    if (!data.length || !sys.length) return;
    const listed = sys.slice(0, 5).join('、') + (sys.length > 5 ? ` 等 ${sys.length} 个` : '');
    report(
      sys[0]!,
      { line: 1, col: 1 },
      { zh: `本次变更同时修改了部门数据（${data.length} 个文件）和系统文件（${listed}）`, en: `This change touches department data (${data.length} files) and system files (${sys.slice(0, 5).join(', ')}${sys.length > 5 ? `, ${sys.length} in all` : ''})` },
      { zh: '请拆分为两个合并请求；确需一起修改时，须由维护者审查。', en: 'Split it into two pull requests; if they must go together, a maintainer reviews it.' },
    );
  },
} as const satisfies GovernanceCheck;
