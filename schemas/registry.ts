// The field registry of every kind people read, and what the layers ask of it: labels, citations, entry references.
import { BASIS_FIELDS } from './basis.ts';
import { CATALOGUE_FIELDS } from './catalogue.ts';
import type { Citation, Label } from './common.ts';
import type { ValueLabels } from './profile.ts';
import { EXEMPTION_FIELDS } from './exemption.ts';
import { INCENTIVE_FIELDS } from './incentive.ts';
import { citationsIn, entryRefsIn, specAt, valueAt, type FieldSpec } from './fields.ts';
import { LIST_KINDS, LIST_OF_PUBLISHED, type ListKind, type PublishedList } from './lists.ts';
import { MEASURE_FIELDS } from './measure.ts';

export type RegistryKind = ListKind | 'basis';

export const FIELD_REGISTRY: Record<RegistryKind, readonly FieldSpec[]> = {
  catalogue: CATALOGUE_FIELDS,
  measure: MEASURE_FIELDS,
  exemption: EXEMPTION_FIELDS,
  incentive: INCENTIVE_FIELDS,
  basis: BASIS_FIELDS,
};

/** The label of a dotted path (array indexes allowed), from its field or nearest registered ancestor. */
export function fieldLabel(kind: RegistryKind, path: string): Label | undefined {
  return specAt(FIELD_REGISTRY[kind], path)?.label;
}

/** Like fieldLabel, but a path without a registered field is a programming error. */
export function mustLabel(kind: RegistryKind, path: string): Label {
  const spec = FIELD_REGISTRY[kind].find((f) => f.path === path);
  if (!spec) throw new Error(`No field ${path} in the registry of ${kind}`);
  return spec.label;
}

const listOfName = (name: string): ListKind | undefined =>
  LIST_OF_PUBLISHED[name as PublishedList] ?? (LIST_KINDS.includes(name as ListKind) ? (name as ListKind) : undefined);

/** Each kind's fields that hold citations, and those that name entries, with their paths split once: rules ask per entry. */
const fieldsHolding = (values: readonly FieldSpec['value'][]) =>
  Object.fromEntries(LIST_KINDS.map((k) => [k, FIELD_REGISTRY[k].filter((f) => values.includes(f.value)).map((spec) => ({ spec, parts: spec.path.split('.') }))])) as Record<
    ListKind,
    { spec: FieldSpec; parts: string[] }[]
  >;
const CITATION_FIELDS = fieldsHolding(['citation', 'citations']);
const ENTRY_REF_FIELDS = fieldsHolding(['entries', 'scope']);

/** Every citation of an entry with its data path: its bases, and those of any other citation field (repair, disclosure, list standard). */
export function citationsOf(kind: ListKind, entry: unknown): { citation: Citation; path: (string | number)[] }[] {
  return CITATION_FIELDS[kind].flatMap(({ spec, parts }) => citationsIn(spec, valueAt(entry, spec.path)).map(({ citation, at }) => ({ citation, path: [...parts, ...at] })));
}

/** Every reference from an entry to another entry (measure triggers, exemption scopes), with its data path. */
export function entryRefsOf(kind: ListKind, entry: unknown): { kind: ListKind; id: string; path: (string | number)[] }[] {
  return ENTRY_REF_FIELDS[kind].flatMap(({ spec, parts }) =>
    entryRefsIn(spec, valueAt(entry, spec.path), listOfName).map(({ list, id, at }) => ({ kind: list, id, path: [...parts, ...at] })),
  );
}

/** A value of an enumeration field in words: the jurisdiction's own (its profile's `valueLabels`, from nature_labels), else the model's. */
export function valueLabel(spec: Pick<FieldSpec, 'enum'>, value: string, labels?: ValueLabels): Label {
  return labels?.get(spec.enum!)?.[value] ?? spec.enum!.labels[value]!;
}

/** The words for a value of a registered field, such as a catalogue item's nature, for messages and texts. */
export function valueLabelAt(kind: RegistryKind, path: string, value: string, labels?: ValueLabels): Label {
  const spec = FIELD_REGISTRY[kind].find((f) => f.path === path);
  if (!spec?.enum) throw new Error(`No enumeration field ${path} in the registry of ${kind}`);
  return valueLabel(spec, value, labels);
}
