// What the site shows, built once from a validated repository: entries with their phase and links both ways,
// legal instruments with the entries citing each article, departments with what they provide and implement.
import path from 'node:path';
import {
  articleOf,
  catalogueLabelOf,
  profileOf,
  selfNameOf,
  citationsOf,
  entryRefsOf,
  LIST_KINDS,
  LISTS,
  parseQualifiedRef,
  type Basis,
  type CatalogueItem,
  type Citation,
  type Exemption,
  type Incentive,
  type Jurisdiction,
  type Label,
  type ListKind,
  type Measure,
  type Profile,
} from '../../schemas/index.ts';
import { countBySeverity, type Bilingual, type Diagnostic } from '../diagnostics.ts';
import { formatText } from '../format.ts';
import type { LoadShare } from '../load-share.ts';
import type { LoadedFile } from '../repository.ts';
import { upstreamLabel } from '../upstream/resolve.ts';
import { validate } from '../validate.ts';
import { phaseOn, type PhaseOn as Phase } from '../lifecycle/index.ts';

/** Where a citation sits in an entry: its bases, the basis for no repair, for disclosing persons, or for a list's standard. */
export type CitationRole = 'bases' | 'repair' | 'natural_persons' | 'standard';

export interface CitationUse {
  role: CitationRole;
  citation: Citation;
}

/** A link from one entry to another: a measure's trigger, or an exemption's scope (named, or every entry). */
export interface EntryLink {
  list: ListKind;
  id: string;
  via: 'trigger' | 'exemption' | 'exemption_all' | 'qualifying';
}

interface EntryCommon {
  id: string;
  /** Repository-relative path of the YAML file. */
  file: string;
  phase: Phase;
  /** Departments named by the entry: providers or implementers, and the proposer. */
  departments: string[];
  citations: CitationUse[];
  /** Entries this one names. */
  linksOut: EntryLink[];
  /** Entries naming this one. */
  linksIn: EntryLink[];
}

export type SiteEntry =
  | (EntryCommon & { list: 'catalogue'; data: CatalogueItem })
  | (EntryCommon & { list: 'measure'; data: Measure })
  | (EntryCommon & { list: 'exemption'; data: Exemption })
  | (EntryCommon & { list: 'incentive'; data: Incentive });

export interface Citer {
  id: string;
  /** The article as the entry cites it, possibly narrowed to a paragraph or item. */
  ref: string;
  role: CitationRole;
}

export interface SiteBasis {
  id: string;
  data: Basis;
  /** Entries citing each article, by article number. */
  citedBy: Map<string, Citer[]>;
  /** Every entry citing the instrument, once each. */
  citers: string[];
}

export interface SiteDepartment {
  id: string;
  name: string;
  name_en?: string;
  provides: string[];
  implements: string[];
  proposed: string[];
}

export interface SiteModel {
  root: string;
  today: string;
  jurisdiction: Jurisdiction;
  /** The jurisdiction's profile: who approves each list, time limits, period rules, each with its article. */
  profile: Profile;
  /** How public texts refer to the jurisdiction: 本省, 本市, 本县 (jurisdiction.yaml level, or self_name). */
  selfName: string;
  /** The catalogue's name: 公共信用信息补充目录, or 公共信用信息目录 for a whole catalogue. */
  catalogueLabel: Label;
  /** Every entry of the three lists, by list then ID. */
  entries: SiteEntry[];
  byId: Map<string, SiteEntry>;
  bases: SiteBasis[];
  basisById: Map<string, SiteBasis>;
  departments: SiteDepartment[];
  departmentById: Map<string, SiteDepartment>;
  /** Validator warnings: they do not stop the build, but the build prints them. */
  warnings: Diagnostic[];
  /** Files checked by the validator. */
  files: number;
  /** Entries of the upper levels that this jurisdiction's entries cite (`110000:ML-0023`), as their releases publish them. */
  upstreamRef(ref: string): UpstreamRef | undefined;
  /** The upper levels' catalogue items this jurisdiction's entries cite, each with the measures of every level it triggers. */
  upstreamItems: UpstreamItem[];
}

/** An upper level's catalogue item cited here: its page on this site lists the measures of both levels it triggers. */
export interface UpstreamItem extends UpstreamRef {
  divisionCode: string;
  /** Its ID in the upper level's release. */
  localId: string;
  content?: string;
  /** The upper level's measures it triggers, in the pinned release. */
  upperMeasures: UpstreamRef[];
  /** This jurisdiction's measures it triggers. */
  ownMeasures: string[];
  /** This jurisdiction's exemptions that name it. */
  ownExemptions: string[];
}

/** An upstream entry as the site shows it beside the local entry that cites it. */
export interface UpstreamRef {
  id: string;
  title: string;
  title_en?: string;
  /** 某省（110000）2.0.2 版. */
  source: Bilingual;
  /** Its page on the upper level's site, when the pin's source is that site's /api/v1/. */
  url?: string;
  /** Its legal status in that release. */
  legal_status?: string;
}

