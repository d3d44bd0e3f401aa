// The case checklist as a table of cases (test/checklist/*.yaml): inputs, expected measures, exclusions, exemptions,
// steps and repair path, each expectation with the seed paragraph or article it comes from. Run against the real
// release archive; a case may change entries of an in-memory copy (`overrides`) where the example data has no instance.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EXEMPTION_EFFECTS } from '../schemas/index.ts';
import { checklist, ChecklistError, EXCLUSION_REASONS, loadArchive, type Archive, type Checklist } from '../lib/checklist/index.ts';
import { Repository } from '../lib/repository.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const CASES_DIR = path.join(import.meta.dirname, 'checklist');
const ARCHIVE = loadArchive(path.join(REPO, 'releases'));
const JURISDICTION = new Repository(REPO).jurisdiction.entry!;

const Id = z.string().regex(/^[A-Z]{2}-\d{4}$/);
const Expect = z.strictObject({
  error: z.string().optional(),
  release: z.string().optional(),
  item: z.strictObject({ legal_status: z.enum(['in_force', 'not_yet_in_force', 'repealed']) }).optional(),
  measures: z.array(Id).optional(),
  discretionary: z.array(Id).optional(),
  lenient: z.array(Id).optional(),
  via: z.record(z.string(), z.enum(['direct', 'responsible_person'])).optional(),
  valid_from: z.record(z.string(), z.string()).optional(),
  bases: z.record(z.string(), z.array(z.strictObject({ basis: z.string(), cited: z.string(), text_includes: z.string() }))).optional(),
  excluded: z.array(z.strictObject({ id: Id, reason: z.string(), by: Id.optional(), effect: z.string().optional(), date: z.string().optional() })).optional(),
  exemptions: z.array(z.strictObject({ id: Id, effect: z.array(z.string()) })).optional(),
  consider: z.array(Id).optional(),
  unavailable: z.array(z.strictObject({ id: Id, reason: z.string() })).optional(),
  not_recorded_by: Id.nullable().optional(),
  not_published_by: Id.nullable().optional(),
  steps: z.array(z.strictObject({ key: z.string(), days: z.int().optional(), day_unit: z.string().optional(), details_include: z.array(z.string()).optional() })).optional(),
  absent_steps: z.array(z.string()).optional(),
  repair: z
    .union([
      z.null(),
      z.strictObject({ tier: z.string(), min_months: z.int().optional(), max_months: z.int().optional(), repairable: z.boolean(), removal: z.boolean(), set_by_law: z.boolean().optional() }),
    ])
    .optional(),
});
const Case = z.strictObject({
  name: z.string().min(1),
  /** Why the archive is changed for this case: the example data has no instance of what is tested. */
  synthetic: z.string().optional(),
  overrides: z
    .array(z.strictObject({ list: z.enum(['catalogue', 'measures', 'exemptions']), id: Id, release: z.string().optional(), set: z.record(z.string(), z.unknown()) }))
    .optional(),
  input: z.strictObject({
    id: z.string(),
    subject: z.enum(['natural_person', 'legal_person', 'unincorporated_organization']).optional(),
    circumstances: z.array(z.string()).optional(),
    date: z.string(),
    release: z.string().optional(),
  }),
  expect: Expect,
  /** For every expectation, the seed paragraph, article or entry it comes from. */
  sources: z.record(z.string(), z.string().min(8)),
});
type Case = z.infer<typeof Case>;

const files = readdirSync(CASES_DIR).filter((f) => f.endsWith('.yaml')).sort();
const cases: { file: string; c: Case }[] = files.flatMap((file) => {
  const doc = parse(readFileSync(path.join(CASES_DIR, file), 'utf8')) as { cases: unknown[] };
  return doc.cases.map((raw, i) => {
    const parsed = Case.safeParse(raw);
    if (!parsed.success) throw new Error(`test/checklist/${file}, case ${i + 1}: ${z.prettifyError(parsed.error)}`);
    return { file, c: parsed.data };
  });
});

function withOverrides(archive: Archive, c: Case): Archive {
  if (!c.overrides) return archive;
  const copy = structuredClone(archive);
  for (const o of c.overrides) {
    let hit = 0;
    for (const r of copy.releases) {
      if (o.release && r.version !== o.release) continue;
      const entries = r.lists[o.list] as unknown as Record<string, unknown>[];
      for (const e of entries) if (e.id === o.id) (Object.assign(e, o.set), hit++);
    }
    if (hit === 0) throw new Error(`${c.name}: override of ${o.id} matched nothing`);
  }
  return copy;
}

function run(c: Case): Checklist | ChecklistError {
  try {
    return checklist(withOverrides(ARCHIVE, c), c.input, JURISDICTION);
  } catch (e) {
    if (e instanceof ChecklistError) return e;
    throw e;
  }
}

const results = new Map<string, Checklist | ChecklistError>();

