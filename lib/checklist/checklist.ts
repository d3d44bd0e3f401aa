// The case checklist: for a recorded dishonesty (a catalogue item), a subject type, the circumstances and a date, what
// the published lists allow, exclude and demand — computed from the release archive only, never the working tree.
import type { Jurisdiction, Label } from '../../schemas/index.ts';
import {
  articleOf,
  durationLabel,
  durationMonths,
  EXEMPTION_EFFECTS,
  EXEMPTION_GROUNDS,
  MEASURE_KINDS,
  ORGANISATION_TYPES,
  SEVERITY,
  SUBJECT_TYPES,
  UPDATE_FREQUENCIES,
  DISCLOSURE_MODES,
  SHARING_MODES,
} from '../../schemas/index.ts';
import type { PublishedCatalogueItem, PublishedExemption, PublishedMeasure } from '../../schemas/release.ts';
import { releaseByVersion, releaseOn, releaseRef, stateOn, versionsOf, type Archive, type ArchivedRelease, type EntryVersion } from './archive.ts';
import { assertIsoDate, ChecklistError } from './errors.ts';
import { NATIONAL, procedureSettings, type DayUnit } from './settings.ts';

export type SubjectType = keyof typeof SUBJECT_TYPES.labels;
export type ExemptionGround = keyof typeof EXEMPTION_GROUNDS.labels;
export type ExemptionEffect = keyof typeof EXEMPTION_EFFECTS.labels;

/** Why a measure triggered by the item may not be applied. */
export const EXCLUSION_REASONS = {
  item_not_in_force: { zh: '所依据的目录事项在该日不在施行期内', en: 'The catalogue item it rests on was not in force on the date' },
  not_in_force: { zh: '该日措施尚未施行', en: 'The measure was not yet in force on the date' },
  repealed: { zh: '该日措施已废止', en: 'The measure had been repealed by the date' },
  subject_type: { zh: '措施不针对该类主体', en: 'The measure does not target this subject type' },
  exempted: { zh: '因豁免不予惩戒', en: 'Exempted' },
} as const satisfies Record<string, Label>;
export type ExclusionReason = keyof typeof EXCLUSION_REASONS;

/** Effects that leave nothing to punish: the measures move to the excluded list. */
const BARRING_EFFECTS: readonly ExemptionEffect[] = ['not_recorded', 'not_punished'];

export interface ChecklistInput {
  id: string;
  subject?: SubjectType;
  /** Exemption grounds (minor, force_majeure, …) or exemption IDs (HM-…) that the officer has established. */
  circumstances?: readonly string[];
  date: string;
  release?: string;
}

export interface QuotedBasis {
  basis: string;
  title: string;
  level?: string;
  document_number?: string;
  articles: { cited: string; text?: string }[];
}

export interface ChecklistMeasure {
  id: string;
  title: string;
  title_en?: string;
  kind: PublishedMeasure['kind'];
  kind_label: Label;
  /** direct: the measure targets the subject type; responsible_person: it reaches the organisation's responsible persons. */
  via: 'direct' | 'responsible_person';
  content: string;
  target: string;
  bases: QuotedBasis[];
  implementers: { id: string; name: string }[];
  applied_by?: { id: string; label: Label }[];
  duration: string;
  ends_when: string;
  valid_from: string;
  /** True when an applicable exemption lets the officer leave it unapplied (may_not_punish). */
  discretionary: boolean;
  /** True when an applicable exemption requires lenient punishment. */
  lenient: boolean;
  by?: string[];
}

export interface ChecklistExclusion {
  id: string;
  title: string;
  reason: ExclusionReason;
  reason_label: Label;
  by?: string;
  effect?: ExemptionEffect;
  /** The date that decides it (effective or repeal date), where one does. */
  date?: string;
}

export interface ChecklistExemption {
  id: string;
  title: string;
  ground: ExemptionGround;
  ground_label: Label;
  effect: ExemptionEffect[];
  effect_labels: Label[];
  behaviour: string;
  conditions: string[];
  bases: QuotedBasis[];
}

export interface ProcedureStep {
  step: number;
  key: string;
  text: string;
  text_en: string;
  source: string;
  days?: number;
  day_unit?: DayUnit;
  /** Facts from the item the step needs (removal conditions, disclosure, …). */
  details?: { label: Label; value: string }[];
}

