// The facets of each list: which values an entry has, and a page per value so that filtering needs no JavaScript.
import {
  DISCLOSURE_MODES,
  EXEMPTION_EFFECTS,
  EXEMPTION_GROUNDS,
  MEASURE_KINDS,
  NATURE,
  SUBJECT_TYPES,
  type Label,
  type ListKind,
} from '../../schemas/index.ts';
import { enumTitle, mustLabel } from '../../lib/site/labels.ts';
import { entriesOf, type SiteEntry, type SiteModel } from '../../lib/site/model.ts';
import { LEGAL_LABELS, LEGAL_TITLE, PROCEDURE_LABELS, PROCEDURE_TITLE, publicStatus } from './status.ts';

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

const enumValues = (labels: Record<string, Label>) => () => Object.entries(labels).map(([slug, label]) => ({ slug, label }));

/** A category is free text configured in jurisdiction.yaml; its slug is its position there, from 1. */
const categorySlug = (model: SiteModel, category: string) => `c${model.jurisdiction.categories.indexOf(category) + 1}`;

const departmentValues = (model: SiteModel) => model.departments.map((d) => ({ slug: d.id, label: { zh: d.name, en: d.name_en ?? d.name } }));

// Status in the site's one vocabulary (status.ts): the legal status, and the procedure under way.
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

const SPECS: Record<ListKind, FacetSpec[]> = {
  catalogue: [
    {
      key: 'category',
      label: mustLabel('catalogue', 'category'),
      values: (m) => m.jurisdiction.categories.map((c, i) => ({ slug: `c${i + 1}`, label: { zh: c, en: c } })),
      of: (e, m) => (e.list === 'catalogue' ? [categorySlug(m, e.data.category)] : []),
    },
    { key: 'nature', label: enumTitle(NATURE), values: enumValues(NATURE.labels), of: (e) => (e.list === 'catalogue' ? [e.data.nature] : []) },
    { key: 'subject', label: mustLabel('catalogue', 'subject_types'), values: enumValues(SUBJECT_TYPES.labels), of: (e) => (e.list === 'catalogue' ? e.data.subject_types : []) },
    { key: 'department', label: mustLabel('catalogue', 'providers'), values: departmentValues, of: (e) => (e.list === 'catalogue' ? e.data.providers : []) },
    status,
    procedure,
    { key: 'disclosure', label: enumTitle(DISCLOSURE_MODES), values: enumValues(DISCLOSURE_MODES.labels), of: (e) => (e.list === 'catalogue' ? [e.data.disclosure.mode] : []) },
  ],
  measure: [
    { key: 'kind', label: enumTitle(MEASURE_KINDS), values: enumValues(MEASURE_KINDS.labels), of: (e) => (e.list === 'measure' ? [e.data.kind] : []) },
    { key: 'subject', label: mustLabel('measure', 'target.subject_types'), values: enumValues(SUBJECT_TYPES.labels), of: (e) => (e.list === 'measure' ? e.data.target.subject_types : []) },
    {
      key: 'department',
      label: mustLabel('measure', 'implementers'),
      values: departmentValues,
      of: (e) => (e.list === 'measure' && 'implementers' in e.data ? e.data.implementers : []),
    },
    status,
    procedure,
  ],
  exemption: [
    { key: 'ground', label: enumTitle(EXEMPTION_GROUNDS), values: enumValues(EXEMPTION_GROUNDS.labels), of: (e) => (e.list === 'exemption' ? [e.data.ground] : []) },
    { key: 'effect', label: enumTitle(EXEMPTION_EFFECTS), values: enumValues(EXEMPTION_EFFECTS.labels), of: (e) => (e.list === 'exemption' ? e.data.effect : []) },
    status,
    procedure,
  ],
};

const cache = new WeakMap<SiteModel, Map<ListKind, Facet[]>>();

/** The facets of a list with the entries under each value; values no entry has are left out. */
export function facetsOf(model: SiteModel, list: ListKind): Facet[] {
  let byList = cache.get(model);
  if (!byList) cache.set(model, (byList = new Map()));
  let facets = byList.get(list);
  if (facets) return facets;
  const entries = entriesOf(model, list);
  facets = SPECS[list].map((spec) => {
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
  byList.set(list, facets);
  return facets;
}

/** Every filter page of every list, for getStaticPaths. */
export function filterPages(model: SiteModel): { list: ListKind; facet: Facet; value: FacetValue }[] {
  return (['catalogue', 'measure', 'exemption'] as const).flatMap((list) =>
    facetsOf(model, list).flatMap((facet) => facet.values.map((value) => ({ list, facet, value }))),
  );
}
