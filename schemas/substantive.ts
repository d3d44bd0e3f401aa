// Which fields of an entry are substantive: changing one after approval needs consultation and approval again.
// The approving body approves the Chinese text and its legal effect; translations and notes are editorial.
import { lifecycleFields } from './lifecycle.ts';
import type { ListKind } from './index.ts';

/**
 * substantive — part of what was consulted on and approved; changed only by an approved amendment.
 * editorial — may be corrected after approval, recorded by a `corrected` history event.
 * lifecycle — the procedure's own records, governed by the lifecycle rules.
 */
export type FieldClass = 'substantive' | 'editorial' | 'lifecycle';

const lifecycle = Object.fromEntries(Object.keys(lifecycleFields).map((k) => [k, 'lifecycle'])) as Record<keyof typeof lifecycleFields, 'lifecycle'>;

/** Every top-level field of every list kind, classified. A test fails when the model gains an unclassified field. */
export const FIELD_CLASSES: Record<ListKind, Record<string, FieldClass>> = {
  catalogue: {
    kind: 'substantive',
    title: 'substantive',
    title_en: 'editorial',
    category: 'substantive',
    nature: 'substantive',
    severity: 'substantive',
    repair: 'substantive',
    list: 'substantive',
    content: 'substantive',
    subject_types: 'substantive',
    providers: 'substantive',
    bases: 'substantive',
    disclosure: 'substantive',
    sharing: 'substantive',
    retention: 'substantive',
    update_frequency: 'substantive',
    sector: 'substantive',
    data_code: 'substantive',
    data_format: 'substantive',
    coverage: 'substantive',
    information_items: 'substantive',
    collection_channel: 'substantive',
    notes: 'editorial',
    ...lifecycle,
  },
  measure: {
    kind: 'substantive',
    title: 'substantive',
    title_en: 'editorial',
    content: 'substantive',
    target: 'substantive',
    triggers: 'substantive',
    bases: 'substantive',
    duration: 'substantive',
    ends_when: 'substantive',
    implementers: 'substantive',
    applied_by: 'substantive',
    notes: 'editorial',
    ...lifecycle,
  },
  exemption: {
    title: 'substantive',
    title_en: 'editorial',
    ground: 'substantive',
    behaviour: 'substantive',
    conditions: 'substantive',
    effect: 'substantive',
    applies_to: 'substantive',
    subject_types: 'substantive',
    bases: 'substantive',
    notes: 'editorial',
    ...lifecycle,
  },
};

/** The class of a top-level field; a field the table does not know counts as substantive, the safe side. */
export function fieldClass(kind: ListKind, field: string): FieldClass {
  return FIELD_CLASSES[kind][field] ?? 'substantive';
}

export function substantiveFields(kind: ListKind): string[] {
  return Object.entries(FIELD_CLASSES[kind])
    .filter(([, c]) => c === 'substantive')
    .map(([f]) => f);
}
