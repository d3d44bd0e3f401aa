// The field registry (schemas/fields.ts and each model's *_FIELDS): real paths, explicit labels, enums of their own.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  citationsOf,
  entryRefsOf,
  EXEMPTION_GROUNDS,
  FIELD_REGISTRY,
  fieldLabel,
  fieldsIn,
  FILE_KINDS,
  LIST_KINDS,
  mustLabel,
  SEVERITY,
  STATUS,
  HISTORY_EVENTS,
  type RegistryKind,
} from '../schemas/index.ts';
import { csvHeaders } from '../lib/release/csv.ts';
import { PUBLISHED_LISTS } from '../schemas/release.ts';

interface Def {
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  element?: z.ZodType;
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a key may resolve to under `s`, through optional wrappers, arrays and union branches. */
function children(s: z.ZodType, key: string, out: z.ZodType[] = []): z.ZodType[] {
  const d = defOf(s);
  if (d.shape && key in d.shape) out.push(d.shape[key]!);
  if (d.innerType) children(d.innerType, key, out);
  if (d.element) children(d.element, key, out);
  for (const o of d.options ?? []) children(o, key, out);
  return out;
}
const resolves = (kind: RegistryKind, path: string) =>
  path.split('.').reduce<z.ZodType[]>((level, part) => level.flatMap((s) => children(s, part)), [FILE_KINDS[kind].schema]).length > 0;

/** Fields a release adds to an entry: not in the authoring model. */
const PUBLISHED_ONLY = ['id', 'legal_status'];

describe('the field registry', () => {
  it.each(Object.keys(FIELD_REGISTRY) as RegistryKind[])('names only real fields of a %s, each once', (kind) => {
    const paths = FIELD_REGISTRY[kind].map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths.filter((p) => !PUBLISHED_ONLY.includes(p))) expect(resolves(kind, p), `${kind}.${p}`).toBe(true);
  });

  it.each(LIST_KINDS)('gives every enumeration field of a %s its own enumeration, and every facet values', (kind) => {
    for (const f of FIELD_REGISTRY[kind]) {
      if (f.value === 'enum' || f.value === 'enums') expect(f.enum, f.path).toBeDefined();
      if (f.facet) expect(['enum', 'enums', 'departments', 'category']).toContain(f.value);
      if (f.value === 'entries') expect(LIST_KINDS).toContain(f.list);
    }
  });

  it.each(PUBLISHED_LISTS)('heads %s.csv with distinct labels, the registry’s own (and format 1.0 with its frozen headers)', (list) => {
    const headers = csvHeaders(list);
    expect(new Set(headers).size).toBe(headers.length);
    expect(new Set(csvHeaders(list, '1.0')).size).toBe(csvHeaders(list, '1.0').length);
    expect(csvHeaders(list, '1.0')).toHaveLength(headers.length);
  });
  it('heads the catalogue CSV with the model’s label where format 1.0 said 具体内容', () => {
    expect(csvHeaders('catalogue')).toContain('具体行为或信息内容');
    expect(csvHeaders('catalogue', '1.0')).toContain('具体内容');
    expect(csvHeaders('catalogue', '1.0')).not.toContain('具体行为或信息内容');
  });

  it('keeps the labels explicit: the model’s wording, not parsed titles', () => {
    expect(fieldLabel('catalogue', 'content')).toEqual({ zh: '具体行为或信息内容', en: 'The concrete behaviour or content recorded' });
    expect(fieldLabel('catalogue', 'list.removal_conditions')).toEqual({ zh: '移出条件', en: 'Removal conditions' });
    expect(fieldLabel('catalogue', 'consultation.closes')).toEqual({ zh: '征求意见截止日期', en: 'Consultation closes' });
    expect(fieldLabel('basis', 'level')).toEqual({ zh: '效力层级', en: 'Level' });
    // A diff path below a field, or an array index, reads as its nearest registered field.
    expect(fieldLabel('catalogue', 'disclosure.period.years')).toEqual(fieldLabel('catalogue', 'disclosure.period'));
    expect(fieldLabel('exemption', 'conditions.2')).toEqual({ zh: '适用条件', en: 'Conditions' });
    expect(fieldLabel('catalogue', 'no_such_field')).toBeUndefined();
    expect(() => mustLabel('catalogue', 'no_such_field')).toThrow(/No field/);
  });

  it('labels each enumeration’s values its own way, so that values shared by two enumerations never collide', () => {
    expect(SEVERITY.labels.minor.zh).toBe('轻微');
    expect(EXEMPTION_GROUNDS.labels.minor.zh).toBe('未成年人');
    expect(STATUS.labels.approved.zh).toBe('已审定');
    expect(HISTORY_EVENTS.labels.approved.zh).toBe('审定通过');
    const severity = FIELD_REGISTRY.catalogue.find((f) => f.path === 'severity')!;
    expect(severity.enum!.labels.minor!.zh).toBe('轻微');
  });

  it('shows in each place only fields declared for it, in registry order', () => {
    const table = fieldsIn(FIELD_REGISTRY.measure, 'table').map((f) => f.path);
    expect(table).toEqual(['id', 'title', 'kind', 'target.description', 'triggers', 'bases', 'implementers', 'duration']);
    // applied_by stands in the implementers column for voluntary measures; it is no column of its own.
    expect(fieldsIn(FIELD_REGISTRY.measure, 'csv').map((f) => f.path)).not.toContain('applied_by');
    expect(fieldsIn(FIELD_REGISTRY.measure, 'page').map((f) => f.path)).toContain('applied_by');
  });
});

