// The jurisdiction profile: each setting a rule reads changes that rule's outcome, and the defaults are the national rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../lib/rules/index.ts';
import { validate } from '../lib/validate.ts';
import {
  approvingBodyOf,
  catalogueLabelOf,
  consultationRequired,
  evaluationRequired,
  Jurisdiction,
  NATIONAL_TIERS,
  profileOf,
  selfNameOf,
  timeLimitOf,
} from '../schemas/index.ts';
import { BASE } from './fixture-cases.ts';

type Edits = Record<string, [string, string][]>;

/** Validate the base fixture with text edits applied in memory; the codes found, with their messages. */
function run(edits: Edits): { code: string; file: string; zh: string }[] {
  const overlay = new Map<string, Uint8Array>();
  for (const [file, list] of Object.entries(edits)) {
    let text = readFileSync(path.join(BASE, file), 'utf8');
    for (const [from, to] of list) {
      if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
      text = text.replace(from, to);
    }
    overlay.set(file, Buffer.from(text));
  }
  return validate(BASE, undefined, overlay).diagnostics.map((d) => ({ code: d.code, file: d.file, zh: d.message.zh }));
}

/** Insert profile settings into the base jurisdiction.yaml: under its periods block, or before its categories. */
const setting = (yaml: string): Edits =>
  yaml.startsWith('periods:\n')
    ? { 'jurisdiction.yaml': [['periods:\n', `${yaml.trim()}\n`]] }
    : { 'jurisdiction.yaml': [['categories:\n', `${yaml.trim()}\ncategories:\n`]] };
const merge = (a: Edits, b: Edits): Edits => {
  const out: Edits = { ...a };
  for (const [f, l] of Object.entries(b)) out[f] = [...(out[f] ?? []), ...l];
  return out;
};

interface SettingCase {
  rule: string;
  setting: string;
  /** Data edits applied both with and without the setting. */
  data?: Edits;
  yaml: string;
  /** How many problems of the rule without the setting, and with it. */
  without: number;
  with: number;
  /** Text the message must carry with the setting (typically the article that sets it). */
  says?: string;
}

const ART = '《某省社会信用条例》第九条';
const ML1 = 'catalogue/ML-0001.yaml';
const ML2 = 'catalogue/ML-0002.yaml';

