// The jurisdiction profile: each setting a rule reads changes that rule's outcome, and the defaults are the national rules.
import { existsSync, readFileSync } from 'node:fs';
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
  valueLabelAt,
  FIELD_REGISTRY,
} from '../schemas/index.ts';
import { valueHtml } from '../site/src/fields.ts';
import { publishedJurisdiction } from '../lib/release/build.ts';
import { csvHeaders, listCsv } from '../lib/release/csv.ts';
import type { PublishedLists } from '../lib/release/publish.ts';
import { Repository } from '../lib/repository.ts';
import { PUBLISHED_LISTS, type BasesFile, type Manifest } from '../schemas/release.ts';
import { loadSiteModel, type SiteModel } from '../lib/site/model.ts';
import { parse as parseYaml } from 'yaml';
import { BASE } from './fixture-cases.ts';

type Edits = Record<string, [string, string][]>;

/** Validate the base fixture with text edits applied in memory; the codes found, with their messages. */
function run(edits: Edits, writes: Record<string, string> = {}): { code: string; file: string; zh: string }[] {
  const overlay = new Map<string, Uint8Array>(Object.entries(writes).map(([f, text]) => [f, Buffer.from(text)]));
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

describe('the consultation scope (lists.<list>.consultation.applies_to) decides which entries the lifecycle lets through without consultation', () => {
  const SCOPE = (list: string) => setting(`lists:\n  ${list}:\n    consultation: {applies_to: rights_reducing, basis: ${ART}}`);
  const APPROVAL = 'approval:\n  body: 山东省人民政府\n  date: "2026-11-20"\n  document_number: 示例〔2026〕20号\n  effective: "2027-01-01"\n';
  // The exemption proposed on 2026-11-01, approved as it stands.
  const exemptionApproved: Edits = {
    'exemptions/HM-0001.yaml': [
      ['status: proposed', 'status: approved'],
      ['history:\n', `${APPROVAL}history:\n`],
      ['  - {date: "2026-11-01", event: proposed}', '  - {date: "2026-11-01", event: proposed}\n  - {date: "2026-11-20", event: approved, ref: 示例〔2026〕20号}'],
    ],
  };
  // The measure proposed on 2026-09-01, approved without its consultation.
  const measureApproved = (kind: string): Edits => ({
    'measures/CS-0001.yaml': [
      ['kind: rights_reducing', `kind: ${kind}`],
      ['status: consultation', 'status: approved'],
      ['consultation:\n  opens: "2026-10-01"\n  closes: "2026-10-30"\n  channel: {kind: email, address: consult@credit.example}\n', APPROVAL],
      ['  - {date: "2026-10-01", event: consultation_opened}', '  - {date: "2026-11-20", event: approved, ref: 示例〔2026〕20号}'],
    ],
  });
  const lifecycle = (edits: Edits, file: string) => run(edits).filter((d) => d.file === file && d.code.startsWith('lifecycle-'));

  it('by default (every entry) no proposal is approved without consultation', () => {
    const found = lifecycle(exemptionApproved, 'exemptions/HM-0001.yaml');
    expect(found.map((d) => d.code)).toEqual(expect.arrayContaining(['lifecycle-record-missing', 'lifecycle-transition']));
    expect(found.find((d) => d.code === 'lifecycle-transition')!.zh).toContain('须先公开征求意见');
  });

  it('an exemption never reduces rights: outside a rights-reducing scope it is approved as proposed', () => {
    expect(lifecycle(merge(exemptionApproved, SCOPE('exemption')), 'exemptions/HM-0001.yaml')).toEqual([]);
    // The scope is per list: the measure list's setting leaves the exemption list at the national rule.
    expect(lifecycle(merge(exemptionApproved, SCOPE('measure')), 'exemptions/HM-0001.yaml')).not.toEqual([]);
  });

  it('a measure that reduces rights still needs its consultation, and the message cites the setting’s article', () => {
    const found = lifecycle(merge(measureApproved('rights_reducing'), SCOPE('measure')), 'measures/CS-0001.yaml');
    expect(found.map((d) => d.code)).toEqual(expect.arrayContaining(['lifecycle-record-missing', 'lifecycle-transition']));
    expect(found.map((d) => d.zh).join('\n')).toContain(ART);
    // A management measure (the national list's second group) is outside the scope.
    expect(lifecycle(merge(measureApproved('management'), SCOPE('measure')), 'measures/CS-0001.yaml')).toEqual([]);
  });

  it('an incentive, approved as proposed, passes outside a rights-reducing scope and not under the national rule', () => {
    // The valid incentive fixture (on an honours item), its consultation left out.
    const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'valid', 'incentive.json'), 'utf8')) as { edit: Edits; write: Record<string, string> };
    const incentive = fixture.write['incentives/JL-0001.yaml']!
      .replace(/consultation:\n(?: {2}.*\n)+/, '')
      .replace(/ {2}- \{date: "2026-02-01", event: consultation_opened\}\n {2}- \{date: "2026-03-02", event: consultation_closed\}\n/, '');
    expect(incentive).not.toContain('consultation');
    const writes = { ...fixture.write, 'incentives/JL-0001.yaml': incentive };
    const found = (edits: Edits) => run(merge(fixture.edit, edits), writes).filter((d) => d.file === 'incentives/JL-0001.yaml' && d.code.startsWith('lifecycle-'));
    expect(found({}).map((d) => d.code)).toContain('lifecycle-transition');
    expect(found(SCOPE('incentive'))).toEqual([]);
  });

  it('which entries reduce rights: dishonesty information and rights-reducing measures; basic information, exemptions and incentives never', () => {
    const jj = Jurisdiction.parse({
      ...parseYamlFile(),
      lists: Object.fromEntries(['catalogue', 'measure', 'exemption', 'incentive'].map((l) => [l, { consultation: { applies_to: 'rights_reducing', basis: ART } }])),
    });
    expect(consultationRequired(jj, 'catalogue', { nature: 'dishonesty' })).toBe(true);
    expect(consultationRequired(jj, 'catalogue', { nature: 'basic' })).toBe(false);
    expect(consultationRequired(jj, 'catalogue', { nature: 'trustworthy' })).toBe(false);
    expect(consultationRequired(jj, 'measure', { kind: 'rights_reducing' })).toBe(true);
    expect(consultationRequired(jj, 'measure', { kind: 'voluntary_market' })).toBe(false);
    expect(consultationRequired(jj, 'exemption', { effect: ['not_recorded'] })).toBe(false);
    // An incentive grants; whatever its kind, it never reduces rights.
    const withIncentives = Jurisdiction.parse({ ...parseYamlFile(), lists: { incentive: { consultation: { applies_to: 'rights_reducing', basis: ART } } } });
    for (const kind of ['administrative', 'market', 'social']) expect(consultationRequired(withIncentives, 'incentive', { kind })).toBe(false);
    expect(consultationRequired(Jurisdiction.parse(parseYamlFile()), 'incentive', { kind: 'administrative' })).toBe(true);
  });
});

