import { levelNames, withBasis, type Rule } from './rule.ts';

/** Rule 3: disclosing natural persons’ information needs an explicit basis of a sufficient level (or consent, where allowed), and desensitisation. */
export const rule: Rule = {
  code: 'P03-natural-person-disclosure',
  severity: 'error',
  title: { zh: '公开自然人信息须有明确依据并脱敏', en: 'Disclosing natural persons needs an explicit basis and desensitisation' },
  source: '江苏省实施方案 三（三）；庐山市实施意见 二（二）2',
  settings: ['sufficient_levels.natural_person_disclosure'],
  check(ctx) {
    const setting = ctx.profile.levels.natural_person_disclosure;
    const levels = new Set<string>(setting.levels);
    const names = levelNames(setting.levels);
    const orConsent = setting.consent ? { zh: '（或本人同意）', en: ' (or consent)' } : { zh: '', en: '' };
    for (const f of ctx.entries('catalogue')) {
      const e = f.entry;
      if (!e.subject_types.includes('natural_person') || e.disclosure.mode !== 'public') continue;
      const np = e.disclosure.natural_persons;
      if (!np) {
        ctx.report(
          f,
          ['disclosure', 'mode'],
          withBasis({ zh: '本事项包含自然人且向社会公开，但未写明公开自然人信息的依据和脱敏方式', en: 'Natural persons are disclosed publicly without a stated basis and desensitisation' }, setting.basis),
          {
            zh: `自然人信息原则上不公开：把 disclosure.mode 改为 on_request，或在 disclosure.natural_persons 中写明${names.zh}的依据${orConsent.zh}及脱敏方式。`,
            en: `Natural persons are not published by default: set disclosure.mode to on_request, or give disclosure.natural_persons with a basis (${names.en})${orConsent.en} and desensitisation.`,
          },
        );
        continue;
      }
      if (np.consent && setting.consent) continue;
      if (np.consent && !np.basis) {
        ctx.report(
          f,
          ['disclosure', 'natural_persons', 'consent'],
          withBasis({ zh: '本辖区不以本人同意作为公开公示自然人信息的依据', en: 'Consent does not allow public disclosure of natural persons in this jurisdiction' }, setting.basis),
          { zh: `删除 consent，引用${names.zh}的明确规定，或把 disclosure.mode 改为 on_request。`, en: `Remove consent and cite a ${names.en}, or set disclosure.mode to on_request.` },
        );
        continue;
      }
      if (!np.basis) {
        ctx.report(
          f,
          ['disclosure', 'natural_persons'],
          { zh: `公开自然人信息须引用明确依据（basis）${setting.consent ? '或经本人同意（consent: true）' : ''}`, en: `Disclosing natural persons needs a basis${setting.consent ? ' or consent: true' : ''}` },
          { zh: '在 natural_persons 下添加 basis。', en: 'Add basis under natural_persons.' },
        );
        continue;
      }
      const b = ctx.basis(np.basis.basis);
      if (b && !levels.has(b.level))
        ctx.report(
          f,
          ['disclosure', 'natural_persons', 'basis'],
          withBasis({ zh: `《${b.title}》不是${names.zh}，不能作为公开自然人信息的依据`, en: `"${b.title_en ?? b.title}" is not a ${names.en}` }, setting.basis),
          { zh: `引用${names.zh}中明确要求公开的条款，否则不得公开自然人信息。`, en: `Cite a ${names.en} that requires disclosure, or do not disclose.` },
        );
    }
  },
};
