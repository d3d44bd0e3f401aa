// Every kind of page the site has, once: its path pattern, which view renders it (or which feed), the pages it has
// (their params are IDs only), and the view's props looked up from those IDs. The integration injects one route per
// kind and language from this table; adding a page kind is one entry here (and its view in views/).
import { LIST_KINDS, type ListKind } from '../../schemas/index.ts';
import { cachedArchive, checklistItemIds } from '../../lib/checklist/index.ts';
import type { SiteContext } from './context.ts';
import { entriesOf } from '../../lib/site/model.ts';
import { consultationGroups } from './consultations.ts';
import { filterPages } from './facets.ts';
import { laterPages } from './paging.ts';
import { LANGS, LIST_OF_SLUG, LIST_SLUG, type Lang } from './routes.ts';

export type Params = Record<string, string | undefined>;

export interface PageKind {
  /** Astro route pattern under the base path and the language prefix; '' is the home page. */
  pattern: string;
  /** The view in site/src/views/ (file name without .astro) that renders it; or the Atom feed it serves. */
  render: { view: string } | { feed: 'releases' | 'consultations' };
  /** A dynamic pattern's pages: one params object each, IDs only. */
  paths?: (ctx: SiteContext) => Params[];
  /** The view's props (besides lang), looked up from the params. */
  props?: (ctx: SiteContext, params: Params) => Record<string, unknown>;
  /** Languages it exists in (default: every language). */
  langs?: readonly Lang[];
}

const list = (p: Params): ListKind => LIST_OF_SLUG[p.list!]!;

export const PAGE_KINDS = {
  home: { pattern: '', render: { view: 'Home' } },
  list: {
    pattern: '[list]',
    render: { view: 'List' },
    paths: () => LIST_KINDS.map((l) => ({ list: LIST_SLUG[l] })),
    props: (_, p) => ({ list: list(p) }),
  },
  filter: {
    pattern: '[list]/filter/[facet]/[value]',
    render: { view: 'List' },
    paths: (ctx) => filterPages(ctx.model).map(({ list: l, facet, value }) => ({ list: LIST_SLUG[l], facet: facet.key, value: value.slug })),
    props: (_, p) => ({ list: list(p), facet: p.facet, value: p.value }),
  },
  listPage: {
    pattern: '[list]/page/[page]',
    render: { view: 'List' },
    paths: (ctx) => LIST_KINDS.flatMap((l) => laterPages(entriesOf(ctx.model, l).length).map((page) => ({ list: LIST_SLUG[l], page }))),
    props: (_, p) => ({ list: list(p), page: Number(p.page) }),
  },
  filterPage: {
    pattern: '[list]/filter/[facet]/[value]/page/[page]',
    render: { view: 'List' },
    paths: (ctx) =>
      filterPages(ctx.model).flatMap(({ list: l, facet, value }) => laterPages(value.entries.length).map((page) => ({ list: LIST_SLUG[l], facet: facet.key, value: value.slug, page }))),
    props: (_, p) => ({ list: list(p), facet: p.facet, value: p.value, page: Number(p.page) }),
  },
  entry: {
    pattern: '[list]/[id]',
    render: { view: 'Entry' },
    paths: (ctx) => ctx.model.entries.map((e) => ({ list: LIST_SLUG[e.list], id: e.id })),
    props: (ctx, p) => ({ entry: ctx.model.byId.get(p.id!) }),
  },
  bases: { pattern: 'bases', render: { view: 'Bases' } },
  basis: {
    pattern: 'bases/[id]',
    render: { view: 'Basis' },
    paths: (ctx) => ctx.model.bases.map((b) => ({ id: b.id })),
    props: (ctx, p) => ({ basis: ctx.model.basisById.get(p.id!) }),
  },
  departments: { pattern: 'departments', render: { view: 'Departments' } },
  department: {
    pattern: 'departments/[id]',
    render: { view: 'Department' },
    paths: (ctx) => ctx.model.departments.map((d) => ({ id: d.id })),
    props: (ctx, p) => ({ department: ctx.model.departmentById.get(p.id!) }),
  },
  releases: { pattern: 'releases', render: { view: 'Releases' } },
  release: {
    pattern: 'releases/[version]',
    render: { view: 'Release' },
    paths: (ctx) => ctx.releases.releases.map((r) => ({ version: r.record.version })),
    props: (ctx, p) => ({ release: ctx.releases.releases.find((r) => r.record.version === p.version) }),
  },
  consultations: { pattern: 'consultations', render: { view: 'Consultations' } },
  consultationsPage: {
    pattern: 'consultations/page/[page]',
    render: { view: 'Consultations' },
    paths: (ctx) => laterPages(consultationGroups(ctx.model).concluded.length).map((page) => ({ page })),
    props: (_, p) => ({ page: Number(p.page) }),
  },
  participate: { pattern: 'participate', render: { view: 'Participate' } },
  about: { pattern: 'about', render: { view: 'About' } },
  glossary: { pattern: 'glossary', render: { view: 'Glossary' } },
  // Official documents are Chinese only: each release's lists and the consultation draft (documents.ts).
  document: {
    pattern: 'documents/[...path]',
    render: { view: 'Document' },
    langs: ['zh'],
    // The same documents as documents.ts allDocuments (not imported here: it renders, and this module loads in Node).
    paths: (ctx) => [
      ...(ctx.model.entries.some((e) => e.phase.code === 'consultation_open') ? [{ path: 'consultation' }] : []),
      ...ctx.releases.releases.map((r) => ({ path: `releases/${r.record.version}` })),
    ],
    props: (_, p) => ({ path: p.path }),
  },
  search: { pattern: 'search', render: { view: 'Search' } },
  checklist: {
    pattern: 'checklist/[id]',
    render: { view: 'Checklist' },
    paths: (ctx) => checklistIds(ctx).map((id) => ({ id })),
    props: (_, p) => ({ id: p.id }),
  },
  upstreamItem: {
    pattern: 'upstream/[code]/[id]',
    render: { view: 'UpstreamItem' },
    paths: (ctx) => ctx.model.upstreamItems.map((u) => ({ code: u.divisionCode, id: u.localId })),
    props: (ctx, p) => ({ item: ctx.model.upstreamItems.find((u) => u.divisionCode === p.code && u.localId === p.id) }),
  },
  releasesFeed: { pattern: 'releases.atom', render: { feed: 'releases' } },
  consultationsFeed: { pattern: 'consultations.atom', render: { feed: 'consultations' } },
  // The one 404 page every server shows; it carries both languages itself.
  notFound: { pattern: '404', render: { view: 'NotFound' }, langs: ['zh'] },
} satisfies Record<string, PageKind>;