function parseYamlFile(): object {
  return parseYaml(readFileSync(path.join(BASE, 'jurisdiction.yaml'), 'utf8')) as object;
}

/** The example's site model with the profile of its jurisdiction.yaml changed by `j` (values link to the glossary: their words are compared). */
let exampleModel: SiteModel | undefined;
function siteModelWith(j: object | undefined): SiteModel {
  exampleModel ??= loadSiteModel(path.resolve(import.meta.dirname, '..'), '2026-11-22');
  return { ...exampleModel, profile: profileOf(j && Jurisdiction.parse({ ...parseYamlFile(), ...j })) };
}
const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

describe('nature labels (nature_labels): the jurisdiction’s words for natures, read through the field registry', () => {
  const LABELS = setting('nature_labels: {basic: 基本信息, dishonesty: 不良信息}');
  // ML-0001 made basic information, and the measure tied to it: P07 names both natures.
  const basicTrigger: Edits = {
    [ML1]: [['nature: dishonesty\nseverity: general\nrepair:\n  repairable: true\n', 'nature: basic\n']],
    'measures/CS-0001.yaml': [['triggers: [ML-0002]', 'triggers: [ML-0001]']],
  };

  it('the profile exposes them, over the model’s labels (English stays the model’s)', () => {
    const p = profileOf(Jurisdiction.parse({ ...parseYamlFile(), nature_labels: { dishonesty: '不良信息', trustworthy: '守信信息' } }));
    expect(valueLabelAt('catalogue', 'nature', 'dishonesty', p.valueLabels)).toEqual({ zh: '不良信息', en: 'Dishonesty information' });
    expect(valueLabelAt('catalogue', 'nature', 'basic', p.valueLabels).zh).toBe('基础信息');
    expect(valueLabelAt('catalogue', 'nature', 'dishonesty', profileOf(undefined).valueLabels).zh).toBe('失信信息');
  });

  it('messages name natures in the jurisdiction’s words', () => {
    const without = run(basicTrigger).filter((d) => d.code === 'P07-specific-trigger');
    expect(without.map((d) => d.zh)).toEqual(['触发事项 ML-0001 不是失信信息（是基础信息，basic）']);
    const withLabels = run(merge(basicTrigger, LABELS)).filter((d) => d.code === 'P07-specific-trigger');
    expect(withLabels.map((d) => d.zh)).toEqual(['触发事项 ML-0001 不是不良信息（是基本信息，basic）']);
  });

  it('the site writes a nature in the jurisdiction’s words', () => {
    const spec = FIELD_REGISTRY.catalogue.find((f) => f.path === 'nature')!;
    const model = siteModelWith;
    expect(textOf(valueHtml(spec, 'dishonesty', model({ nature_labels: { dishonesty: '不良信息' } }), 'zh', 'page'))).toBe('不良信息');
    expect(textOf(valueHtml(spec, 'dishonesty', model({ nature_labels: { dishonesty: '不良信息' } }), 'en', 'page'))).toBe('Dishonesty information');
    expect(textOf(valueHtml(spec, 'dishonesty', model({}), 'zh', 'page'))).toBe('失信信息');
  });
});

