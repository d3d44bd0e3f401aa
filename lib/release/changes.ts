// changes.json: what a release changes since the previous one, per entry, typed, with field-level diffs.
import { lifecycleFields } from '../../schemas/index.ts';
import type { Change, ChangeKind, FieldChange, PublishedList } from '../../schemas/release.ts';
import { PUBLISHED_LISTS } from '../../schemas/release.ts';
import { sameDecision } from '../lifecycle/index.ts';
import { compareCodePoints, jsonEqual } from './canonical.ts';
import { authoringOf, type PublishedEntry, type PublishedLists } from './publish.ts';

/** The procedure's records, as the model declares them; an amendment replaces them, so its diff shows only the content. */
const LIFECYCLE_FIELDS = new Set(Object.keys(lifecycleFields));

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Field-by-field differences; objects are descended into, arrays and scalars compared whole. */
export function diffFields(before: unknown, after: unknown, path: string[] = []): FieldChange[] {
  if (jsonEqual(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareCodePoints);
    return keys.flatMap((k) => diffFields(before[k], after[k], [...path, k]));
  }
  const change: FieldChange = { path: path.join('.') };
  if (before !== undefined) change.old = before as FieldChange['old'];
  if (after !== undefined) change.new = after as FieldChange['new'];
  return [change];
}

function withoutFields(entry: Record<string, unknown>, drop: (key: string) => boolean): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).filter(([k]) => !drop(k)));
}

function decisionRef(r: { body: string; date: string; document_number: string; pull_request?: number | undefined }): Change['approval'] {
  return { body: r.body, date: r.date, document_number: r.document_number, ...(r.pull_request !== undefined ? { pull_request: r.pull_request } : {}) };
}

/** The change one entry underwent between two releases, or undefined if it is the same. */
export function changeOf(list: PublishedList, before: PublishedEntry | undefined, after: PublishedEntry, releaseDate: string): Change | undefined {
  const cur = authoringOf(after);
  const prev = before && authoringOf(before);
  const base = { list, id: after.id, title: cur.title as string };
  const newEvents = cur.history.slice(prev ? prev.history.length : 0);
  const lastNew = (event: string) => newEvents.filter((h) => h.event === event).at(-1);

  if (cur.status === 'repealed' && prev?.status !== 'repealed') {
    const r = cur.repeal!;
    return { ...base, change: 'repealed', effective: r.effective, approval: decisionRef(r), reason: r.reason };
  }
  if (!prev) return { ...base, change: 'added', effective: cur.approval!.effective, approval: decisionRef(cur.approval!) };
  if (jsonEqual(prev, cur)) return undefined;

  // A corrected record of the same decision (its body, say) is a correction, not an amendment.
  const amended = !sameDecision(prev.approval!, cur.approval!);
  const kind: ChangeKind = amended ? 'amended' : 'corrected';
  const event = lastNew(amended ? 'amended' : 'corrected');
  const fields = amended
    ? diffFields(withoutFields(prev, (k) => LIFECYCLE_FIELDS.has(k)), withoutFields(cur, (k) => LIFECYCLE_FIELDS.has(k)))
    : diffFields(withoutFields(prev, (k) => k === 'history'), withoutFields(cur, (k) => k === 'history'));
  return {
    ...base,
    change: kind,
    effective: amended ? cur.approval!.effective : (event?.date ?? releaseDate),
    approval: decisionRef(cur.approval!),
    ...(event?.note ? { reason: event.note } : {}),
    ...(fields.length ? { fields } : {}),
  };
}

/** Every change between the previous release's lists (none for the first release) and the new ones, by list then ID. */
export function computeChanges(previous: PublishedLists | undefined, current: PublishedLists, releaseDate: string): Change[] {
  const out: Change[] = [];
  for (const list of PUBLISHED_LISTS) {
    const before = new Map<string, PublishedEntry>((previous?.[list] ?? []).map((e) => [e.id, e]));
    for (const entry of current[list]) {
      const c = changeOf(list, before.get(entry.id), entry, releaseDate);
      if (c) out.push(c);
    }
  }
  return out;
}

export function summarize(changes: readonly Change[]): Record<ChangeKind, number> {
  const s: Record<ChangeKind, number> = { added: 0, amended: 0, corrected: 0, repealed: 0 };
  for (const c of changes) s[c.change]++;
  return s;
}
