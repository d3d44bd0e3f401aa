// The one vocabulary of status on the site, from the lifecycle module: an entry's legal status on the day (现行有效,
// 尚未施行, 已废止…) and, beside it, the procedure under way (修订征求意见中…). Every badge, banner, facet and count says this.
import type { Label } from '../../schemas/index.ts';
import { LEGAL_STATUS, type LegalStatus } from '../../schemas/release.ts';
import { AS_CHECKED, legalStatusOn, lifecycleOf, windowState, type Track } from '../../lib/lifecycle/index.ts';
import type { SiteEntry } from '../../lib/site/model.ts';
import { latestPublished, type SiteReleases } from '../../lib/site/releases.ts';
import { standsOnEarlierVersion } from '../../lib/lifecycle/index.ts';
import type { Lang } from './routes.ts';

/** Legal status, or none: a proposal, a new entry under consultation, a rejected one. */
export type LegalCode = LegalStatus | 'no_effect';
export type Step = 'proposed' | 'consultation_upcoming' | 'consultation_open' | 'consultation_closed';
/** The procedure under way, by track: `amendment_consultation_open` is 修订征求意见中. */
export type ProcedureCode = `${Track}_${Step}` | 'rejected';

export interface PublicStatus {
  legal: LegalCode;
  procedure?: ProcedureCode;
}

export const LEGAL_LABELS: Record<LegalCode, Label> = { ...LEGAL_STATUS.labels, no_effect: { zh: '不具有效力', en: 'No legal effect' } };

const STEP: Record<Step, Label> = {
  proposed: { zh: '建议已提出', en: 'proposed' },
  consultation_upcoming: { zh: '即将征求意见', en: 'consultation about to open' },
  consultation_open: { zh: '征求意见中', en: 'open for comment' },
  consultation_closed: { zh: '征求意见已结束，待审定', en: 'consultation closed, awaiting decision' },
};
const TRACK: Record<Track, Label> = { new: { zh: '纳入', en: 'Inclusion' }, amendment: { zh: '修订', en: 'Amendment' }, repeal: { zh: '废止', en: 'Repeal' } };

export const PROCEDURE_LABELS: Record<ProcedureCode, Label> = Object.fromEntries([
  ...(['new', 'amendment', 'repeal'] as const).flatMap((track) =>
    (Object.keys(STEP) as Step[]).map((step) => [`${track}_${step}`, { zh: `${TRACK[track].zh}${STEP[step].zh}`, en: `${TRACK[track].en} ${STEP[step].en}` }]),
  ),
  ['rejected', { zh: '未予采纳', en: 'Not adopted' }],
]) as Record<ProcedureCode, Label>;

export const LEGAL_TITLE: Label = { zh: '效力状态', en: 'Legal status' };
export const PROCEDURE_TITLE: Label = { zh: '办理程序', en: 'Procedure under way' };

const cache = new WeakMap<SiteEntry, PublicStatus>();

/** Where an entry stands on `today`, as the public reads it. */
export function publicStatus(e: SiteEntry, today: string): PublicStatus {
  let s = cache.get(e);
  if (s) return s;
  // A reader of checked entries: every path some profile allows is followed.
  const { state } = lifecycleOf(e.data, AS_CHECKED);
  const legal: LegalCode = legalStatusOn(e.data, today) ?? 'no_effect';
  let procedure: ProcedureCode | undefined;
  if (state.phase === 'rejected') procedure = 'rejected';
  else if (state.phase === 'proposed' || state.phase === 'none') procedure = `${state.track}_proposed`;
  else if (state.phase === 'consultation' || state.phase === 'closed') {
    const c = e.data.consultation ?? e.data.repeal?.consultation;
    procedure = `${state.track}_consultation_${c ? windowState(c.opens, c.closes, today) : 'closed'}`;
  }
  s = procedure ? { legal, procedure } : { legal };
  cache.set(e, s);
  return s;
}

/**
 * The entry as a list shows it: under amendment or repeal, the version in force (as the latest release publishes it),
 * with the entry's own status (the badges say what is under way); otherwise the entry itself.
 */
export function versionInForce(e: SiteEntry, releases: SiteReleases, today: string): SiteEntry {
  let byEntry = inForceCache.get(releases);
  if (!byEntry) inForceCache.set(releases, (byEntry = new WeakMap()));
  let shown = byEntry.get(e);
  if (shown) return shown;
  const published = standsOnEarlierVersion(e.data) ? latestPublished(releases, e.list, e.id) : undefined;
  shown = published ? ({ ...e, data: published } as unknown as SiteEntry) : e;
  // The status is the entry's own (the published copy's history stops at its release).
  if (published) cache.set(shown, publicStatus(e, today));
  byEntry.set(e, shown);
  return shown;
}

// Every list page asks for its rows' versions in force; each entry's is worked out once per release archive.
const inForceCache = new WeakMap<SiteReleases, WeakMap<SiteEntry, SiteEntry>>();

/** A CSS class per legal status, so colour is never the only signal (the words say it too). */
export function legalClass(code: LegalCode): string {
  if (code === 'in_force' || code === 'amendment_scheduled') return 'ok';
  if (code === 'repealed' || code === 'no_effect') return 'gone';
  return 'pending';
}

/** The two badges: legal status, and the procedure beside it when one is under way. */
export function statusBadges(s: PublicStatus, lang: Lang): string {
  const legal = `<span class="phase ${legalClass(s.legal)}">${LEGAL_LABELS[s.legal][lang]}</span>`;
  return s.procedure ? `${legal}${lang === 'en' ? ' ' : ''}<span class="phase open">${PROCEDURE_LABELS[s.procedure][lang]}</span>` : legal;
}
