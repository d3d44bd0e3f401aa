import type { Rule } from './rule.ts';

/** An ID names one entry across all folders. */
export const rule: Rule = {
  code: 'id-duplicate',
  severity: 'error',
  title: { zh: '编号在所有目录中唯一', en: 'IDs are unique across all folders' },
  source: '条目编号不可复用 IDs are never reused',
  check(ctx) {
    const owners = new Map<string, string[]>();
    for (const [, ids] of ctx.repo.ids)
      for (const [id, file] of ids) {
        const key = id.toUpperCase();
        owners.set(key, [...(owners.get(key) ?? []), file]);
      }
    for (const f of ctx.scope) {
      const files = owners.get(f.id.toUpperCase()) ?? [];
      if (files.length > 1)
        ctx.report(
          f,
          [],
          { zh: `编号 ${f.id} 同时被 ${files.join('、')} 使用`, en: `ID ${f.id} is used by ${files.join(', ')}` },
          { zh: '每个编号只能对应一个条目，且永不复用。请用 npm run new 取得新编号。', en: 'An ID names one entry and is never reused. Get a new ID with npm run new.' },
          { related: files.filter((x) => x !== f.file) },
        );
    }
  },
};
