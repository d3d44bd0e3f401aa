// The jurisdiction profile resolved: every legal choice a rule makes, with the article that sets it.
// What jurisdiction.yaml leaves out takes the national default, so a jurisdiction writes only where its regulation differs.
import type { BasisLevel } from './basis.ts';
import { NATURE } from './catalogue.ts';
import { INCENTIVE_KINDS } from './incentive.ts';
import type { EnumLabels, Label } from './common.ts';
import type { ListKind } from './index.ts';
import type { Jurisdiction, TimeLimitName } from './jurisdiction.ts';
import { TIME_LIMITS } from './jurisdiction.ts';

/** The national rules the defaults come from, named once. */
export const NATIONAL = {
  policy: '国办发〔2020〕49号',
  repair: '国家发展改革委令第36号《信用修复管理办法》',
} as const;

export interface LevelRule {
  levels: readonly BasisLevel[];
  basis: string;
  /** Whether the value is the national default rather than the jurisdiction's own. */
  national: boolean;
}

export interface TierRule {
  min_months: number;
  max_months: number;
}

export type SeverityTier = 'minor' | 'general' | 'serious';

export interface ListRule {
  approvingBody: string;
  procedure: 'approve' | 'compile_and_publish';
  basis: string | undefined;
  consultation: { appliesTo: 'all' | 'rights_reducing' | 'none'; basis: string };
  expertEvaluation: { appliesTo: 'all' | 'rights_reducing' | 'none'; basis: string | undefined };
  localBasis: { requirement: 'required' | 'recommended' | 'not_required'; parent_counts?: boolean; basis: string };
}

export interface ResolvedTimeLimit {
  working_days: number;
  extension_working_days?: number;
  total_working_days?: number;
  extension_condition?: string;
  basis: string;
  label: Label;
}

/** The jurisdiction's own words for the values of an enumeration, by enumeration (the model's labels where it has none). */
export type ValueLabels = ReadonlyMap<EnumLabels, Readonly<Record<string, Label>>>;

export interface Profile {
  levels: {
    catalogue_item: LevelRule;
    incentive: LevelRule;
    measure_rights_reducing: LevelRule;
    measure_management: LevelRule | undefined;
    measure_voluntary_market: LevelRule | undefined;
    natural_person_disclosure: LevelRule & { consent: boolean };
    non_standard_period: LevelRule;
    serious_list_standard: LevelRule;
    local_serious_list_standard: LevelRule;
  };
  lists: Record<ListKind, ListRule>;
  catalogueScope: { scope: 'supplement' | 'whole'; basis: string };
  timeLimits: Partial<Record<TimeLimitName, ResolvedTimeLimit>>;
  periods: {
    mode: 'separate' | 'combined';
    modeBasis: string;
    start: { event: string; custodial_sentence?: string; basis: string } | undefined;
    extension: { until: string; basis: string } | undefined;
    endAction: { action: string; basis: string } | undefined;
    cap: { max_months: number; exempt_levels: readonly BasisLevel[]; basis: string } | undefined;
    tiers: Record<SeverityTier, TierRule> & { basis: string };
  };
  catalogueElements: { required: readonly string[]; basis: string } | undefined;
  trustworthyInformation: string | undefined;
  seriousListGrounds: readonly { id: string; zh: string; en?: string; basis: string }[];
  /** What the site, the CSV and messages call each value where the jurisdiction names it its own way (nature_labels); read through `valueLabel`. */
  valueLabels: ValueLabels;
}

const LAW_LEVELS = ['law', 'administrative_regulation', 'state_council_decision', 'central_policy', 'local_regulation'] as const satisfies readonly BasisLevel[];

/** Publicity windows by severity tier: 国家发展改革委令第36号 (in force 2026-04-01). */
export const NATIONAL_TIERS: Record<SeverityTier, TierRule> = {
  minor: { min_months: 0, max_months: 3 },
  general: { min_months: 3, max_months: 12 },
  serious: { min_months: 12, max_months: 36 },
};