export interface RepairPath {
  tier: 'minor' | 'general' | 'serious';
  tier_label: Label;
  /** The national publicity window for the tier, months; not applicable where a law sets the item's period. */
  publicity: { min_months: number; max_months: number; source: string } | null;
  period: { value: unknown; label: Label; set_by_law: boolean } | null;
  cap?: { max_months: number; basis: string };
  repairable: boolean;
  repair_basis?: QuotedBasis;
  note?: string;
  when: Label;
  removal?: { conditions: string; procedure: string; remedies: string };
  source: string;
}

export interface Checklist {
  formatVersion: '1.0';
  item: {
    id: string;
    title: string;
    title_en?: string;
    kind: PublishedCatalogueItem['kind'];
    nature: PublishedCatalogueItem['nature'];
    severity?: 'minor' | 'general' | 'serious';
    legal_status: 'in_force' | 'not_yet_in_force' | 'repealed';
    valid_from: string;
    valid_to: string | null;
    approval: { body: string; date: string; document_number: string; effective: string };
    subject_types: SubjectType[];
  };
  subject: { type: SubjectType; label: Label };
  circumstances: string[];
  date: string;
  release: { version: string; edition: string; releaseDate: string; manifestSha256: string };
  jurisdiction: { name: string; name_en?: string; division_code: string; example: boolean };
  measures: ChecklistMeasure[];
  excluded: ChecklistExclusion[];
  exemptions: ChecklistExemption[];
  consider: { id: string; title: string; ground: ExemptionGround; ground_label: Label; effect: ExemptionEffect[]; conditions: string[] }[];
  /** Exemptions named by the circumstances that cannot be applied on this date or to this subject. */
  unavailable: { id: string; reason: 'not_in_force' | 'repealed' | 'subject_type' | 'not_concerned' }[];
  /** The item's information is not recorded or not published under an applicable exemption. */
  not_recorded_by?: string;
  not_published_by?: string;
  procedure: ProcedureStep[];
  repair: RepairPath | null;
}

function quote(release: ArchivedRelease, citations: readonly { basis: string; articles: readonly string[] }[]): QuotedBasis[] {
  return citations.map((c) => {
    const b = release.bases.find((x) => x.id === c.basis);
    return {
      basis: c.basis,
      title: b?.title ?? c.basis,
      ...(b?.level ? { level: b.level } : {}),
      ...(b?.document_number ? { document_number: b.document_number } : {}),
      articles: c.articles.map((a) => {
        const text = b?.articles.find((x) => x.number === articleOf(a))?.text;
        return text === undefined ? { cited: a } : { cited: a, text };
      }),
    };
  });
}

function subjectsOfExemption(e: PublishedExemption): readonly SubjectType[] | undefined {
  // The model gains subject types on exemptions with the jurisdiction profile; until then a minor is by definition a natural person.
  const own = (e as { subject_types?: SubjectType[] }).subject_types;
  if (own) return own;
  return e.ground === 'minor' ? ['natural_person'] : undefined;
}

function concernsItem(e: PublishedExemption, itemId: string, triggered: ReadonlySet<string>): boolean {
  if (e.applies_to === 'all') return true;
  if ('catalogue' in e.applies_to && e.applies_to.catalogue.includes(itemId)) return true;
  return (e.applies_to.measures ?? []).some((m) => triggered.has(m));
}

function coversMeasure(e: PublishedExemption, itemId: string, measureId: string): boolean {
  if (e.applies_to === 'all') return true;
  if ('catalogue' in e.applies_to && e.applies_to.catalogue.includes(itemId) && !e.applies_to.measures) return true;
  return (e.applies_to.measures ?? []).includes(measureId);
}

function coversItem(e: PublishedExemption, itemId: string): boolean {
  return e.applies_to === 'all' || ('catalogue' in e.applies_to && e.applies_to.catalogue.includes(itemId));
}

function departmentName(release: ArchivedRelease, id: string): string {
  return release.manifest.jurisdiction.departments.find((d) => d.id === id)?.name ?? id;
}

const GROUND_CODES = new Set(Object.keys(EXEMPTION_GROUNDS.labels));

