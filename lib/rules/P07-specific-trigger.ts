import { SCORE_WORDING } from '../../schemas/index.ts';
import type { Rule } from './rule.ts';

/** Rule 7: a measure is triggered by specific recorded dishonesty, never by a credit score. */
export const rule: Rule = {
  code: 'P07-specific-trigger',
  severity: 'error',
  title: { zh: '惩戒须基于具体失信行为，不得以信用分为由', en: 'Punishment follows specific dishonesty, never a credit score' },
  source: '江苏省实施方案 四（二）；庐山市实施意见 二（三）2',
  check(ctx) {
    for (const f of ctx.entries('measure')) {
      const e = f.entry;
      for (const field of ['title', 'content', 'duration', 'ends_when'] as const) {
        if (SCORE_WORDING.test(e[field]))
          ctx.report(
            f,
            [field],
            { zh: '措施以信用分（积分、评分）为依据', en: 'The measure refers to a credit score' },
            { zh: '个人信用分不能用于失信惩戒：改为引用具体的失信信息目录事项（triggers）。', en: 'Credit scores may not trigger punishment: tie it to catalogue items in triggers.' },
          );
      }
      e.triggers.forEach((id, i) => {
        const ref = ctx.referenced('catalogue', id);
        const item = ref?.entry;
        if (item && item.nature !== 'dishonesty')
          ctx.report(
            f,
            ['triggers', i],
            {
              zh: `触发事项 ${id} 不是${ctx.nature('dishonesty').zh}（是${ctx.nature(item.nature).zh}，${item.nature}）`,
              en: `Trigger ${id} is not ${ctx.nature('dishonesty').en.toLowerCase()} (it is ${ctx.nature(item.nature).en.toLowerCase()}, ${item.nature})`,
            },
            { zh: `惩戒措施只能由${ctx.nature('dishonesty').zh}或严重失信主体名单触发。`, en: 'Only dishonesty information or serious-dishonesty lists may trigger a measure.' },
            { related: ref?.file ? [ref.file] : [] },
          );
      });
    }
  },
};