describe('nature labels in a release: the manifest carries them from format 1.2, and its CSVs write them', () => {
  // The base fixture's entries as a release publishes them (any repository has the fixture; not every one has a release).
  const fixture = new Repository(BASE);
  const published = (kind: 'catalogue' | 'measure' | 'exemption' | 'incentive') => fixture.all(kind).flatMap((f) => (f.entry ? [{ ...f.entry, id: f.id, legal_status: 'in_force' }] : []));
  const lists = { catalogue: published('catalogue'), measures: published('measure'), exemptions: published('exemption'), incentives: published('incentive') } as unknown as PublishedLists;
  const bases = fixture.all('basis').flatMap((f) => (f.entry ? [{ ...f.entry, id: f.id }] : [])) as unknown as BasesFile['bases'];
  const manifest = { formatVersion: '1.2', jurisdiction: publishedJurisdiction(fixture, '1.2') } as Manifest;
  const json = <T>(_: string) => ({ bases }) as unknown as T;
  const natureColumn = (csv: string) => {
    const rows = csv.trim().split('\n').map((r) => r.split(','));
    const at = csvHeaders('catalogue', manifest.formatVersion).indexOf('信息性质');
    return new Set(rows.slice(1).map((r) => r[at]));
  };

  it('the CSV writes each nature as the manifest’s jurisdiction names it', () => {
    const ctx = (jurisdiction: Manifest['jurisdiction']) => ({ jurisdiction, bases: json<BasesFile>('bases.json').bases, lists });
    expect(natureColumn(listCsv('catalogue', ctx(manifest.jurisdiction), manifest.formatVersion))).toContain('失信信息');
    const relabelled = natureColumn(listCsv('catalogue', ctx({ ...manifest.jurisdiction, nature_labels: { dishonesty: '不良信息' } }), manifest.formatVersion));
    expect(relabelled).toContain('不良信息');
    expect(relabelled).not.toContain('失信信息');
  });

  it('a release publishes the labels from format 1.2 only, so an earlier release rebuilds as it was', () => {
    const overlay = new Map([['jurisdiction.yaml', Buffer.from(readFileSync(path.join(BASE, 'jurisdiction.yaml'), 'utf8').replace('categories:\n', 'nature_labels: {dishonesty: 不良信息}\ncategories:\n'))]]);
    const repo = new Repository(BASE, overlay);
    expect(publishedJurisdiction(repo, '1.2').nature_labels).toEqual({ dishonesty: '不良信息' });
    expect(publishedJurisdiction(repo, '1.1')).not.toHaveProperty('nature_labels');
    expect(publishedJurisdiction(new Repository(BASE), '1.2')).not.toHaveProperty('nature_labels');
    expect(publishedJurisdiction(repo, '1.2')).not.toHaveProperty('incentive_kind_labels');
  });
});

describe('incentive kind labels (incentive_kind_labels): the jurisdiction’s words for the three kinds of incentive', () => {
  const spec = FIELD_REGISTRY.incentive.find((f) => f.path === 'kind')!;
  const model = siteModelWith;

  it('the profile exposes them over the model’s labels, and the site writes them (English stays the model’s)', () => {
    const own = { incentive_kind_labels: { administrative: '政务便利类' } };
    expect(valueLabelAt('incentive', 'kind', 'administrative', profileOf(Jurisdiction.parse({ ...parseYamlFile(), ...own })).valueLabels)).toEqual({ zh: '政务便利类', en: 'Administrative incentive' });
    expect(textOf(valueHtml(spec, 'administrative', model(own), 'zh', 'page'))).toBe('政务便利类');
    expect(textOf(valueHtml(spec, 'market', model(own), 'zh', 'page'))).toBe('市场性激励');
    expect(textOf(valueHtml(spec, 'administrative', model({}), 'zh', 'page'))).toBe('行政性激励');
  });

  it('refuses a kind the model does not have', () => {
    expect(Jurisdiction.safeParse({ ...parseYamlFile(), incentive_kind_labels: { financial: '金融类' } }).success).toBe(false);
  });
});
