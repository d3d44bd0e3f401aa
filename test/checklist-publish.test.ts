// What the site publishes from the checklist library: the per-item JSON, every entry's versions, and the slice a page
// embeds — which must give the browser exactly the checklist the build computed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveSlice, checklist, checklistHtml, itemChecklists, loadArchive, publishChecklistApi } from '../lib/checklist/index.ts';
import { Repository } from '../lib/repository.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const archive = loadArchive(path.join(REPO, 'releases'));
const jurisdiction = new Repository(REPO).jurisdiction.entry;
const out = mkdtempSync(path.join(os.tmpdir(), 'checklist-api-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the archive slice a checklist page embeds', () => {
  it('gives the same checklist as the whole archive, for every item, subject type and date tried', () => {
    let compared = 0;
    for (const item of archive.releases.at(-1)!.lists.catalogue) {
      const slice = archiveSlice(archive, item.id);
      for (const subject of item.subject_types)
        for (const [date, circumstances] of [['2026-03-25', []], ['2026-10-25', ['first_violation']], ['2026-12-01', ['force_majeure']], ['2026-12-01', ['minor_corrected', 'simple_procedure']]] as const) {
          const input = { id: item.id, subject, date, circumstances };
          let whole: unknown;
          try {
            whole = checklist(archive, input, jurisdiction);
          } catch (e) {
            whole = (e as Error).message;
          }
          let part: unknown;
          try {
            part = checklist(slice, input, jurisdiction);
          } catch (e) {
            part = (e as Error).message;
          }
          expect(part, `${item.id} ${subject} ${date}`).toEqual(whole);
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(100);
  });
  it('is much smaller than the archive', () => {
    expect(JSON.stringify(archiveSlice(archive, 'ML-0023')).length).toBeLessThan(JSON.stringify(archive).length / 2);
  });
});

describe('the published checklist API', () => {
  const written = publishChecklistApi(archive, jurisdiction, '2026-12-01', out);
  const api = path.join(out, 'api', 'v1');

  it('writes one checklist file per item of every version, and one history per entry', () => {
    expect(readdirSync(path.join(api, '2.0.2', 'checklists'))).toHaveLength(28);
    expect(readdirSync(path.join(api, '1.0.0', 'checklists'))).toHaveLength(27);
    expect(readdirSync(path.join(api, 'entries')).length).toBe(28 + 21 + 9 + 5);
    expect(written).toBe(27 + 28 + 28 + 28 + 28 + 63);
  });
  it('holds the checklist of each subject type the item records', () => {
    const j = JSON.parse(readFileSync(path.join(api, '2.0.2', 'checklists', 'ML-0023.json'), 'utf8'));
    expect(j.release.version).toBe('2.0.2');
    expect(Object.keys(j.subjects)).toEqual(['legal_person', 'unincorporated_organization']);
    expect(j.subjects.legal_person.measures).toHaveLength(11);
    const old = JSON.parse(readFileSync(path.join(api, '1.0.0', 'checklists', 'ML-0023.json'), 'utf8'));
    expect(old.release.version).toBe('1.0.0');
    expect(old.subjects.legal_person.measures.map((m: { id: string }) => m.id)).not.toContain('CS-0021');
  });
  it('publishes every version of an entry with valid_from, valid_to, release and approval', () => {
    const j = JSON.parse(readFileSync(path.join(api, 'entries', 'CS-0002.json'), 'utf8'));
    expect(j.versions.map((v: { valid_from: string; valid_to: string | null; release: string; approval: { document_number: string } }) => [v.valid_from, v.valid_to, v.release, v.approval.document_number])).toEqual([
      ['2026-04-01', '2026-10-31', '1.0.0', '示例〔2026〕3号'],
      ['2026-11-01', null, '2.0.0', '示例〔2026〕12号'],
    ]);
  });
  it('gives no checklist before the first release', () => {
    expect(itemChecklists(archive, 'ML-0023', '2026-01-01', jurisdiction)).toBeUndefined();
  });
});

describe('the HTML of a checklist', () => {
  const c = checklist(archive, { id: 'ML-0024', subject: 'natural_person', date: '2026-12-01' }, jurisdiction);
  it('has a box to tick for every measure and step, and marks Chinese data on English pages', () => {
    const zh = checklistHtml(c, 'zh', (l, id) => `/${l}/${id}/`);
    expect(zh.match(/type="checkbox"/g)!.length).toBeGreaterThanOrEqual(c.measures.length + c.procedure.length);
    expect(zh).toContain('<a href="/measures/CS-0007/">CS-0007</a>');
    expect(zh).toContain('对责任人员');
    const en = checklistHtml(c, 'en', (l, id) => `/en/${l}/${id}/`);
    expect(en).toContain('via responsible persons');
    expect(en).toContain('<span lang="zh-CN">在市场准入方面依法依规予以限制</span>');
    expect(en).not.toMatch(/<(?:li|dd|p)[^>]*>[^<]*\p{Script=Han}/u);
  });
  it('escapes data', () => {
    const evil = structuredClone(c);
    evil.measures[0]!.title = '<script>alert(1)</script>';
    expect(checklistHtml(evil, 'zh', () => '#')).not.toContain('<script>');
  });
});