const CASES: SettingCase[] = [
  { rule: 'P01-provincial-basis', setting: 'sufficient_levels.catalogue_item', yaml: `sufficient_levels:\n  catalogue_item: {levels: [law], basis: ${ART}}`, without: 0, with: 2, says: ART },
  {
    rule: 'P01-provincial-basis',
    setting: 'lists.catalogue.scope',
    data: { [ML1]: [['  - basis: shandong-social-credit-regulation\n    articles: [第十三条第一款第（一）项]', '  - basis: wage-payment-regulation\n    articles: [第四十八条]']] },
    yaml: `lists:\n  catalogue: {scope: whole, scope_basis: ${ART}}`,
    without: 1,
    with: 0,
  },
  {
    rule: 'P01-provincial-basis',
    setting: 'lists.catalogue.local_basis',
    data: { [ML1]: [['  - basis: shandong-social-credit-regulation\n    articles: [第十三条第一款第（一）项]', '  - basis: wage-payment-regulation\n    articles: [第四十八条]']] },
    yaml: `lists:\n  catalogue:\n    local_basis: {requirement: not_required, basis: ${ART}}`,
    without: 1,
    with: 0,
  },
  { rule: 'P02-catalogue-elements', setting: 'catalogue_elements', yaml: `catalogue_elements: {required: [sector, data_code], basis: ${ART}}`, without: 0, with: 4, says: ART },
  { rule: 'P02-catalogue-elements', setting: 'periods.mode', yaml: `periods:\n  mode: combined\n  mode_basis: ${ART}`, without: 0, with: 2, says: ART },
  {
    rule: 'P02-catalogue-elements',
    setting: 'trustworthy_information',
    data: { [ML1]: [['nature: dishonesty\nseverity: general\nrepair:\n  repairable: true\n', 'nature: trustworthy\n']] },
    yaml: `trustworthy_information: ${ART}`,
    without: 1,
    with: 0,
  },
  {
    rule: 'P03-natural-person-disclosure',
    setting: 'sufficient_levels.natural_person_disclosure',
    data: { [ML1]: [['subject_types: [legal_person, unincorporated_organization]', 'subject_types: [natural_person, legal_person]'], ['  period: {years: 1}\n', '  period: {years: 1}\n  natural_persons: {consent: true, desensitisation: 隐去身份证号码}\n']] },
    yaml: `sufficient_levels:\n  natural_person_disclosure: {levels: [law], consent: false, basis: ${ART}}`,
    without: 0,
    with: 1,
    says: ART,
  },
  { rule: 'P04-national-duplicate', setting: 'lists.catalogue.scope', data: { [ML1]: [['title: 拒不缴纳社会保险费信息', 'title: 市场主体登记注册信息']] }, yaml: `lists:\n  catalogue: {scope: whole}`, without: 1, with: 0 },
  // The cap is a limit of its own: a period the tier does not govern is still capped (60 months here).
  {
    rule: 'P05-severity-period',
    setting: 'sufficient_levels.non_standard_period',
    data: {
      [ML2]: [['  period: {years: 3}\n', '  period: {years: 6}\n  period_basis: {basis: shandong-social-credit-regulation, articles: [第二十九条]}\n']],
      'jurisdiction.yaml': [['cap: {max_months: 60,', 'cap: {max_months: 60, exempt_levels: [law, administrative_regulation],']],
    },
    yaml: `sufficient_levels:\n  non_standard_period: {levels: [law, administrative_regulation, local_regulation], basis: ${ART}}`,
    without: 2,
    with: 1,
    says: '60 个月',
  },
  { rule: 'P05-severity-period', setting: 'periods.tiers', yaml: `periods:\n  tiers:\n    minor: {min_months: 0, max_months: 3}\n    general: {min_months: 3, max_months: 12}\n    serious: {min_months: 12, max_months: 24}\n    basis: ${ART}`, without: 0, with: 1, says: ART },
  {
    rule: 'P05-severity-period',
    setting: 'periods.cap',
    data: { [ML2]: [['  period: {years: 3}\n', '  period: {years: 6}\n  period_basis: {basis: wage-payment-regulation, articles: [第四十八条]}\n']] },
    yaml: '',
    without: 0,
    with: 1,
    says: ART,
  },
  { rule: 'P06-measure-basis', setting: 'sufficient_levels.measure_rights_reducing', yaml: `sufficient_levels:\n  measure_rights_reducing: {levels: [law], basis: ${ART}}`, without: 0, with: 1, says: ART },
  {
    rule: 'P06-measure-basis',
    setting: 'lists.measure.local_basis',
    data: { 'measures/CS-0001.yaml': [['  - basis: shandong-social-credit-regulation\n    articles: [第三十条第一款第（五）项, 第三十一条]\n', '']] },
    yaml: `lists:\n  measure:\n    local_basis: {requirement: not_required, basis: ${ART}}`,
    without: 1,
    with: 0,
  },
  { rule: 'P10-serious-list', setting: 'sufficient_levels.serious_list_standard', yaml: `sufficient_levels:\n  serious_list_standard: {levels: [law], basis: ${ART}}`, without: 0, with: 1, says: ART },
  {
    rule: 'P10-serious-list',
    setting: 'serious_list_grounds',
    data: { [ML2]: [['  domain: market_and_social_order\n  local_only: false\n', '  domain: jurisdiction_ground\n  ground: public_welfare\n  local_only: true\n']] },
    yaml: `serious_list_grounds:\n  - {id: public_welfare, zh: 严重损害社会公益, basis: ${ART}}`,
    without: 2,
    with: 1,
  },
  { rule: 'P11-objection-days', setting: 'time_limits.listing_objection', data: { 'jurisdiction.yaml': [['listing_objection: {working_days: 10}', 'listing_objection: {working_days: 15}']] }, yaml: '', without: 1, with: 0 },
  { rule: 'L01-consultation-length', setting: 'consultation.minimum_days', data: {}, yaml: '', without: 0, with: 2 },
  { rule: 'L02-approving-body', setting: 'lists.catalogue.approving_body', yaml: `lists:\n  catalogue: {approving_body: 某省发展和改革委员会, procedure: compile_and_publish, basis: ${ART}}`, without: 0, with: 1, says: ART },
  { rule: 'L03-expert-evaluation', setting: 'lists.catalogue.expert_evaluation', yaml: `lists:\n  catalogue:\n    expert_evaluation: {applies_to: rights_reducing, basis: ${ART}}`, without: 0, with: 1, says: ART },
  { rule: 'L04-list-not-kept', setting: 'lists.catalogue.kept', yaml: `lists:\n  catalogue: {kept: false, basis: ${ART}}`, without: 0, with: 2, says: ART },
];

// Settings outside the profile block are edits of existing lines rather than insertions.
const SPECIAL: Record<string, Edits> = {
  'P11-objection-days time_limits.listing_objection': { 'jurisdiction.yaml': [['listing_objection: {working_days: 15}', `listing_objection: {working_days: 15, basis: ${ART}}`]] },
  'P05-severity-period periods.cap': { 'jurisdiction.yaml': [['cap: {max_months: 60, basis: 《山东省社会信用条例》第三十八条}', `cap: {max_months: 60, exempt_levels: [law], basis: ${ART}}`]] },
  'L01-consultation-length consultation.minimum_days': { 'jurisdiction.yaml': [['minimum_days: 30', 'minimum_days: 45']] },
};