export type PageKey = keyof typeof PAGE_KINDS;

/** Catalogue items with a case checklist: those of the release in effect on the build's day. */
export function checklistIds(ctx: SiteContext): string[] {
  const archive = cachedArchive(ctx.settings.releasesDir);
  return archive ? checklistItemIds(archive, ctx.settings.today) : [];
}

const checklistSets = new WeakMap<SiteContext, Set<string>>();

/** Whether a catalogue item has a case checklist (asked by every entry page: the IDs are looked up once per build). */
export function hasChecklist(ctx: SiteContext, id: string): boolean {
  let ids = checklistSets.get(ctx);
  if (!ids) checklistSets.set(ctx, (ids = new Set(checklistIds(ctx))));
  return ids.has(id);
}

/** A route as injected: its kind, its language, and its pattern as Astro reports it (Astro.routePattern). */
export interface InjectedPage {
  key: PageKey;
  kind: PageKind;
  lang: Lang;
  pattern: string;
}

const PREFIX: Record<Lang, string> = { zh: '', en: 'en' };

/** One route per page kind and language. */
export const ROUTES: InjectedPage[] = (Object.entries(PAGE_KINDS) as [PageKey, PageKind][]).flatMap(([key, kind]) =>
  (kind.langs ?? LANGS).map((lang) => ({ key, kind, lang, pattern: `/${[PREFIX[lang], kind.pattern].filter(Boolean).join('/')}` })),
);

const byPattern = new Map(ROUTES.map((r) => [r.pattern, r]));

/** The injected route behind an Astro route pattern. */
export function routeOf(routePattern: string): InjectedPage {
  const r = byPattern.get(`/${routePattern.replace(/^\/+|\/+$/g, '')}`);
  if (!r) throw new Error(`No page kind for the route ${routePattern}`);
  return r;
}
