// The pages generated per datum, for getStaticPaths in both languages' route files.
import { LIST_KINDS } from '../../schemas/index.ts';
import { filterPages } from './facets.ts';
import { LIST_SLUG } from './routes.ts';
import { site } from './store.ts';

export function entryPaths() {
  return site().model.entries.map((entry) => ({ params: { list: LIST_SLUG[entry.list], id: entry.id }, props: { entry } }));
}

export function listPaths() {
  return LIST_KINDS.map((list) => ({ params: { list: LIST_SLUG[list] }, props: { list } }));
}

export function filterPaths() {
  return filterPages(site().model).map(({ list, facet, value }) => ({
    params: { list: LIST_SLUG[list], facet: facet.key, value: value.slug },
    props: { list, facet: facet.key, value: value.slug },
  }));
}

export function basisPaths() {
  return site().model.bases.map((basis) => ({ params: { id: basis.id }, props: { basis } }));
}

export function departmentPaths() {
  return site().model.departments.map((department) => ({ params: { id: department.id }, props: { department } }));
}

export function releasePaths() {
  return site().releases.releases.map((release) => ({ params: { version: release.record.version }, props: { release } }));
}