describe('what the layers ask of the registry', () => {
  const item = {
    bases: [{ basis: 'a', articles: ['第一条'] }],
    disclosure: { mode: 'public', natural_persons: { basis: { basis: 'b', articles: ['第二条'] }, desensitisation: 'x' } },
    repair: { repairable: false, basis: { basis: 'c', articles: ['第三条'] } },
    list: { standard_bases: [{ basis: 'd', articles: ['第四条'] }] },
  };
  it('finds every citation of an entry with its data path', () => {
    expect(citationsOf('catalogue', item).map((c) => [c.citation.basis, c.path.join('.')])).toEqual([
      ['a', 'bases.0'],
      ['b', 'disclosure.natural_persons.basis'],
      ['c', 'repair.basis'],
      ['d', 'list.standard_bases.0'],
    ]);
  });
  it('finds every reference to another entry, with its list and path', () => {
    expect(entryRefsOf('measure', { triggers: ['ML-0001', 'ML-0002'] })).toEqual([
      { kind: 'catalogue', id: 'ML-0001', path: ['triggers', 0] },
      { kind: 'catalogue', id: 'ML-0002', path: ['triggers', 1] },
    ]);
    expect(entryRefsOf('exemption', { applies_to: { catalogue: ['ML-0001'], measures: ['CS-0003'] } })).toEqual([
      { kind: 'catalogue', id: 'ML-0001', path: ['applies_to', 'catalogue', 0] },
      { kind: 'measure', id: 'CS-0003', path: ['applies_to', 'measures', 0] },
    ]);
    expect(entryRefsOf('exemption', { applies_to: 'all' })).toEqual([]);
  });
});

describe('hints for an enumeration field name its own values', () => {
  it('lists severity’s values with severity’s labels, never the exemption ground’s', async () => {
    const { schemaProblems } = await import('../lib/schema-messages.ts');
    const data = { severity: '很轻' };
    const issues = SEVERITY.safeParse(data.severity).error!.issues.map((i) => ({ ...i, path: ['severity'] }));
    const [p] = schemaProblems(issues, data, new Set());
    expect(p!.hint.zh).toBe('可选值：minor（轻微）、general（一般）、serious（严重）。');
    expect(schemaProblems(SEVERITY.safeParse('Minor').error!.issues, 'Minor', new Set())[0]!.hint.en).toBe('Did you mean minor? "Minor" stands for minor; write its code here: minor.');
  });
});