/** The national rules every jurisdiction starts from. */
export const NATIONAL_DEFAULTS = {
  incentive: { levels: LAW_LEVELS, basis: `${NATIONAL.policy}：守信激励措施依法律、法规和国家有关规定实施`, national: true },
  catalogue_item: { levels: LAW_LEVELS, basis: `${NATIONAL.policy}：公共信用信息须以法律、法规或党中央、国务院政策文件为依据`, national: true },
  measure_rights_reducing: { levels: LAW_LEVELS, basis: `${NATIONAL.policy}：减损权益或增加义务的措施须有法律、法规或党中央、国务院政策文件依据`, national: true },
  natural_person_disclosure: {
    levels: ['law', 'administrative_regulation', 'state_council_decision'],
    consent: true,
    basis: `${NATIONAL.policy}：公开自然人信息须有法律、行政法规或国务院决定、命令的明确规定，或经本人同意`,
    national: true,
  },
  non_standard_period: { levels: ['law', 'administrative_regulation'], basis: `默认只有法律、行政法规可另行规定期限，其余按${NATIONAL.repair}的分级期限`, national: true },
  serious_list_standard: {
    levels: ['law', 'administrative_regulation', 'state_council_decision', 'central_policy', 'departmental_rule'],
    basis: `${NATIONAL.policy}：严重失信主体名单的认定标准由法律、法规、党中央国务院政策文件或部门规章确定`,
    national: true,
  },
  local_serious_list_standard: { levels: ['local_regulation'], basis: `${NATIONAL.policy}：仅在本地实施的名单须由地方性法规规定认定标准`, national: true },
  consultation: `${NATIONAL.policy}：纳入清单前公开征求意见`,
  local_basis: {
    catalogue: { requirement: 'required', basis: `${NATIONAL.policy}：地方补充目录须以地方性法规为依据` },
    measure: { requirement: 'recommended', basis: `${NATIONAL.policy}：补充清单依据地方性法规编制` },
    exemption: { requirement: 'not_required', basis: NATIONAL.policy },
    incentive: { requirement: 'not_required', basis: NATIONAL.policy },
  },
  catalogue_scope: `${NATIONAL.policy}：地方在全国基础目录之外编制补充目录`,
  listing_objection: { working_days: 10, basis: `${NATIONAL.policy}：列入名单前告知，异议在10个工作日内核实反馈（法律、法规、规章另有规定的除外）` },
  period_mode: `${NATIONAL.repair}：公示期限与保存期限分别确定`,
  tiers: { ...NATIONAL_TIERS, basis: `${NATIONAL.repair}：轻微不超过3个月，一般3个月至1年，严重1年至3年` },
} as const satisfies Record<string, unknown>;

/** Profiles by the jurisdiction they were worked out for: the validator asks for one per entry (its procedure) and per rule. */
const profiles = new WeakMap<Jurisdiction, Profile>();
let nationalProfile: Profile | undefined;

/** The profile of a jurisdiction: its own settings, and the national default for everything else. */
export function profileOf(j: Jurisdiction | undefined): Profile {
  if (!j) return (nationalProfile ??= profileFor(undefined));
  let p = profiles.get(j);
  if (!p) profiles.set(j, (p = profileFor(j)));
  return p;
}

function profileFor(j: Jurisdiction | undefined): Profile {
  const own = j?.sufficient_levels ?? {};
  const level = (key: keyof typeof own, fallback: LevelRule): LevelRule => {
    const s = own[key];
    return s ? { levels: s.levels, basis: s.basis, national: false } : fallback;
  };
  const optionalLevel = (key: 'measure_management' | 'measure_voluntary_market'): LevelRule | undefined => {
    const s = own[key];
    return s ? { levels: s.levels, basis: s.basis, national: false } : undefined;
  };
  const np = own.natural_person_disclosure;
  const nonStandard = level('non_standard_period', NATIONAL_DEFAULTS.non_standard_period);
  const list = (kind: ListKind): ListRule => {
    const c = j?.lists?.[kind];
    return {
      approvingBody: c?.approving_body ?? j?.approving_body ?? '',
      procedure: c?.procedure ?? 'approve',
      basis: c?.basis ?? j?.approving_body_basis,
      consultation: c?.consultation ? { appliesTo: c.consultation.applies_to, basis: c.consultation.basis } : { appliesTo: 'all', basis: j?.consultation.basis ?? NATIONAL_DEFAULTS.consultation },
      expertEvaluation: c?.expert_evaluation ? { appliesTo: c.expert_evaluation.applies_to, basis: c.expert_evaluation.basis } : { appliesTo: 'none', basis: undefined },
      localBasis: c?.local_basis ?? NATIONAL_DEFAULTS.local_basis[kind],
    };
  };
  const timeLimits: Partial<Record<TimeLimitName, ResolvedTimeLimit>> = {
    listing_objection: { ...NATIONAL_DEFAULTS.listing_objection, label: TIME_LIMITS.listing_objection },
  };
  for (const [name, t] of Object.entries(j?.time_limits ?? {}) as [TimeLimitName, NonNullable<NonNullable<Jurisdiction['time_limits']>[TimeLimitName]>][])
    timeLimits[name] = { ...t, basis: t.basis ?? '', label: TIME_LIMITS[name] };
  const p = j?.periods;
  return {
    levels: {
      catalogue_item: level('catalogue_item', NATIONAL_DEFAULTS.catalogue_item),
      incentive: level('incentive', NATIONAL_DEFAULTS.incentive),
      measure_rights_reducing: level('measure_rights_reducing', NATIONAL_DEFAULTS.measure_rights_reducing),
      measure_management: optionalLevel('measure_management'),
      measure_voluntary_market: optionalLevel('measure_voluntary_market'),
      natural_person_disclosure: np ? { levels: np.levels, basis: np.basis, consent: np.consent ?? true, national: false } : NATIONAL_DEFAULTS.natural_person_disclosure,
      non_standard_period: nonStandard,
      serious_list_standard: level('serious_list_standard', NATIONAL_DEFAULTS.serious_list_standard),
      local_serious_list_standard: level('local_serious_list_standard', NATIONAL_DEFAULTS.local_serious_list_standard),
    },
    lists: { catalogue: list('catalogue'), measure: list('measure'), exemption: list('exemption'), incentive: list('incentive') },
    catalogueScope: { scope: j?.lists?.catalogue?.scope ?? 'supplement', basis: j?.lists?.catalogue?.scope_basis ?? NATIONAL_DEFAULTS.catalogue_scope },
    timeLimits,
    periods: {
      mode: p?.mode ?? 'separate',
      modeBasis: p?.mode_basis ?? NATIONAL_DEFAULTS.period_mode,
      start: p?.start,
      extension: p?.extension,
      endAction: p?.end_action,
      cap: p?.cap ? { max_months: p.cap.max_months, exempt_levels: p.cap.exempt_levels ?? nonStandard.levels, basis: p.cap.basis } : undefined,
      tiers: p?.tiers ?? NATIONAL_DEFAULTS.tiers,
    },
    catalogueElements: j?.catalogue_elements,
    trustworthyInformation: j?.trustworthy_information,
    seriousListGrounds: j?.serious_list_grounds ?? [],
    valueLabels: valueLabelsOf(j),
  };
}

