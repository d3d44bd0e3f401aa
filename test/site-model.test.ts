// The site's model: built from a validated repository, links both ways, citations per article, departments, and refusal of invalid data.
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appliesToIds, entriesOf, loadSiteModel, oncePerModel, quotedArticles, SiteDataError } from '../lib/site/model.ts';

import { BASE_FIXTURE as FIXTURE } from './helpers/paths.ts';
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyFixture(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'site-model-'));
  temps.push(d);
  cpSync(FIXTURE, d, { recursive: true });
  return d;
}

describe('loadSiteModel', () => {
  const model = loadSiteModel(FIXTURE, '2026-11-22');

  it('derives a value once per model and key, and another model gets its own', () => {
    let made = 0;
    const make = (m: typeof model) => () => (made++, m.today);
    expect(oncePerModel(model, 'test:today', make(model))).toBe('2026-11-22');
    expect(oncePerModel(model, 'test:today', make(model))).toBe('2026-11-22');
    expect(made).toBe(1);
    const later = loadSiteModel(FIXTURE, '2026-12-01');
    expect(oncePerModel(later, 'test:today', make(later))).toBe('2026-12-01');
    expect(made).toBe(2);
    expect(entriesOf(later, 'catalogue')).not.toBe(entriesOf(model, 'catalogue'));
    expect(entriesOf(model, 'catalogue')).toBe(entriesOf(model, 'catalogue'));
  });

  it('holds every entry of the three lists, ordered by list then ID', () => {
    expect(model.entries.map((e) => e.id)).toEqual(['ML-0001', 'ML-0002', 'CS-0001', 'HM-0001']);
    expect(entriesOf(model, 'measure').map((e) => e.id)).toEqual(['CS-0001']);
  });

  it('links measures and exemptions to the entries they name, and back', () => {
    const ml2 = model.byId.get('ML-0002')!;
    const cs1 = model.byId.get('CS-0001')!;
    expect(cs1.linksOut).toEqual([{ list: 'catalogue', id: 'ML-0002', via: 'trigger' }]);
    expect(ml2.linksIn).toEqual([{ list: 'measure', id: 'CS-0001', via: 'trigger' }]);
    expect(model.byId.get('ML-0001')!.linksIn).toEqual([{ list: 'exemption', id: 'HM-0001', via: 'exemption' }]);
  });

  it('records which entries cite each article, with the narrowed reference and its role', () => {
    const b = model.basisById.get('wage-payment-regulation')!;
    expect(b.citedBy.get('第四十八条')).toEqual([
      { id: 'ML-0002', ref: '第四十八条', role: 'bases' },
      { id: 'ML-0002', ref: '第四十八条', role: 'standard' },
      { id: 'CS-0001', ref: '第四十八条', role: 'bases' },
    ]);
    const sd = model.basisById.get('shandong-social-credit-regulation')!;
    expect(sd.citedBy.get('第十三条')).toContainEqual({ id: 'ML-0001', ref: '第十三条第一款第（一）项', role: 'bases' });
    expect(sd.citers.sort()).toEqual(['CS-0001', 'HM-0001', 'ML-0001', 'ML-0002']);
  });

  it('groups an entry’s citations so each article is quoted once with all its roles', () => {
    const q = quotedArticles(model.byId.get('ML-0002')!);
    expect(q.find((x) => x.basis === 'wage-payment-regulation')!.articles).toEqual([{ article: '第四十八条', refs: ['第四十八条'], roles: ['bases', 'standard'] }]);
    const cs = quotedArticles(model.byId.get('CS-0001')!).find((x) => x.basis === 'shandong-social-credit-regulation')!;
    expect(cs.articles.map((a) => [a.article, a.refs])).toEqual([
      ['第三十条', ['第三十条第一款第（五）项']],
      ['第三十一条', ['第三十一条']],
    ]);
  });

  it('knows what each department provides, implements and proposed', () => {
    expect(model.departmentById.get('hrss')).toMatchObject({ provides: ['ML-0001', 'ML-0002'], implements: [], proposed: ['ML-0001'] });
    expect(model.departmentById.get('finance')).toMatchObject({ provides: [], implements: ['CS-0001'], proposed: ['CS-0001'] });
    expect(model.byId.get('CS-0001')!.departments).toEqual(['finance']);
  });

  it('computes each entry’s phase for the given day', () => {
    expect(model.byId.get('ML-0001')!.phase).toMatchObject({ code: 'in_force', inForce: true, effective: '2026-05-01' });
    expect(model.byId.get('CS-0001')!.phase).toMatchObject({ code: 'consultation_closed', inForce: false });
    expect(loadSiteModel(FIXTURE, '2026-10-15').byId.get('CS-0001')!.phase.code).toBe('consultation_open');
    expect(model.byId.get('HM-0001')!.phase.code).toBe('proposed');
  });

  it('lists an exemption’s named entries, catalogue items first', () => {
    expect(appliesToIds({ catalogue: ['ML-0001'], measures: ['CS-0001'] })).toEqual(['ML-0001', 'CS-0001']);
    expect(appliesToIds({ measures: ['CS-0002'] })).toEqual(['CS-0002']);
  });

  it('treats a fresh jurisdiction (no entries, no bases) as an empty but valid site', () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'site-empty-'));
    temps.push(d);
    cpSync(path.join(FIXTURE, 'jurisdiction.yaml'), path.join(d, 'jurisdiction.yaml'));
    const m = loadSiteModel(d, '2026-11-22');
    expect(m.entries).toEqual([]);
    expect(m.bases).toEqual([]);
    expect(m.departments.map((x) => x.id)).toEqual(['sdrc', 'hrss', 'finance']);
  });
});

describe('invalid data', () => {
  it('throws the validator’s own text report, with file:line:col and both languages', () => {
    const root = copyFixture();
    const file = path.join(root, 'measures', 'CS-0001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('triggers: [ML-0002]', 'triggers: [ML-0099]'));
    let err: unknown;
    try {
      loadSiteModel(root, '2026-11-22');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SiteDataError);
    const text = (err as Error).message;
    expect(text).toMatch(/^measures\/CS-0001\.yaml:\d+:\d+ {2}错误 error {2}\[ref-entry\]/m);
    expect(text).toContain('ML-0099');
    expect(text).toMatch(/✖ \d+ 个错误/);
    expect((err as Error).stack).toBe(text);
  });
});
