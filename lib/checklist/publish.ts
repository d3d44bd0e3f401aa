// What the site publishes from the checklist library: per catalogue item the checklist for each subject type it records
// (/api/v1/<version>/checklists/<ID>.json), every entry's versions across releases (/api/v1/entries/<ID>.json), and the
// slice of the archive a checklist page embeds so the browser can recompute it with the same function.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Jurisdiction } from '../../schemas/index.ts';
import { PUBLISHED_LISTS, type PublishedList } from '../../schemas/release.ts';
import type { PublishedEntry } from '../release/publish.ts';
import { entryHistory, releaseOn, type Archive } from './archive.ts';
import { checklist, type Checklist, type SubjectType } from './checklist.ts';
import { ChecklistError } from './errors.ts';

export const CHECKLIST_FORMAT_VERSION = '1.0';

export interface ItemChecklists {
  formatVersion: string;
  id: string;
  date: string;
  release: Checklist['release'];
  /** One checklist per subject type the item records, without circumstances. */
  subjects: Partial<Record<SubjectType, Checklist>>;
}

/** The checklists of one item as of `date` under one release, or undefined when the date is before the first release. */
export function itemChecklists(archive: Archive, id: string, date: string, jurisdiction: Jurisdiction | undefined, release?: string): ItemChecklists | undefined {
  let first: Checklist;
  try {
    first = checklist(archive, { id, date, ...(release ? { release } : {}) }, jurisdiction);
  } catch (e) {
    if (e instanceof ChecklistError && (e.code === 'before_first_release' || e.code === 'unknown_id')) return undefined;
    throw e;
  }
  const subjects: ItemChecklists['subjects'] = {};
  for (const s of first.item.subject_types) subjects[s] = s === first.subject.type ? first : checklist(archive, { id, date, subject: s, release: first.release.version }, jurisdiction);
  return { formatVersion: CHECKLIST_FORMAT_VERSION, id, date, release: first.release, subjects };
}

/** Catalogue item IDs of the release that speaks for `date` (none before the first release). */
export function checklistItemIds(archive: Archive, date: string): string[] {
  try {
    return releaseOn(archive, date).lists.catalogue.map((e) => e.id);
  } catch (e) {
    if (e instanceof ChecklistError) return [];
    throw e;
  }
}

/** The part of the archive one item's checklist reads: the item, the measures any of its versions triggers, every exemption, the bases they cite. */
export function archiveSlice(archive: Archive, id: string): Archive {
  const measureIds = new Set<string>();
  for (const r of archive.releases) for (const m of r.lists.measures) if (m.triggers.includes(id)) measureIds.add(m.id);
  return {
    releases: archive.releases.map((r) => {
      const lists = {
        catalogue: r.lists.catalogue.filter((e) => e.id === id),
        measures: r.lists.measures.filter((m) => measureIds.has(m.id)),
        exemptions: r.lists.exemptions,
        incentives: [],
      };
      const cited = new Set<string>();
      for (const e of [...lists.catalogue, ...lists.measures, ...lists.exemptions] as PublishedEntry[]) for (const c of e.bases) cited.add(c.basis);
      for (const e of lists.catalogue) if (e.repair && !e.repair.repairable) cited.add(e.repair.basis.basis);
      return {
        ...r,
        manifest: { ...r.manifest, files: [] },
        lists,
        bases: r.bases.filter((b) => cited.has(b.id)),
      };
    }),
  };
}

const json = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

/** Write /api/v1/<version>/checklists/<ID>.json for every version and item, and /api/v1/entries/<ID>.json; returns files written. */
export function publishChecklistApi(archive: Archive, jurisdiction: Jurisdiction | undefined, date: string, outDir: string): number {
  const api = path.join(outDir, 'api', 'v1');
  let n = 0;
  for (const r of archive.releases) {
    const dir = path.join(api, r.version, 'checklists');
    for (const item of r.lists.catalogue) {
      const c = itemChecklists(archive, item.id, date, jurisdiction, r.version);
      if (!c) continue;
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `${item.id}.json`), json(c));
      n++;
    }
  }
  const entriesDir = path.join(api, 'entries');
  const seen = new Set<string>();
  for (const r of [...archive.releases].reverse())
    for (const list of PUBLISHED_LISTS as readonly PublishedList[])
      for (const e of r.lists[list] as PublishedEntry[]) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        mkdirSync(entriesDir, { recursive: true });
        writeFileSync(path.join(entriesDir, `${e.id}.json`), json({ formatVersion: CHECKLIST_FORMAT_VERSION, ...entryHistory(archive, list, e.id) }));
        n++;
      }
  return n;
}