/** The checklist. `jurisdiction` supplies the procedural settings (time limits); national defaults fill the rest. */
export function checklist(archive: Archive, input: ChecklistInput, jurisdiction?: Jurisdiction): Checklist {
  assertIsoDate(input.date);
  const date = input.date;
  releaseOn(archive, date); // a date before the first release: nothing had been published
  const release = input.release ? releaseByVersion(archive, input.release) : releaseOn(archive, date);
  const upTo = release.version;

  const itemState = stateOn(archive, 'catalogue', input.id, date, upTo);
  if (itemState.state === 'unpublished') {
    const elsewhere = (['measures', 'exemptions'] as const).some((l) => release.lists[l].some((e) => e.id === input.id));
    if (elsewhere)
      throw new ChecklistError('not_catalogue', `${input.id} 不是目录事项：清单是从所记录的失信信息（目录事项 ML-…）出发生成的`, `${input.id} is not a catalogue item: a checklist starts from the recorded information (a catalogue item, ML-…)`, '请给出目录事项编号，例如 ML-0023。', 'Give a catalogue item ID, e.g. ML-0023.');
    throw new ChecklistError('unknown_id', `版本 ${release.version} 中没有目录事项 ${input.id}`, `Release ${release.version} has no catalogue item ${input.id}`, '核对编号（如 ML-0023），或用 --release 指定收录它的版本。', 'Check the ID (e.g. ML-0023), or give a release that has it with --release.');
  }
  const itemVersion = itemState.version as EntryVersion<PublishedCatalogueItem>;
  const item = itemVersion.entry;
  const itemInForce = itemState.state === 'in_force';

  const subject: SubjectType = input.subject ?? item.subject_types[0]!;
  if (!SUBJECT_TYPES.labels[subject])
    throw new ChecklistError('unknown_subject', `未知的主体类型 ${String(subject)}`, `Unknown subject type ${String(subject)}`, `可选：${Object.keys(SUBJECT_TYPES.labels).join('、')}。`, `One of: ${Object.keys(SUBJECT_TYPES.labels).join(', ')}.`);
  if (!item.subject_types.includes(subject)) {
    const zhTypes = item.subject_types.map((s) => SUBJECT_TYPES.labels[s].zh).join('、');
    throw new ChecklistError(
      'subject_not_recorded',
      `${item.id}（${item.title}）不记录${SUBJECT_TYPES.labels[subject].zh}的信息，只记录：${zhTypes}`,
      `${item.id} does not record ${SUBJECT_TYPES.labels[subject].en.toLowerCase()}s; it records: ${item.subject_types.join(', ')}`,
      `用 --subject 指定 ${item.subject_types.join(' / ')}。`,
      `Give --subject ${item.subject_types.join(' or ')}.`,
    );
  }

  const circumstances = [...new Set(input.circumstances ?? [])];
  for (const c of circumstances)
    if (!GROUND_CODES.has(c) && !release.lists.exemptions.some((e) => e.id === c))
      throw new ChecklistError(
        'unknown_circumstance',
        `未知的情形 ${c}：应为豁免情形代码或豁免行为编号（HM-…）`,
        `Unknown circumstance ${c}: give an exemption ground or an exemption ID (HM-…)`,
        `豁免情形：${[...GROUND_CODES].join('、')}。`,
        `Grounds: ${[...GROUND_CODES].join(', ')}.`,
      );

  // Measures: every measure of the release any published version of which is triggered by the item.
  const candidates = release.lists.measures.filter((m) => versionsTriggering(archive, m.id, item.id, upTo));
  const triggered = new Set(candidates.map((m) => m.id));

  // Exemptions concerning this item and subject, in force on the date.
  const applied: PublishedExemption[] = [];
  const consider: Checklist['consider'] = [];
  const unavailable: Checklist['unavailable'] = [];
  for (const e of release.lists.exemptions) {
    const named = circumstances.includes(e.id) || circumstances.includes(e.ground);
    const s = stateOn(archive, 'exemptions', e.id, date, upTo);
    const ex = s.state === 'unpublished' ? e : (s.version.entry as PublishedExemption);
    const subjects = subjectsOfExemption(ex);
    const concerns = concernsItem(ex, item.id, triggered);
    if (s.state !== 'in_force') {
      if (named && concerns) unavailable.push({ id: e.id, reason: s.state === 'repealed' ? 'repealed' : 'not_in_force' });
      continue;
    }
    if (!concerns) {
      if (circumstances.includes(e.id)) unavailable.push({ id: e.id, reason: 'not_concerned' });
      continue;
    }
    if (subjects && !subjects.includes(subject)) {
      if (named) unavailable.push({ id: e.id, reason: 'subject_type' });
      continue;
    }
    if (named) applied.push(ex);
    else consider.push({ id: ex.id, title: ex.title, ground: ex.ground, ground_label: EXEMPTION_GROUNDS.labels[ex.ground], effect: ex.effect, conditions: ex.conditions });
  }

  const measures: ChecklistMeasure[] = [];
  const excluded: ChecklistExclusion[] = [];
  const exclude = (m: { id: string; title: string }, reason: ExclusionReason, extra: Partial<ChecklistExclusion> = {}) =>
    excluded.push({ id: m.id, title: m.title, reason, reason_label: EXCLUSION_REASONS[reason], ...extra });

  for (const candidate of candidates) {
    if (!itemInForce) {
      exclude(candidate, 'item_not_in_force', { date: itemState.state === 'repealed' ? itemVersion.repealed?.effective : itemVersion.valid_from });
      continue;
    }
    const s = stateOn(archive, 'measures', candidate.id, date, upTo);
    if (s.state === 'unpublished') continue;
    const m = s.version.entry as PublishedMeasure;
    if (s.state === 'repealed') {
      exclude(m, 'repealed', { date: s.version.repealed?.effective });
      continue;
    }
    if (s.state === 'not_yet_in_force' || !m.triggers.includes(item.id)) {
      // Not in force, or in force only in a version that is not yet triggered by this item.
      const triggeringLater = versionsTriggering(archive, m.id, item.id, upTo, date);
      exclude(m, 'not_in_force', { date: triggeringLater?.valid_from ?? s.version.valid_from });
      continue;
    }
    const direct = m.target.subject_types.includes(subject);
    const viaPersons = !direct && subject === 'natural_person' && m.target.responsible_persons;
    if (!direct && !viaPersons) {
      exclude(m, 'subject_type');
      continue;
    }
    const covering = applied.filter((e) => coversMeasure(e, item.id, m.id));
    const barring = covering.find((e) => e.effect.some((f) => BARRING_EFFECTS.includes(f)));
    if (barring) {
      exclude(m, 'exempted', { by: barring.id, effect: barring.effect.find((f) => BARRING_EFFECTS.includes(f)) });
      continue;
    }
    const discretionaryBy = covering.filter((e) => e.effect.includes('may_not_punish')).map((e) => e.id);
    const lenientBy = covering.filter((e) => e.effect.includes('lenient')).map((e) => e.id);
    const by = [...new Set([...discretionaryBy, ...lenientBy])];
    measures.push({
      id: m.id,
      title: m.title,
      ...(m.title_en ? { title_en: m.title_en } : {}),
      kind: m.kind,
      kind_label: MEASURE_KINDS.labels[m.kind],
      via: direct ? 'direct' : 'responsible_person',
      content: m.content,
      target: m.target.description,
      bases: quote(release, m.bases),
      implementers: m.kind === 'voluntary_market' ? [] : m.implementers.map((d) => ({ id: d, name: departmentName(release, d) })),
      ...(m.kind === 'voluntary_market' ? { applied_by: m.applied_by.map((o) => ({ id: o, label: ORGANISATION_TYPES.labels[o] })) } : {}),
      duration: m.duration,
      ends_when: m.ends_when,
      valid_from: s.version.valid_from,
      discretionary: discretionaryBy.length > 0,
      lenient: lenientBy.length > 0,
      ...(by.length ? { by } : {}),
    });
  }

  const notRecordedBy = applied.find((e) => coversItem(e, item.id) && e.effect.includes('not_recorded'))?.id;
  const notPublishedBy = applied.find((e) => coversItem(e, item.id) && e.effect.includes('not_published'))?.id;
  const settings = procedureSettings(jurisdiction);
  const exemptions: ChecklistExemption[] = applied.map((e) => ({
    id: e.id,
    title: e.title,
    ground: e.ground,
    ground_label: EXEMPTION_GROUNDS.labels[e.ground],
    effect: e.effect,
    effect_labels: e.effect.map((f) => EXEMPTION_EFFECTS.labels[f]),
    behaviour: e.behaviour,
    conditions: e.conditions,
    bases: quote(release, e.bases),
  }));

  return {
    formatVersion: '1.0',
    item: {
      id: item.id,
      title: item.title,
      ...(item.title_en ? { title_en: item.title_en } : {}),
      kind: item.kind,
      nature: item.nature,
      ...(item.severity ? { severity: item.severity } : {}),
      legal_status: itemState.state,
      valid_from: itemVersion.valid_from,
      valid_to: itemVersion.valid_to,
      approval: { body: item.approval!.body, date: item.approval!.date, document_number: item.approval!.document_number, effective: item.approval!.effective },
      subject_types: item.subject_types,
    },
    subject: { type: subject, label: SUBJECT_TYPES.labels[subject] },
    circumstances,
    date,
    release: releaseRef(release),
    jurisdiction: {
      name: release.manifest.jurisdiction.name,
      ...(release.manifest.jurisdiction.name_en ? { name_en: release.manifest.jurisdiction.name_en } : {}),
      division_code: release.manifest.jurisdiction.division_code,
      example: release.manifest.jurisdiction.example,
    },
    measures,
    excluded,
    exemptions,
    consider,
    unavailable,
    ...(notRecordedBy ? { not_recorded_by: notRecordedBy } : {}),
    ...(notPublishedBy ? { not_published_by: notPublishedBy } : {}),
    procedure: procedureFor(item, subject, { itemInForce, measures, notRecordedBy, notPublishedBy, settings, exemptionsApplied: exemptions.length, consider: consider.length }),
    repair: repairFor(item, release, settings),
  };
}