/** Invalid data: the message is the validator's own text report, shown as is (no stack trace). */
export class SiteDataError extends Error {
  constructor(report: string) {
    super(report);
    this.name = 'SiteDataError';
    this.stack = report;
  }
}

const listOrder = (list: ListKind) => LIST_KINDS.indexOf(list);

function roleOf(p: (string | number)[]): CitationRole {
  return p[0] === 'repair' ? 'repair' : p[0] === 'disclosure' ? 'natural_persons' : p[0] === 'list' ? 'standard' : 'bases';
}

/** How an entry of each list names others: a measure's triggers, an exemption's scope, an incentive's qualifying items. */
const LINK_VIA: Record<ListKind, EntryLink['via']> = { catalogue: 'trigger', measure: 'trigger', exemption: 'exemption', incentive: 'qualifying' };

/** The departments an entry's own fields name as implementing it (measures and incentives). */
const implementersOf = (e: SiteEntry): string[] => ('implementers' in e.data ? e.data.implementers : []);

function departmentsOf(e: SiteEntry): string[] {
  const own = e.list === 'catalogue' ? e.data.providers : implementersOf(e);
  const proposer = e.data.proposal?.department;
  return [...new Set(proposer ? [...own, proposer] : own)];
}

/**
 * Validate the repository at `root` and build the site model; throws SiteDataError with the validator's report on any
 * error. `share`: the loading is split with other processes building from the same data at once (load-share.ts).
 */
