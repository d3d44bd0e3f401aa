import { STATUS } from '../../schemas/index.ts';
import { entryRefsOf, parseQualifiedRef } from '../../schemas/index.ts';
import { inactiveUpstreamRef } from '../upstream/refs.ts';
import { isLive, type Rule } from './rule.ts';

/** A live entry does not rest on a repealed or rejected one. */
export const rule: Rule = {
  code: 'ref-inactive',
  severity: 'error',
  title: { zh: '现行条目不得引用已废止或未采纳的条目', en: 'Live entries do not refer to repealed or rejected ones' },
  source: '江苏省实施方案 四（二）',
  check(ctx) {
    for (const f of ctx.listEntries()) {
      if (!isLive(f.entry)) continue;
      for (const { kind, id, path } of entryRefsOf(f.kind, f.entry)) {
        if (parseQualifiedRef(id)) {
          const problem = inactiveUpstreamRef(ctx.repo.upstream, kind, id);
          if (problem) ctx.report(f, path, problem.message, problem.hint, problem.severity ? { severity: problem.severity } : {});
          continue;
        }
        const target = ctx.repo.get(kind, id);
        const status = target?.entry?.status;
        if (target && status && (status === 'repealed' || status === 'rejected'))
          ctx.report(
            f,
            path,
            { zh: `引用的 ${id} 状态为“${STATUS.labels[status].zh}”`, en: `${id} is ${status}` },
            { zh: '删除该引用，或一并提出修订或废止本条目。', en: 'Remove the reference, or amend or repeal this entry too.' },
            { related: [target.file] },
          );
      }
    }
  },
};