describe('each setting changes its rule’s outcome', () => {
  it.each(CASES)('$rule reads $setting', (c) => {
    const data = c.data ?? {};
    const withSetting = merge(data, SPECIAL[`${c.rule} ${c.setting}`] ?? setting(c.yaml));
    const before = run(data).filter((d) => d.code === c.rule);
    const after = run(withSetting).filter((d) => d.code === c.rule);
    expect(before, 'without the setting').toHaveLength(c.without);
    expect(after, 'with the setting').toHaveLength(c.with);
    if (c.says) expect(after.map((d) => d.zh).join('\n')).toContain(c.says);
    // Nothing else breaks: the setting is valid configuration.
    expect(run(withSetting).filter((d) => /^(?:schema|yaml|file)-/.test(d.code))).toEqual([]);
  });

  it('covers every rule that reads a setting, and every setting such a rule names', () => {
    for (const rule of RULES.filter((r) => r.settings?.length)) {
      expect(CASES.map((c) => c.rule), rule.code).toContain(rule.code);
    }
  });
});

describe('the national defaults', () => {
  const j = (extra: object = {}) =>
    Jurisdiction.parse({
      name: '某省',
      level: 'province',
      division_code: '110000',
      example: false,
      approving_body: '某省人民政府',
      credit_office: '某省信用办',
      approvers: ['office'],
      consultation: { minimum_days: 30, default_channel: { kind: 'forge' } },
      categories: ['登记注册基本信息'],
      departments: [{ id: 'drc', name: '某省发展和改革委员会' }],
      repository_url: 'https://forge.example/x',
      ...extra,
    });

  it('apply where the jurisdiction writes nothing', () => {
    const p = profileOf(j());
    expect(p.periods.tiers).toMatchObject(NATIONAL_TIERS);
    expect(p.periods.cap).toBeUndefined();
    expect(p.timeLimits.listing_objection?.working_days).toBe(10);
    expect(p.levels.natural_person_disclosure).toMatchObject({ levels: ['law', 'administrative_regulation', 'state_council_decision'], consent: true, national: true });
    expect(p.lists.measure).toMatchObject({ approvingBody: '某省人民政府', procedure: 'approve', consultation: { appliesTo: 'all' }, expertEvaluation: { appliesTo: 'none' } });
    expect(p.catalogueScope.scope).toBe('supplement');
  });

  it('answer the procedural questions per list and per entry', () => {
    const jj = j({
      lists: {
        measure: { approving_body: '某省发展和改革委员会', procedure: 'compile_and_publish', basis: '第二十条', consultation: { applies_to: 'rights_reducing', basis: '第二十条' } },
        catalogue: { expert_evaluation: { applies_to: 'rights_reducing', basis: '第十条' } },
      },
    });
    expect(approvingBodyOf(jj, 'measure')).toEqual({ body: '某省发展和改革委员会', procedure: 'compile_and_publish', basis: '第二十条' });
    expect(approvingBodyOf(jj, 'catalogue').body).toBe('某省人民政府');
    expect(consultationRequired(jj, 'measure', { kind: 'rights_reducing' })).toBe(true);
    expect(consultationRequired(jj, 'measure', { kind: 'management' })).toBe(false);
    expect(consultationRequired(jj, 'catalogue', { nature: 'basic' })).toBe(true);
    expect(evaluationRequired(jj, 'catalogue', { nature: 'dishonesty' })).toBe(true);
    expect(evaluationRequired(jj, 'catalogue', { nature: 'basic' })).toBe(false);
    expect(evaluationRequired(jj, 'exemption', {})).toBe(false);
  });

  it('name time limits, the level’s own word, and the catalogue as a supplement or whole', () => {
    const jj = j({ time_limits: { information_objection: { working_days: 2, extension_working_days: 3, basis: '第五十一条' } } });
    expect(timeLimitOf(jj, 'information_objection')).toMatchObject({ working_days: 2, extension_working_days: 3, basis: '第五十一条', label: { zh: '信用信息异议处理' } });
    expect(timeLimitOf(jj, 'repair_decision')).toBeUndefined();
    expect(selfNameOf({ level: 'province' })).toBe('本省');
    expect(selfNameOf({ level: 'city' })).toBe('本市');
    expect(selfNameOf({ level: 'county' })).toBe('本县');
    expect(selfNameOf({ level: 'county', self_name: '本市' })).toBe('本市');
    expect(catalogueLabelOf(jj).zh).toBe('公共信用信息补充目录');
    expect(catalogueLabelOf(j({ lists: { catalogue: { scope: 'whole' } } })).zh).toBe('公共信用信息目录');
  });
});
