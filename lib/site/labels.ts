// Plain-language names of fields, read from the model's own metadata so that the site never renames a field.
import type { z } from 'zod';
import { FILE_KINDS, type FileKind, type Label } from '../../schemas/index.ts';

interface Def {
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  innerType?: z.ZodType;
  element?: z.ZodType;
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (s: z.ZodType) => (s as unknown as { meta(): { title?: string; description?: string } | undefined }).meta();

/** The schemas a key may resolve to under `s`, looking through optional wrappers, arrays and union branches. */
function children(s: z.ZodType, key: string, out: z.ZodType[] = [], seen = new Set<z.ZodType>()): z.ZodType[] {
  if (seen.has(s)) return out;
  seen.add(s);
  const d = defOf(s);
  if (d.shape && key in d.shape) out.push(d.shape[key]!);
  if (d.innerType) children(d.innerType, key, out, seen);
  if (d.element) children(d.element, key, out, seen);
  for (const o of d.options ?? []) children(o, key, out, seen);
  return out;
}

/** The title/description pair nearest to `s`, looking through optional wrappers. */
function nearestMeta(s: z.ZodType): { title?: string; description?: string } | undefined {
  for (let cur: z.ZodType | undefined = s; cur; cur = defOf(cur).innerType) {
    const m = metaOf(cur);
    if (m?.title) return m;
  }
  return undefined;
}

/** Drop the authoring hints a model title carries: “提供单位（部门编号）” → “提供单位”, “Category: one of …” → “Category”. */
export function plainLabel(meta: { title?: string; description?: string }): Label | undefined {
  const title = meta.title?.trim();
  if (!title) return undefined;
  const description = meta.description ?? '';
  // labelledEnum titles read “中文 English” and their description lists the allowed values.
  if (description.startsWith('可选值')) {
    const at = title.search(/ [A-Za-z]/);
    return at > 0 ? { zh: title.slice(0, at), en: title.slice(at + 1) } : { zh: title, en: title };
  }
  const zh = title.split(/[：；]/)[0]!.replace(/（[^（）]*）$/, '').trim();
  const enPart = description.includes('。') ? description.slice(description.indexOf('。') + 1) : description;
  const en = enPart.split(/[:;]/)[0]!.replace(/\s*\([^()]*\)$/, '').trim();
  return { zh, en: en || zh };
}

const cache = new Map<string, Label | undefined>();

/** The label of a dotted field path (`disclosure.period`) of a file kind, or undefined if the model has none. */
export function fieldLabel(kind: FileKind, dotted: string): Label | undefined {
  const key = `${kind}:${dotted}`;
  if (cache.has(key)) return cache.get(key);
  let level: z.ZodType[] = [FILE_KINDS[kind].schema];
  for (const part of dotted.split('.')) level = level.flatMap((s) => children(s, part));
  let label: Label | undefined;
  for (const s of level) {
    const m = nearestMeta(s);
    label = m && plainLabel(m);
    if (label) break;
  }
  cache.set(key, label);
  return label;
}

/** The label of one value of a literal-typed field, e.g. catalogue `kind: serious_dishonesty_list`. */
export function literalLabel(kind: FileKind, field: string, value: string): Label | undefined {
  for (const s of children(FILE_KINDS[kind].schema, field)) {
    const values = (defOf(s) as { values?: unknown[] }).values;
    const m = values?.includes(value) ? nearestMeta(s) : undefined;
    if (m) return plainLabel(m);
  }
  return undefined;
}

/** The title of a labelled enumeration itself (e.g. 信息性质 / Nature of the information). */
export function enumTitle(schema: z.ZodType): Label {
  const m = nearestMeta(schema);
  const l = m && plainLabel(m);
  if (!l) throw new Error('enumeration without a title');
  return l;
}

/** Like fieldLabel, but a missing label is a programming error: the site names only fields the model has. */
export function mustLabel(kind: FileKind, dotted: string): Label {
  const l = fieldLabel(kind, dotted);
  if (!l) throw new Error(`No label in the model for ${kind}.${dotted}`);
  return l;
}
