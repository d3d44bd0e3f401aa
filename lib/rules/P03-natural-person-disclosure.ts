import type { Rule } from './rule.ts';

const LEVELS_THAT_MAY_DISCLOSE = new Set(['law', 'administrative_regulation', 'state_council_decision']);

/** Rule 3: disclosing natural persons’ information needs an explicit high-level basis or consent, and desensitisation. */
export const rule: Rule = {
  code: 'P03-natural-person-disclosure',
  severity: 'error',
  title: { zh: '公开自然人信息须有明确依据并脱敏', en: 'Disclosing natural persons needs an explicit basis and desensitisation' },
  source: '江苏省实施方案 三（三）；庐山市实施意见 二（二）2；山东条例 第二十条第三款',
  check(ctx) {
    for (const f of ctx.entries('catalogue')) {
      const e = f.entry;
      if (!e.subject_types.includes('natural_person') || e.disclosure.mode !== 'public') continue;
      const np = e.disclosure.natural_persons;
      if (!np) {
        ctx.report(
          f,
          ['disclosure', 'mode'],
          { zh: '本事项包含自然人且向社会公开，但未写明公开自然人信息的依据和脱敏方式', en: 'Natural persons are disclosed publicly without a stated basis and desensitisation' },
          {
            zh: '自然人信息原则上不公开：把 disclosure.mode 改为 on_request，或在 disclosure.natural_persons 中写明法律、行政法规或国务院决定的依据（或本人同意）及脱敏方式。',
            en: 'Natural persons are not published by default: set disclosure.mode to on_request, or give disclosure.natural_persons with a law-level basis (or consent) and desensitisation.',
          },
        );
        continue;
      }
      if (np.consent) continue;
      if (!np.basis) {
        ctx.report(
          f,
          ['disclosure', 'natural_persons'],
          { zh: '公开自然人信息须引用明确依据（basis）或经本人同意（consent: true）', en: 'Disclosing natural persons needs a basis or consent: true' },
          { zh: '在 natural_persons 下添加 basis。', en: 'Add basis under natural_persons.' },
        );
        continue;
      }
      const b = ctx.basis(np.basis.basis);
      if (b && !LEVELS_THAT_MAY_DISCLOSE.has(b.level))
        ctx.report(
          f,
          ['disclosure', 'natural_persons', 'basis'],
          { zh: `《${b.title}》不是法律、行政法规或国务院决定、命令，不能作为公开自然人信息的依据`, en: `"${b.title_en ?? b.title}" is not a law, administrative regulation or State Council decision` },
          { zh: '引用法律、行政法规或国务院决定、命令中明确要求公开的条款，否则不得公开自然人信息。', en: 'Cite a law, administrative regulation or State Council decision that requires disclosure, or do not disclose.' },
        );
    }
  },
};