/** Whether some published version of a measure (up to a release) is triggered by the item; with `after`, the first such version starting after that date. */
function versionsTriggering(archive: Archive, measureId: string, itemId: string, upTo: string): boolean;
function versionsTriggering(archive: Archive, measureId: string, itemId: string, upTo: string, after: string): EntryVersion | undefined;
function versionsTriggering(archive: Archive, measureId: string, itemId: string, upTo: string, after?: string): boolean | EntryVersion | undefined {
  const versions = versionsOfMeasure(archive, measureId, upTo).filter((v) => (v.entry as PublishedMeasure).triggers.includes(itemId));
  if (after === undefined) return versions.length > 0;
  return versions.find((v) => v.valid_from > after);
}

function versionsOfMeasure(archive: Archive, id: string, upTo: string) {
  return versionsOf(archive, 'measures', id, upTo);
}

interface ProcedureContext {
  itemInForce: boolean;
  measures: ChecklistMeasure[];
  notRecordedBy?: string;
  notPublishedBy?: string;
  settings: ReturnType<typeof procedureSettings>;
  exemptionsApplied: number;
  consider: number;
}

function procedureFor(item: PublishedCatalogueItem, subject: SubjectType, ctx: ProcedureContext): ProcedureStep[] {
  const steps: Omit<ProcedureStep, 'step'>[] = [];
  const serious = item.kind === 'serious_dishonesty_list';
  const dishonesty = item.nature === 'dishonesty';

  if (!ctx.itemInForce) {
    steps.push({
      key: 'item_not_in_force',
      text: `${item.id} 在该日不在施行期内，不得据以记录或惩戒。`,
      text_en: `${item.id} was not in force on the date: nothing may be recorded or punished on it.`,
      source: NATIONAL.basisDocument,
    });
    return steps.map((s, i) => ({ step: i + 1, ...s }));
  }

  steps.push({
    key: 'basis_document',
    text: '核实据以认定的具有法律效力的文书：生效的司法裁判文书和仲裁文书、行政处罚和行政裁决等行政行为决定文书，或法律、法规、党中央和国务院政策文件规定可作为认定依据的其他文书。',
    text_en: 'Check the legally effective document the finding rests on: an effective judgment or arbitral award, an administrative decision such as a penalty or ruling, or another document that law or central policy makes a basis.',
    source: NATIONAL.basisDocument,
    details: [{ label: { zh: '记录内容', en: 'What is recorded' }, value: item.content }],
  });
  if (item.kind === 'serious_dishonesty_list')
    steps.push({
      key: 'inclusion_standard',
      text: '对照名单的列入标准逐项核实；不得擅自扩大名单范围。',
      text_en: 'Check every element of the list’s inclusion standard; the list’s scope may not be widened.',
      source: NATIONAL.inclusionStandard,
      details: [{ label: { zh: '列入标准', en: 'Inclusion standard' }, value: item.list.inclusion_standard }],
    });
  steps.push({
    key: 'exemptions',
    text:
      ctx.exemptionsApplied > 0
        ? `核实所适用豁免的全部条件（见“豁免”），并保留证据；对未成年人、不可抗力、非主观故意和轻微失信行为，宽容审慎认定、记录和惩戒。`
        : `逐项核对可能适用的豁免（见“应考虑的豁免”，共 ${ctx.consider} 项）；对未成年人、不可抗力、非主观故意和轻微失信行为，宽容审慎认定、记录和惩戒。`,
    text_en:
      ctx.exemptionsApplied > 0
        ? 'Verify every condition of the exemptions applied (see Exemptions) and keep the evidence; minors, force majeure, no fault and minor dishonesty are judged, recorded and punished with lenience.'
        : `Go through the exemptions that may apply (see Exemptions to consider, ${ctx.consider}); minors, force majeure, no fault and minor dishonesty are judged, recorded and punished with lenience.`,
    source: NATIONAL.lenience,
  });
  if (ctx.notRecordedBy) {
    steps.push({
      key: 'not_recorded',
      text: `依豁免 ${ctx.notRecordedBy}，不记录该信息，不得据以惩戒。`,
      text_en: `Under ${ctx.notRecordedBy} the information is not recorded, and nothing may be punished on it.`,
      source: NATIONAL.lenience,
    });
  }
  if (serious && !ctx.notRecordedBy) {
    const limit = ctx.settings.objectionBeforeListing;
    steps.push({
      key: 'prior_notice',
      text: '作出列入名单决定前，预先书面告知当事人作出决定的事由、依据和当事人依法享有的权利。',
      text_en: 'Before deciding to list the subject, notify it in writing of the reasons, the basis and its rights.',
      source: NATIONAL.priorNotice,
    });
    steps.push({
      key: 'objection_before_listing',
      text: `当事人提出异议的，自收到异议之日起 ${limit.days} 个${limit.day_unit === 'working_days' ? '工作日' : '日'}内予以核实，并书面反馈结果；法律、法规、规章另有规定的，从其规定。`,
      text_en: `If the subject objects, verify the objection and answer in writing within ${limit.days} ${limit.day_unit === 'working_days' ? 'working days' : 'days'} of receiving it, unless a law, regulation or rule provides otherwise.`,
      source: limit.source,
      days: limit.days,
      day_unit: limit.day_unit,
    });
    steps.push({
      key: 'decision_document',
      text: '依托相应的行政决定文书或单独制作认定决定文书，载明事由、依据、失信惩戒措施提示、移出条件和程序以及救济措施；除法律、法规和部门规章另有规定外，由县级以上人民政府有关部门按照相关标准认定。',
      text_en: 'Issue the decision (in the administrative decision or a separate listing decision) stating the reasons, the basis, the punishment measures, the removal conditions and procedure, and the remedies; unless law provides otherwise, departments of governments at county level or above decide.',
      source: NATIONAL.decisionDocument,
      details: [
        { label: { zh: '移出条件', en: 'Removal conditions' }, value: item.list.removal_conditions },
        { label: { zh: '移出程序', en: 'Removal procedure' }, value: item.list.removal_procedure },
        { label: { zh: '救济措施', en: 'Remedies' }, value: item.list.remedies },
      ],
    });
  }
  if (!ctx.notRecordedBy) {
    const d = item.disclosure;
    const details: ProcedureStep['details'] = [
      { label: { zh: '公开属性', en: 'Disclosure' }, value: `${DISCLOSURE_MODES.labels[d.mode].zh}（${DISCLOSURE_MODES.labels[d.mode].en}）` },
      ...(d.period ? [{ label: { zh: '公开期限', en: 'Disclosure period' }, value: `${durationLabel(d.period).zh}（${durationLabel(d.period).en}）` }] : []),
      { label: { zh: '共享属性', en: 'Sharing' }, value: `${SHARING_MODES.labels[item.sharing.mode].zh}（${SHARING_MODES.labels[item.sharing.mode].en}）` },
      ...(item.sharing.scope ? [{ label: { zh: '共享范围', en: 'Sharing scope' }, value: item.sharing.scope }] : []),
      { label: { zh: '更新频次', en: 'Update frequency' }, value: `${UPDATE_FREQUENCIES.labels[item.update_frequency].zh}（${UPDATE_FREQUENCIES.labels[item.update_frequency].en}）` },
      ...(d.note ? [{ label: { zh: '公开方式', en: 'How it is disclosed' }, value: d.note }] : []),
    ];
    steps.push({
      key: 'record_and_share',
      text: ctx.notPublishedBy
        ? `如实记录并按更新频次报送、共享；依豁免 ${ctx.notPublishedBy}，不予公示。`
        : '如实记录失信信息，按更新频次报送，并只在目录规定的公开属性、期限和共享范围内公开、共享。',
      text_en: ctx.notPublishedBy
        ? `Record truthfully, report and share as often as the catalogue says; under ${ctx.notPublishedBy} it is not published.`
        : 'Record the information truthfully, report it as often as the catalogue says, and disclose and share it only as, for as long as and with whom the catalogue says.',
      source: NATIONAL.disclosure,
      details,
    });
    if (subject === 'natural_person')
      steps.push({
        key: 'natural_person_disclosure',
        text: d.natural_persons
          ? `公开自然人信息须有明确的法律、法规或者国务院决定、命令作为依据或经本人同意，并进行必要脱敏处理：脱敏方式为${d.natural_persons.desensitisation}。`
          : d.mode === 'public'
            ? '目录未写明公开自然人信息的依据和脱敏方式：不得公开该自然人的信息，只可依目录共享或依申请查询。'
            : '自然人信息不公开公示；公开个人相关信息须有明确的法律、法规或者国务院决定、命令作为依据或经本人同意，并进行必要脱敏处理。',
        text_en: d.natural_persons
          ? `A natural person’s information is disclosed only on an explicit basis in law, regulation or a State Council decision or order, or with consent, and desensitised: ${d.natural_persons.desensitisation}.`
          : d.mode === 'public'
            ? 'The catalogue states no basis or desensitisation for disclosing natural persons: do not publish this person’s information; share or answer queries only as the catalogue allows.'
            : 'A natural person’s information is not published; disclosing personal information needs an explicit basis in law, regulation or a State Council decision or order, or consent, and desensitisation.',
        source: NATIONAL.naturalPersons,
      });
  }
  if (dishonesty && ctx.measures.length > 0)
    steps.push({
      key: 'measures',
      text: `只从本清单所列、在该日施行的 ${ctx.measures.length} 项措施中，依合法、关联、比例原则选择轻重适度的措施；不得在清单外增设措施或加重惩戒；不得强制要求金融机构、信用服务机构、行业协会商会、新闻媒体等惩戒。`,
      text_en: `Choose only among the ${ctx.measures.length} measures listed here and in force on the date, lawfully, relevantly and proportionately; add no measure beyond the list and no heavier one; never require financial institutions, credit-service agencies, trade associations or media to punish.`,
      source: NATIONAL.measureList,
    });
  if (!ctx.notRecordedBy) {
    const limit = ctx.settings.informationObjection;
    steps.push({
      key: 'information_objection',
      text: limit
        ? `信用主体认为信息有错误、遗漏或者侵犯其合法权益而提出异议的，自收到异议申请之日起 ${limit.days} 个工作日内审核处理并通知结果${limit.longer ? `；${limit.longer.when.zh}的，${limit.longer.days} 个工作日内` : ''}。`
        : '信用主体认为信息有错误、遗漏或者侵犯其合法权益而提出异议的，按本辖区异议处理制度的时限审核处理并通知结果。',
      text_en: limit
        ? `If the subject objects that the information is wrong, incomplete or infringes its rights, review it and notify the result within ${limit.days} working days of receipt${limit.longer ? `; ${limit.longer.when.en}, within ${limit.longer.days}` : ''}.`
        : 'If the subject objects that the information is wrong, incomplete or infringes its rights, review it and notify the result within the time the jurisdiction’s objection rules set.',
      source: limit ? limit.source : NATIONAL.rightsProtection,
      ...(limit ? { days: limit.days, day_unit: limit.day_unit } : {}),
    });
    if (dishonesty)
      steps.push({
        key: 'reversal',
        text: '据以认定的法律文书被撤销、变更或者确认无效的，及时撤销或者变更该信用信息。',
        text_en: 'If the document the finding rests on is revoked, changed or declared void, revoke or change the information promptly.',
        source: NATIONAL.reversal,
      });
  }
  if (dishonesty && !ctx.notRecordedBy)
    steps.push({
      key: serious ? 'removal_and_repair' : 'repair',
      text: serious
        ? '告知移出条件和程序；符合条件的及时移出名单，同步解除惩戒措施（见“信用修复”）。'
        : '告知信用修复的条件和途径；符合条件的及时修复，终止公示、停止共享和使用，同步解除惩戒措施（见“信用修复”）。',
      text_en: serious
        ? 'Explain the removal conditions and procedure; remove the subject promptly once they are met, and lift the measures with it (see Repair).'
        : 'Explain how the information can be repaired; once the conditions are met, repair it promptly — publication ends, sharing and use stop, and the measures are lifted (see Repair).',
      source: `${NATIONAL.repair}；${NATIONAL.repairTiers}`,
    });
  return steps.map((s, i) => ({ step: i + 1, ...s }));
}

