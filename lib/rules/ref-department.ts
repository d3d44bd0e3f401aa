import { suggestDepartment } from '../suggest.ts';
import type { Rule } from './rule.ts';

/** Providers, implementers and proposing departments are departments configured in jurisdiction.yaml. */
export const rule: Rule = {
  code: 'ref-department',
  severity: 'error',
  title: { zh: '部门编号须在配置中登记', en: 'Departments are configured' },
  source: 'jurisdiction.yaml departments',
  check(ctx) {
    const j = ctx.jurisdiction;
    if (!j) return;
    const known = new Set(j.departments.map((d) => d.id));
    for (const f of ctx.listEntries()) {
      const e = f.entry as { providers?: string[]; implementers?: string[]; proposal?: { department: string } };
      const refs: [string, (string | number)[]][] = [];
      e.providers?.forEach((d, i) => refs.push([d, ['providers', i]]));
      e.implementers?.forEach((d, i) => refs.push([d, ['implementers', i]]));
      if (e.proposal) refs.push([e.proposal.department, ['proposal', 'department']]);
      for (const [d, path] of refs) {
        if (known.has(d)) continue;
        const meant = suggestDepartment(d, j.departments);
        ctx.report(
          f,
          path,
          { zh: `部门编号“${d}”未在 jurisdiction.yaml 中登记`, en: `Department "${d}" is not listed in jurisdiction.yaml` },
          meant
            ? { zh: `您是不是要写 ${meant.code}（${meant.name}）？请检查拼写。`, en: `Did you mean ${meant.code} (${meant.name})? Check the spelling.` }
            : { zh: `可用编号：${[...known].join('、')}。新部门须由信用办在 jurisdiction.yaml 中登记。`, en: `Known: ${[...known].join(', ')}. The credit office adds new departments to jurisdiction.yaml.` },
        );
      }
    }
  },
};
