import { SUBJECT_TYPES, type Measure } from '../../schemas/index.ts';
import type { Rule } from './rule.ts';

type SubjectType = keyof typeof SUBJECT_TYPES.labels;

const names = (types: readonly SubjectType[]) => ({
  zh: types.map((t) => SUBJECT_TYPES.labels[t].zh).join('、'),
  en: types.map((t) => SUBJECT_TYPES.labels[t].en.toLowerCase()).join(', '),
});

/**
 * Whom a measure reaches: its target's subject types, and natural persons too where it targets the responsible
 * persons of an organisation (they are recorded as natural persons, e.g. a list's 责任人员 item).
 */
export function reachOf(target: Measure['target']): Set<SubjectType> {
  const reach = new Set<SubjectType>(target.subject_types);
  if (target.responsible_persons) reach.add('natural_person');
  return reach;
}

/** Whether a measure reaching `reach` can apply to a subject an item records as one of `recorded`. */
function reaches(reach: Set<SubjectType>, recorded: readonly SubjectType[], responsiblePersons: boolean): boolean {
  // Responsible persons are punished for their organisation's recorded dishonesty: an organisation's item reaches them.
  return recorded.some((t) => reach.has(t) || (responsiblePersons && t !== 'natural_person'));
}

/**
 * A measure applies only to a subject whose dishonesty one of its triggering items records, and an exemption concerns
 * subjects the entries it names can reach; references to an upper level's entries are checked the same way.
 */
export const rule: Rule = {
  code: 'P20-subject-type-agreement',
  severity: 'error',
  title: { zh: '措施、触发事项和豁免的主体类型须一致', en: 'Measures, their triggering items and exemptions agree on subject types' },
  source: '江苏省实施方案 四（二）（惩戒措施必须基于具体的失信行为事实）；南京市实施方案 四（二）',
  check(ctx) {
    for (const f of ctx.entries('measure')) {
      const target = f.entry.target;
      const reach = reachOf(target);
      const recorded = new Set<SubjectType>();
      let reachable = 0;
      f.entry.triggers.forEach((id, i) => {
        const ref = ctx.referenced('catalogue', id);
        if (!ref) return; // ref-entry reports it
        const types = ref.entry.subject_types;
        for (const t of types) recorded.add(t);
        if (reaches(reach, types, target.responsible_persons)) {
          reachable++;
          return;
        }
        ctx.report(
          f,
          ['triggers', i],
          {
            zh: `触发事项 ${id} 记录的是${names(types).zh}，本措施的惩戒对象是${names([...reach]).zh}：该事项触发不了本措施`,
            en: `Trigger ${id} records ${names(types).en}, but the measure targets ${names([...reach]).en}: it can never trigger this measure`,
          },
          { zh: '核对惩戒对象（target.subject_types、responsible_persons）或触发事项。', en: 'Check the target (target.subject_types, responsible_persons) or the triggering items.' },
          { related: ref.file ? [ref.file] : [] },
        );
      });
      // When no trigger reaches the measure at all, the triggers' reports say it; otherwise name each target no trigger records.
      if (!reachable) continue;
      target.subject_types.forEach((t, i) => {
        const viaOrganisation = t === 'natural_person' && target.responsible_persons && [...recorded].some((r) => r !== 'natural_person');
        if (recorded.has(t) || viaOrganisation) return;
        ctx.report(
          f,
          ['target', 'subject_types', i],
          {
            zh: `惩戒对象包括${SUBJECT_TYPES.labels[t].zh}，但没有一个触发事项记录${SUBJECT_TYPES.labels[t].zh}的失信信息`,
            en: `The target includes ${SUBJECT_TYPES.labels[t].en.toLowerCase()}s, but no triggering item records their dishonesty`,
          },
          { zh: `删去该主体类型，或加入记录${SUBJECT_TYPES.labels[t].zh}失信信息的触发事项。`, en: 'Remove that subject type, or add a triggering item that records it.' },
        );
      });
    }

    for (const f of ctx.entries('exemption')) {
      const e = f.entry;
      const subjects = e.subject_types;
      if (!subjects || e.applies_to === 'all') continue;
      ('catalogue' in e.applies_to ? e.applies_to.catalogue : []).forEach((id, i) => {
        const ref = ctx.referenced('catalogue', id);
        if (ref && !ref.entry.subject_types.some((t) => subjects.includes(t)))
          ctx.report(
            f,
            ['applies_to', 'catalogue', i],
            { zh: `目录事项 ${id} 的主体类型与本豁免涉及的主体类型没有交集`, en: `Catalogue item ${id} concerns none of the exemption's subject types` },
            { zh: '核对 subject_types 或适用的目录事项。', en: 'Check subject_types or the items it applies to.' },
            { severity: 'warning', related: ref.file ? [ref.file] : [] },
          );
      });
      ('measures' in e.applies_to ? (e.applies_to.measures ?? []) : []).forEach((id, i) => {
        const ref = ctx.referenced('measure', id);
        if (!ref) return;
        const reach = reachOf(ref.entry.target);
        if (subjects.some((t) => reach.has(t))) return;
        ctx.report(
          f,
          ['applies_to', 'measures', i],
          {
            zh: `惩戒措施 ${id} 的惩戒对象是${names([...reach]).zh}，本豁免只涉及${names(subjects).zh}：该豁免对这项措施不起作用`,
            en: `Measure ${id} targets ${names([...reach]).en}, but the exemption concerns only ${names(subjects).en}: it can never spare anyone from it`,
          },
          { zh: '核对 subject_types 或适用的惩戒措施。', en: 'Check subject_types or the measures it applies to.' },
          { severity: 'warning', related: ref.file ? [ref.file] : [] },
        );
      });
    }
  },
};