function repairFor(item: PublishedCatalogueItem, release: ArchivedRelease, settings: ReturnType<typeof procedureSettings>): RepairPath | null {
  if (item.nature !== 'dishonesty' || !item.severity || !item.repair) return null;
  const tier = settings.tiers[item.severity];
  const period = item.disclosure.period;
  const setByLaw = item.disclosure.period_basis !== undefined && ['law', 'administrative_regulation'].includes(release.bases.find((b) => b.id === item.disclosure.period_basis!.basis)?.level ?? '');
  const serious = item.kind === 'serious_dishonesty_list';
  const when: Label = !item.repair.repairable
    ? { zh: '依所引依据不可修复。', en: 'Not repairable under the basis cited.' }
    : serious
      ? { zh: '符合移出条件的，按移出程序移出名单（即信用修复），移出后停止公示、共享和使用。', en: 'Once the removal conditions are met, the subject is removed from the list by the removal procedure (its repair); publication, sharing and use then stop.' }
      : item.severity === 'minor'
        ? { zh: '原则上不予公示；法定责任履行完毕即可申请修复。', en: 'In principle not published; repair may be applied for once the legal obligations are fulfilled.' }
        : {
            zh: `达到最短公示期限（${tier.min} 个月）后，纠正失信行为、完全履行义务并公开作出信用承诺的，可申请修复；最长公示期限（${tier.max} 个月）届满后停止公示。`,
            en: `After the shortest publicity period (${tier.min} months), a subject that has corrected the dishonesty, fulfilled its obligations and made a public credit commitment may apply for repair; publication ends at the longest period (${tier.max} months).`,
          };
  return {
    tier: item.severity,
    tier_label: SEVERITY.labels[item.severity],
    publicity: setByLaw ? null : { min_months: tier.min, max_months: tier.max, source: settings.tiersSource },
    period: period ? { value: period, label: durationLabel(period), set_by_law: setByLaw } : null,
    ...(settings.disclosureCap && period && durationMonths(period) > 0 ? { cap: settings.disclosureCap } : {}),
    repairable: item.repair.repairable,
    ...(item.repair.repairable === false ? { repair_basis: quote(release, [item.repair.basis])[0]! } : {}),
    ...(item.repair.note ? { note: item.repair.note } : {}),
    when,
    ...(serious ? { removal: { conditions: item.list.removal_conditions, procedure: item.list.removal_procedure, remedies: item.list.remedies } } : {}),
    source: `${NATIONAL.repair}；${settings.tiersSource}`,
  };
}
