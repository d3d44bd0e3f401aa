import { PROCEDURES } from '../../schemas/index.ts';
import { withBasis, type Rule } from './rule.ts';

/** Approvals and repeals are made by the body the jurisdiction names for that list. */
export const rule: Rule = {
  code: 'L02-approving-body',
  severity: 'error',
  title: { zh: '须由规定的审定机关审定', en: 'Approved by the configured approving body' },
  source: '江苏省实施方案 三（二）、四（二）',
  settings: ['approving_body', 'lists.<list>.approving_body', 'lists.<list>.procedure'],
  check(ctx) {
    for (const f of ctx.listEntries()) {
      const list = ctx.profile.lists[f.kind];
      const body = list.approvingBody;
      if (!body) continue;
      const how = PROCEDURES.labels[list.procedure];
      const a = f.entry.approval;
      // Imported entries cite whoever approved the existing edition.
      if (a && !a.imported && a.body !== body)
        ctx.report(
          f,
          ['approval', 'body'],
          withBasis({ zh: `审定机关“${a.body}”不是规定的“${body}”（${how.zh}）`, en: `Approving body "${a.body}" is not the configured "${body}" (${how.en.toLowerCase()})` }, list.basis),
          { zh: `写明“${body}”；如审定机关已变更，由信用办修改 jurisdiction.yaml。`, en: `Write "${body}"; if the authority changed, the credit office updates jurisdiction.yaml.` },
        );
      const r = f.entry.repeal;
      if (r && r.body !== body)
        ctx.report(
          f,
          ['repeal', 'body'],
          withBasis({ zh: `废止的审定机关“${r.body}”不是规定的“${body}”`, en: `Repeal approved by "${r.body}", not the configured "${body}"` }, list.basis),
          { zh: `写明“${body}”。`, en: `Write "${body}".` },
        );
    }
  },
};