/**
 * nature_labels and incentive_kind_labels over the model's labels: the jurisdiction's Chinese word, the model's English.
 * Read from jurisdiction.yaml, and from a release's manifest (format 1.2) for its CSVs.
 */
export function valueLabelsOf(j: Pick<Jurisdiction, 'nature_labels' | 'incentive_kind_labels'> | undefined): ValueLabels {
  const over = (labels: EnumLabels, own: Partial<Record<string, string>> = {}) =>
    Object.fromEntries(Object.entries(labels.labels).map(([value, label]) => [value, own[value] ? { zh: own[value], en: label.en } : label]));
  return new Map<EnumLabels, Record<string, Label>>([
    [NATURE, over(NATURE, j?.nature_labels)],
    [INCENTIVE_KINDS, over(INCENTIVE_KINDS, j?.incentive_kind_labels)],
  ]);
}

/** Whether an entry reduces rights or adds obligations: dishonesty information and rights-reducing measures do; exemptions never. */
export function reducesRights(kind: ListKind, entry: object): boolean {
  if (kind === 'catalogue') return 'nature' in entry && entry.nature === 'dishonesty';
  if (kind === 'measure') return 'kind' in entry && entry.kind === 'rights_reducing';
  return false;
}

const applies = (scope: 'all' | 'rights_reducing' | 'none', kind: ListKind, entry: object) =>
  scope === 'all' || (scope === 'rights_reducing' && reducesRights(kind, entry));

/** Whether this entry must go to public consultation before approval. */
export function consultationRequired(j: Jurisdiction | undefined, kind: ListKind, entry: object): boolean {
  return applies(profileOf(j).lists[kind].consultation.appliesTo, kind, entry);
}

/** Whether this entry needs an evaluation hearing experts and the groups concerned (专家评估) before approval. */
export function evaluationRequired(j: Jurisdiction | undefined, kind: ListKind, entry: object): boolean {
  return applies(profileOf(j).lists[kind].expertEvaluation.appliesTo, kind, entry);
}

/** Who approves (or compiles and publishes) a list, and the article that says so. */
export function approvingBodyOf(j: Jurisdiction | undefined, kind: ListKind): { body: string; procedure: ListRule['procedure']; basis: string | undefined } {
  const l = profileOf(j).lists[kind];
  return { body: l.approvingBody, procedure: l.procedure, basis: l.basis };
}

/** A named time limit, if the jurisdiction (or the national rules) sets one. */
export function timeLimitOf(j: Jurisdiction | undefined, name: TimeLimitName): ResolvedTimeLimit | undefined {
  return profileOf(j).timeLimits[name];
}

const SELF_NAMES = { province: '本省', city: '本市', county: '本县' } as const;

/** How texts for the public refer to the jurisdiction: 本省, 本市, 本县 — or what jurisdiction.yaml says. */
export function selfNameOf(j: Pick<Jurisdiction, 'level' | 'self_name'>): string {
  return j.self_name ?? SELF_NAMES[j.level];
}

/** The catalogue's name: a supplement, or the whole catalogue. */
export function catalogueLabelOf(j: Jurisdiction | undefined): Label {
  return profileOf(j).catalogueScope.scope === 'whole'
    ? { zh: '公共信用信息目录', en: 'Catalogue of public credit information' }
    : { zh: '公共信用信息补充目录', en: 'Supplementary catalogue of public credit information' };
}

/** A source with its article, for a message: “（依据：…）”. */
export function basisNote(basis: string | undefined): { zh: string; en: string } {
  return basis ? { zh: `（依据：${basis}）`, en: ` (basis: ${basis})` } : { zh: '', en: '' };
}
