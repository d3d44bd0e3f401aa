import { LISTS } from '../../schemas/index.ts';
import { withBasis, type Rule } from './rule.ts';

/** A jurisdiction that does not keep a list (its regulation gives it to another level) holds no entries of it. */
export const rule: Rule = {
  code: 'L04-list-not-kept',
  severity: 'error',
  title: { zh: '本辖区不编制的清单不得有条目', en: 'No entries in a list the jurisdiction does not keep' },
  source: 'jurisdiction.yaml lists.<list>.kept',
  settings: ['lists.<list>.kept', 'lists.<list>.basis'],
  check(ctx) {
    for (const f of ctx.listEntries()) {
      const setting = ctx.jurisdiction?.lists?.[f.kind];
      if (setting?.kept !== false) continue;
      const list = LISTS[f.kind];
      ctx.report(
        f,
        ['title'],
        withBasis({ zh: `本辖区不编制${list.label.zh}，${f.file} 不应在此`, en: `This jurisdiction does not keep the ${list.label.en.toLowerCase()}: ${f.file} does not belong here` }, setting.basis),
        { zh: `删除此文件；需要时在措施或豁免中直接引用上级的条目（如 上级区划代码:${list.idExample}），或向上级提出建议。`, en: `Remove the file; cite the upper level's entry where needed (e.g. <division code>:${list.idExample}), or propose it to the upper level.` },
      );
    }
  },
};