export function loadSiteModel(rootDir: string, today: string, share?: LoadShare): SiteModel {
  const root = path.resolve(rootDir);
  const { diagnostics, files, repository } = validate(root, undefined, undefined, share);
  if (countBySeverity(diagnostics).errors > 0) throw new SiteDataError(formatText(diagnostics, files.length));
  const jurisdiction = repository.jurisdiction.entry!;

  const entries: SiteEntry[] = [];
  for (const list of LIST_KINDS)
    for (const f of repository.all(list) as LoadedFile<ListKind>[]) {
      const data = f.entry!;
      const e = {
        list,
        id: f.id,
        file: f.file,
        data,
        phase: phaseOn(data, today),
        departments: [],
        citations: citationsOf(list, data).map(({ citation, path: p }) => ({ role: roleOf(p), citation })),
        linksOut: entryRefsOf(list, data).map(({ kind, id }) => ({ list: kind, id, via: LINK_VIA[list] })),
        linksIn: [],
      } as unknown as SiteEntry;
      e.departments = departmentsOf(e);
      entries.push(e);
    }
  entries.sort((a, b) => listOrder(a.list) - listOrder(b.list) || a.id.localeCompare(b.id));
  const byId = new Map(entries.map((e) => [e.id, e]));

  for (const e of entries) {
    for (const l of e.linksOut) byId.get(l.id)?.linksIn.push({ list: e.list, id: e.id, via: l.via });
    if (e.list === 'exemption' && e.data.applies_to === 'all')
      for (const t of entries) if (t.list === 'catalogue' || t.list === 'measure') t.linksIn.push({ list: 'exemption', id: e.id, via: 'exemption_all' });
  }

  const bases: SiteBasis[] = repository
    .all('basis')
    .map((f) => ({ id: f.id, data: f.entry!, citedBy: new Map<string, Citer[]>(), citers: [] as string[] }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const basisById = new Map(bases.map((b) => [b.id, b]));
  // What is recorded already, so that an instrument cited by every entry is not searched once per entry (quadratic).
  const recorded = new Set<string>();
  for (const e of entries)
    for (const { role, citation } of e.citations) {
      const b = basisById.get(citation.basis);
      if (!b) continue;
      const citer = `${b.id}\0${e.id}`;
      if (!recorded.has(citer)) {
        recorded.add(citer);
        b.citers.push(e.id);
      }
      for (const ref of citation.articles) {
        const number = articleOf(ref);
        const list: Citer[] = b.citedBy.get(number) ?? [];
        const cite = `${citer}\0${number}\0${ref}\0${role}`;
        if (!recorded.has(cite)) {
          recorded.add(cite);
          list.push({ id: e.id, ref, role });
        }
        b.citedBy.set(number, list);
      }
    }

  const departments: SiteDepartment[] = jurisdiction.departments.map((d) => ({
    id: d.id,
    name: d.name,
    ...(d.name_en ? { name_en: d.name_en } : {}),
    provides: [],
    implements: [],
    proposed: [],
  }));
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  for (const e of entries) {
    if (e.list === 'catalogue') for (const d of e.data.providers) departmentById.get(d)?.provides.push(e.id);
    for (const d of implementersOf(e)) departmentById.get(d)?.implements.push(e.id);
    const p = e.data.proposal?.department;
    if (p) departmentById.get(p)?.proposed.push(e.id);
  }

  const upstreamRef = (ref: string): UpstreamRef | undefined => {
    for (const kind of LIST_KINDS) {
      const hit = repository.upstream.lookup(ref, LISTS[kind].published);
      if (hit.found !== 'entry') continue;
      const e = hit.entry as unknown as { title: string; title_en?: string; legal_status?: string };
      const site = /^https?:\/\//.test(hit.release.pin.source) ? hit.release.pin.source.replace(/\/?api\/v1\/?$/, '/') : undefined;
      return {
        id: ref,
        title: e.title,
        ...(e.title_en ? { title_en: e.title_en } : {}),
        source: upstreamLabel(hit.release),
        ...(site ? { url: new URL(`${LISTS[kind].slug}/${hit.id}/`, site.endsWith('/') ? site : `${site}/`).href } : {}),
        ...(e.legal_status ? { legal_status: e.legal_status } : {}),
      };
    }
    return undefined;
  };
  const namedHere = (ref: string, via: EntryLink['via'], list: ListKind) => entries.filter((e) => e.list === list && e.linksOut.some((l) => l.id === ref && l.via === via)).map((e) => e.id);
  const cited = [...new Set(entries.flatMap((e) => e.linksOut.filter((l) => l.list === 'catalogue' && parseQualifiedRef(l.id)).map((l) => l.id)))].sort();
  const upstreamItems: UpstreamItem[] = cited.flatMap((ref) => {
    const hit = repository.upstream.lookup(ref, LISTS.catalogue.published);
    if (hit.found !== 'entry') return [];
    const code = hit.release.pin.division_code;
    const measures = (hit.release.lists?.measures ?? []) as unknown as { id: string; triggers: string[] }[];
    return [
      {
        ...upstreamRef(ref)!,
        divisionCode: code,
        localId: hit.id,
        ...((hit.entry as { content?: string }).content ? { content: (hit.entry as { content: string }).content } : {}),
        upperMeasures: measures.filter((m) => m.triggers.includes(hit.id)).map((m) => upstreamRef(`${code}:${m.id}`)!),
        ownMeasures: namedHere(ref, 'trigger', 'measure'),
        ownExemptions: namedHere(ref, 'exemption', 'exemption'),
      },
    ];
  });

  return {
    root,
    today,
    jurisdiction,
    profile: profileOf(jurisdiction),
    selfName: selfNameOf(jurisdiction),
    catalogueLabel: catalogueLabelOf(jurisdiction),
    entries,
    byId,
    bases,
    basisById,
    departments,
    departmentById,
    warnings: diagnostics,
    files: files.length,
    upstreamRef,
    upstreamItems,
  };
}

const derived = new WeakMap<SiteModel, Map<string, unknown>>();

/**
 * A value derived from the model, made once per model and `key`: the pages ask for the same lists, rows and frames
 * thousands of times. What it returns is shared, so never to be changed.
 */
export function oncePerModel<T>(model: SiteModel, key: string, make: () => T): T {
  let values = derived.get(model);
  if (!values) derived.set(model, (values = new Map()));
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}

/** The entries of one list, in order (once per model: every list page asks). */
export function entriesOf<L extends ListKind>(model: SiteModel, list: L): readonly Extract<SiteEntry, { list: L }>[] {
  return oncePerModel(model, `entries:${list}`, () => model.entries.filter((e): e is Extract<SiteEntry, { list: L }> => e.list === list));
}

/** The quoted text of an article of a basis (the article part of a narrowed reference). */
export function articleText(basis: Basis, ref: string): string | undefined {
  return basis.articles.find((a) => a.number === articleOf(ref))?.text;
}

export interface QuotedArticle {
  /** The article number, e.g. 第十三条. */
  article: string;
  /** How the entry cites it, e.g. 第十三条第一款第（四）项, once each. */
  refs: string[];
  roles: CitationRole[];
}

/** An entry's citations grouped by instrument, then article, so that each article is quoted once with every role it plays. */
export function quotedArticles(e: SiteEntry): { basis: string; articles: QuotedArticle[] }[] {
  const byBasis = new Map<string, Map<string, QuotedArticle>>();
  for (const { role, citation } of e.citations) {
    let articles = byBasis.get(citation.basis);
    if (!articles) byBasis.set(citation.basis, (articles = new Map()));
    for (const ref of citation.articles) {
      const article = articleOf(ref);
      let q = articles.get(article);
      if (!q) articles.set(article, (q = { article, refs: [], roles: [] }));
      if (!q.refs.includes(ref)) q.refs.push(ref);
      if (!q.roles.includes(role)) q.roles.push(role);
    }
  }
  return [...byBasis].map(([basis, articles]) => ({ basis, articles: [...articles.values()] }));
}

/** The entries an exemption names (catalogue items first, then measures). */
export function appliesToIds(a: Exclude<Exemption['applies_to'], 'all'>): string[] {
  return [...('catalogue' in a ? a.catalogue : []), ...(a.measures ?? [])];
}