describe('checklist cases (test/checklist/*.yaml)', () => {
  it('has case files', () => expect(cases.length).toBeGreaterThan(10));

  for (const { file, c } of cases) {
    it(`${file}: ${c.name}`, () => {
      for (const key of Object.keys(c.expect)) expect(c.sources[key], `expectation "${key}" needs a source`).toBeDefined();
      if (c.overrides) expect(c.synthetic, 'a case that changes the archive says why').toBeDefined();
      const r = run(c);
      results.set(c.name, r);
      const x = c.expect;
      if (x.error !== undefined) {
        expect(r).toBeInstanceOf(ChecklistError);
        expect((r as ChecklistError).code).toBe(x.error);
        expect((r as ChecklistError).zh).toMatch(/[\u4e00-\u9fff]/);
        return;
      }
      if (r instanceof ChecklistError) throw new Error(`unexpected error ${r.code}: ${r.message}`);
      if (x.release) expect(r.release.version).toBe(x.release);
      if (x.item) expect(r.item.legal_status).toBe(x.item.legal_status);
      if (x.measures) expect(r.measures.map((m) => m.id).sort()).toEqual([...x.measures].sort());
      if (x.discretionary) expect(r.measures.filter((m) => m.discretionary).map((m) => m.id).sort()).toEqual([...x.discretionary].sort());
      if (x.lenient) expect(r.measures.filter((m) => m.lenient).map((m) => m.id).sort()).toEqual([...x.lenient].sort());
      for (const [id, via] of Object.entries(x.via ?? {})) expect(r.measures.find((m) => m.id === id)?.via, id).toBe(via);
      for (const [id, from] of Object.entries(x.valid_from ?? {})) expect(r.measures.find((m) => m.id === id)?.valid_from, id).toBe(from);
      for (const [id, want] of Object.entries(x.bases ?? {}))
        for (const b of want) {
          const quoted = r.measures.find((m) => m.id === id)?.bases.find((q) => q.basis === b.basis)?.articles.find((a) => a.cited === b.cited);
          expect(quoted?.text, `${id} ${b.basis} ${b.cited}`).toContain(b.text_includes);
        }
      if (x.excluded) {
        expect(r.excluded.map((e) => e.id).sort()).toEqual(x.excluded.map((e) => e.id).sort());
        for (const e of x.excluded) expect(r.excluded.find((y) => y.id === e.id), e.id).toMatchObject(Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)));
      }
      if (x.exemptions) expect(r.exemptions.map((e) => ({ id: e.id, effect: e.effect }))).toEqual(x.exemptions);
      if (x.consider) expect(r.consider.map((e) => e.id).sort()).toEqual([...x.consider].sort());
      if (x.unavailable) expect(r.unavailable).toEqual(x.unavailable);
      if ('not_recorded_by' in x) expect(r.not_recorded_by ?? null).toBe(x.not_recorded_by);
      if ('not_published_by' in x) expect(r.not_published_by ?? null).toBe(x.not_published_by);
      let at = -1;
      for (const s of x.steps ?? []) {
        const i = r.procedure.findIndex((p) => p.key === s.key);
        expect(i, `step ${s.key} (steps: ${r.procedure.map((p) => p.key).join(', ')})`).toBeGreaterThan(at);
        at = i;
        const step = r.procedure[i]!;
        expect(step.step).toBe(i + 1);
        expect(step.source.length).toBeGreaterThan(4);
        if (s.days !== undefined) expect(step.days).toBe(s.days);
        if (s.day_unit !== undefined) expect(step.day_unit).toBe(s.day_unit);
        for (const d of s.details_include ?? []) expect(step.details?.map((y) => y.value).join('\n')).toContain(d);
      }
      for (const k of x.absent_steps ?? []) expect(r.procedure.map((p) => p.key)).not.toContain(k);
      if (x.repair === null) expect(r.repair).toBeNull();
      else if (x.repair) {
        expect(r.repair).not.toBeNull();
        const p = r.repair!;
        expect(p.tier).toBe(x.repair.tier);
        expect(p.repairable).toBe(x.repair.repairable);
        expect(p.removal !== undefined).toBe(x.repair.removal);
        if (x.repair.min_months !== undefined) expect(p.publicity?.min_months).toBe(x.repair.min_months);
        if (x.repair.max_months !== undefined) expect(p.publicity?.max_months).toBe(x.repair.max_months);
        if (x.repair.set_by_law !== undefined) expect(p.period?.set_by_law).toBe(x.repair.set_by_law);
      }
    });
  }

  it('covers every exclusion reason and every exemption effect', () => {
    const ok = [...results.values()].filter((r): r is Checklist => !(r instanceof ChecklistError));
    const reasons = new Set(ok.flatMap((r) => r.excluded.map((e) => e.reason)));
    expect([...reasons].sort()).toEqual(Object.keys(EXCLUSION_REASONS).sort());
    const effects = new Set(ok.flatMap((r) => r.exemptions.flatMap((e) => e.effect)));
    expect([...effects].sort()).toEqual(Object.keys(EXEMPTION_EFFECTS.labels).sort());
  });
});
