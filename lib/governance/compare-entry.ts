// One entry at base and head: every governance check of an entry run over its change, and the change's effect on
// the published lists. Pure: two parsed entries and the jurisdiction's numbers in, findings and the effect out.
import { isDeepStrictEqual } from 'node:util';
import { fieldClass } from '../../schemas/index.ts';
import type { Bilingual } from '../diagnostics.ts';
import type { Bump } from './bump.ts';
import { CHECKS } from './checks/index.ts';
import { entryChange, type CompareInput, type EntryChange, type Finding } from './entry-change.ts';

export type { CompareInput, Config, Entry, Finding } from './entry-change.ts';

export interface EntryComparison {
  findings: Finding[];
  /** What the change does to the published lists, for the changeset check. */
  effect: Bump;
  effectReason: Bilingual;
}

export function compareEntry(input: CompareInput): EntryComparison {
  const e = entryChange(input);
  const findings: Finding[] = [];
  for (const check of CHECKS) {
    if (!('entry' in check)) continue;
    check.entry(e, (path, message, hint, opts = {}) =>
      findings.push({ code: check.key, path, message, hint, ...(opts.atKey ? { atKey: true } : {}), ...(opts.severity ? { severity: opts.severity } : {}) }),
    );
  }
  return { findings, ...effectOf(e) };
}

/** What the change does to the published lists: a correction, an addition, an amendment adopted, a repeal, or nothing. */
export function effectOf(e: EntryChange): { effect: Bump; effectReason: Bilingual } {
  const { kind, base, head, baseState, headState } = e;
  // A correction of a published entry changes what the next release publishes; an amendment in progress does not.
  const editorial = e.changed.filter((f) => fieldClass(kind, f) === 'editorial');
  const correctsPublished = !!base && !!headState && (baseState.published || baseState.phase === 'repealed') && !e.amending && (editorial.length > 0 || e.has('corrected'));
  let effect: Bump = 'none';
  let effectReason: Bilingual = { zh: '无变化', en: 'unchanged' };
  if (correctsPublished) {
    effect = 'patch';
    effectReason = { zh: '勘误已发布的条目', en: 'a correction of a published entry' };
  } else if (!base || !isDeepStrictEqual(base, head)) {
    // Proposals, consultations, rejections and amendments in progress publish nothing new: an empty changeset will do.
    effectReason = { zh: '未改变已发布内容的修改（建议、征求意见、未予采纳、修订进行中）', en: 'a change that leaves published content as it was (proposals, consultations, rejections, amendments in progress)' };
  }
  if (headState) {
    if (baseState.published && headState.phase === 'repealed') {
      effect = 'major';
      effectReason = { zh: '废止已发布的条目', en: 'repeal of a published entry' };
    } else if (baseState.published && e.has('amended')) {
      const kindChanged = base !== undefined && base.kind !== head.kind;
      effect = kindChanged ? 'major' : 'minor';
      effectReason = kindChanged ? { zh: '修订改变了已发布条目的类型', en: 'an amendment changed the kind of a published entry' } : { zh: '修订已发布的条目', en: 'amendment of a published entry' };
    } else if (!baseState.published && headState.published) {
      effect = 'minor';
      effectReason = { zh: '新增条目', en: 'a new entry' };
    }
  }
  return { effect, effectReason };
}
