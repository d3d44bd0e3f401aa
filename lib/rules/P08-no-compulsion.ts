import type { Rule } from './rule.ts';

// A negation just before the wording (不得强制要求…, 不作强制要求) turns an obligation into its opposite.
const NOT_NEGATED = String.raw`(?<!(?:不得|不作|不予|不应|无须|无需|禁止|不|勿|非)[^。；，、]{0,2})`;
const OTHERS = '(?:金融机构|信用服务机构|行业协会|商会|新闻媒体|媒体)';

/** Wording that obliges others to punish. */
export const COMPULSION = new RegExp(
  `${NOT_NEGATED}(?:应当|必须|须|要求|责令|强制)[^。；]{0,12}${OTHERS}|${OTHERS}[^。；]{0,8}${NOT_NEGATED}(?:应当|必须|(?<!必)须|不得不)`,
);
/** Mandatory wording, which a measure others apply on their own must not use. */
export const MANDATORY = new RegExp(`${NOT_NEGATED}(?:应当|必须|强制)`);

/** Rule 8: no list may require financial institutions, credit agencies, associations or media to punish. */
export const rule: Rule = {
  code: 'P08-no-compulsion',
  severity: 'error',
  title: { zh: '不得强制要求金融机构、行业协会等惩戒', en: 'No list may require others to punish' },
  source: '国办发〔2020〕49号 四（三）',
  check(ctx) {
    for (const f of ctx.entries('measure')) {
      const e = f.entry;
      for (const field of ['title', 'content'] as const) {
        const voluntary = e.kind === 'voluntary_market';
        if (COMPULSION.test(e[field]) || (voluntary && MANDATORY.test(e[field])))
          ctx.report(
            f,
            [field],
            { zh: '措施要求金融机构、信用服务机构、行业协会商会或新闻媒体实施惩戒', en: 'The measure requires financial institutions, credit agencies, associations or media to punish' },
            {
              zh: '此类组织只能“自行”采取措施：改用“鼓励……依据章程／根据信用状况”等表述，并把 kind 设为 voluntary_market。',
              en: 'Such organisations may only act on their own: reword as encouragement and use kind voluntary_market.',
            },
          );
      }
    }
  },
};
