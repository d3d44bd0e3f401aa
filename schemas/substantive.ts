// Which fields of an entry are substantive: changing one after approval needs consultation and approval again.
// The approving body approves the Chinese text and its legal effect; translations and notes are editorial.
import { lifecycleFields } from './lifecycle.ts';
import { LIST_KINDS, type ListKind } from './lists.ts';
import { FIELD_REGISTRY } from './registry.ts';

/**
 * substantive — part of what was consulted on and approved; changed only by an approved amendment.
 * editorial — may be corrected after approval, recorded by a `corrected` history event.
 * lifecycle — the procedure's own records, governed by the lifecycle rules.
 */
export type FieldClass = 'substantive' | 'editorial' | 'lifecycle';

/** Fields a release adds; they are not authored. */
const PUBLISHED_ONLY = new Set(['id', 'legal_status']);

function classesOf(kind: ListKind): Record<string, FieldClass> {
  const out: Record<string, FieldClass> = {};
  for (const spec of FIELD_REGISTRY[kind]) {
    const top = spec.path.split('.')[0]!;
    if (PUBLISHED_ONLY.has(top) || top in out) continue;
    out[top] = top in lifecycleFields ? 'lifecycle' : spec.editorial ? 'editorial' : 'substantive';
  }
  for (const k of Object.keys(lifecycleFields)) out[k] = 'lifecycle';
  return out;
}

/** Every top-level field of every list kind, classified from the field registry. A test fails when the model gains a field the registry lacks. */
export const FIELD_CLASSES: Record<ListKind, Record<string, FieldClass>> = Object.fromEntries(LIST_KINDS.map((k) => [k, classesOf(k)])) as Record<ListKind, Record<string, FieldClass>>;

/** The class of a top-level field; a field the table does not know counts as substantive, the safe side. */
export function fieldClass(kind: ListKind, field: string): FieldClass {
  return FIELD_CLASSES[kind][field] ?? 'substantive';
}

export function substantiveFields(kind: ListKind): string[] {
  return Object.entries(FIELD_CLASSES[kind])
    .filter(([, c]) => c === 'substantive')
    .map(([f]) => f);
}
