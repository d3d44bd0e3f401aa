import { parseQualifiedRef, SUBJECT_TYPES } from '../../schemas/index.ts';
import type { Rule } from './rule.ts';

/**
 * A catalogue item may rest in part on an upper level's catalogue item (`builds_on`): that item must be an upper
 * level's, and it must record the subjects this one records.
 */
export const rule: Rule = {
  code: 'P21-upstream-item-basis',
  severity: 'error',
  title: { zh: '所依据的上级目录事项须为上级所固定版本中的事项，并涵盖本事项的主体类型', en: 'An item builds only on upper-level items, which record its subject types' },
  source: '江苏省实施方案 三（二）（依据全国公共信用信息基础目录和我省省级地方性法规）；南京市实施方案 二（一）',
  check(ctx) {
    for (const f of ctx.entries('catalogue')) {
      const builds = f.entry.builds_on ?? [];
      const covered = new Set<string>();
      let resolved = 0;
      builds.forEach((id, i) => {
        if (!parseQualifiedRef(id)) {
          ctx.report(
            f,
            ['builds_on', i],
            { zh: `${id} 不是上级目录事项：builds_on 只列上级辖区已发布的目录事项`, en: `${id} is not an upper level's item: builds_on lists only items an upper level has published` },
            {
              zh: '写“行政区划代码:编号”（如 110000:ML-0023），该上级须在 jurisdiction.yaml 的 upstream 中固定；本辖区自己的事项不作为另一事项的依据，其法律依据写在 bases 中。',
              en: 'Write "<division code>:<ID>" (e.g. 110000:ML-0023), the upper level pinned under upstream in jurisdiction.yaml; this jurisdiction’s own items are no basis for another: cite the law in bases.',
            },
          );
          return;
        }
        const ref = ctx.referenced('catalogue', id);
        if (!ref) return; // ref-entry reports it
        resolved++;
        for (const t of ref.entry.subject_types) covered.add(t);
      });
      if (!resolved) continue;
      f.entry.subject_types.forEach((t, i) => {
        if (covered.has(t)) return;
        ctx.report(
          f,
          ['subject_types', i],
          {
            zh: `本事项记录${SUBJECT_TYPES.labels[t].zh}，但所依据的上级目录事项（${builds.join('、')}）不记录${SUBJECT_TYPES.labels[t].zh}`,
            en: `The item records ${SUBJECT_TYPES.labels[t].en.toLowerCase()}s, which the upper-level items it builds on (${builds.join(', ')}) do not`,
          },
          {
            zh: '上级事项不能作为这部分的依据：删去该主体类型，或确认 bases 中的法律依据规定记录该类主体的信息，并在 notes 中说明。',
            en: 'The upper-level items are no basis for that part: remove the subject type, or make sure a law in bases provides for it and say so in notes.',
          },
          { severity: 'warning' },
        );
      });
    }
  },
};
