// The facets of each list: which values an entry has, and a page per value so that filtering needs no JavaScript.
import { FIELD_REGISTRY, LIST_KINDS, valueAt, valueLabel, type FieldSpec, type Label, type ListKind } from '../../schemas/index.ts';
import { entriesOf, oncePerModel, type SiteEntry, type SiteModel } from '../../lib/site/model.ts';
import { LEGAL_LABELS, LEGAL_TITLE, PROCEDURE_LABELS, PROCEDURE_TITLE, publicStatus } from './status.ts';
import { UI } from './i18n.ts';
import { paths } from './routes.ts';


export interface FacetValue {
  /** URL segment. */
  slug: string;
  label: Label;
  entries: SiteEntry[];
}

export interface Facet {
  key: string;
  label: Label;
  values: FacetValue[];
}

interface FacetSpec {
  key: string;
  label: Label;
  /** Every possible value, in display order. */
  values: (model: SiteModel) => { slug: string; label: Label }[];
  /** The value slugs of an entry. */
  of: (e: SiteEntry, model: SiteModel) => string[];
}

/** A category is free text configured in jurisdiction.yaml; its slug is its position there, from 1. */
const categorySlug = (model: SiteModel, category: string) => `c${model.jurisdiction.categories.indexOf(category) + 1}`;

/** The facet a registry field declares: its values by kind (enumeration, departments, categories). */
function facetOf(spec: FieldSpec): FacetSpec {
  const raw = (e: SiteEntry) => {
    const v = valueAt(e.data, spec.path);
    return v === undefined ? [] : ([v].flat() as string[]);
  };
  const base = { key: spec.facet!, label: spec.label };
  if (spec.value === 'category')
    return { ...base, values: (m) => m.jurisdiction.categories.map((c, i) => ({ slug: `c${i + 1}`, label: { zh: c, en: m.jurisdiction.categories_en?.[c] ?? c } })), of: (e, m) => raw(e).map((c) => categorySlug(m, c)) };
  if (spec.value === 'departments')
    return { ...base, values: (m) => m.departments.map((d) => ({ slug: d.id, label: { zh: d.name, en: d.name_en ?? d.name } })), of: raw };
  return { ...base, values: (m) => Object.keys(spec.enum!.labels).map((slug) => ({ slug, label: valueLabel(spec, slug, m.profile.valueLabels) })), of: raw };
}

// Status in the site's one vocabulary (status.ts), in place of the field's procedural value: the legal status, and the procedure under way.
const enumValues = (labels: Record<string, Label>) => () => Object.entries(labels).map(([slug, label]) => ({ slug, label }));
const status: FacetSpec = { key: 'status', label: LEGAL_TITLE, values: enumValues(LEGAL_LABELS), of: (e, m) => [publicStatus(e, m.today).legal] };
const procedure: FacetSpec = {
  key: 'procedure',
  label: PROCEDURE_TITLE,
  values: enumValues(PROCEDURE_LABELS),
  of: (e, m) => {
    const p = publicStatus(e, m.today).procedure;
    return p ? [p] : [];
  },
};

const departmentValues = (model: SiteModel) => model.departments.map((d) => ({ slug: d.id, label: { zh: d.name, en: d.name_en ?? d.name } }));

/** The legal instruments an entry cites (so that an instrument's page links to every entry citing it, page by page). */
const basis: FacetSpec = {
  key: 'basis',
  label: UI.bases,
  values: (m) => m.bases.map((b) => ({ slug: b.id, label: { zh: b.data.title, en: b.data.title_en ?? b.data.title } })),
  of: (e) => [...new Set(e.citations.map((c) => c.citation.basis))],
};

/** The department that proposed the entry (so that a department's page links to all its proposals, page by page). */
const proposer: FacetSpec = { key: 'proposer', label: UI.proposer, values: departmentValues, of: (e) => (e.data.proposal ? [e.data.proposal.department] : []) };

const SPECS = Object.fromEntries(
  LIST_KINDS.map((list) => [
    list,
    [...FIELD_REGISTRY[list].filter((f) => f.facet).flatMap((f) => (f.facet === 'status' ? [status, procedure] : [facetOf(f)])), basis, proposer],
  ]),
) as Record<ListKind, FacetSpec[]>;

/** The facets of a list with the entries under each value; values no entry has are left out (once per model). */
export function facetsOf(model: SiteModel, list: ListKind): Facet[] {
  return oncePerModel(model, `facets:${list}`, () => {
    const entries = entriesOf(model, list);
    return SPECS[list].map((spec) => {
      const buckets = new Map<string, SiteEntry[]>();
      for (const e of entries)
        for (const v of spec.of(e, model)) {
          const bucket = buckets.get(v);
          if (bucket) bucket.push(e);
          else buckets.set(v, [e]);
        }
      const values = spec
        .values(model)
        .filter((v) => buckets.has(v.slug))
        .map((v) => ({ ...v, entries: buckets.get(v.slug)! }));
      return { key: spec.key, label: spec.label, values };
    });
  });
}

/** Every filter page of every list, for getStaticPaths. */
export function filterPages(model: SiteModel): { list: ListKind; facet: Facet; value: FacetValue }[] {
  return LIST_KINDS.flatMap((list) =>
    facetsOf(model, list).flatMap((facet) => facet.values.map((value) => ({ list, facet, value }))),
  );
}

/** Where the complete, paginated lists of the entries with one facet value are: per list, its filter page and count. */
export function filteredLists(model: SiteModel, facetKey: string, value: string): { list: ListKind; count: number; path: string }[] {
  return LIST_KINDS.flatMap((list) => {
    const v = facetsOf(model, list).find((f) => f.key === facetKey)?.values.find((x) => x.slug === value);
    return v ? [{ list, count: v.entries.length, path: `${paths.list(list)}filter/${facetKey}/${value}/` }] : [];
  });
}
