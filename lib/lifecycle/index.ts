// The one lifecycle: an entry's history replayed into where it stands, and every question the layers ask of it
// (procedural phase and track, legal status on a date, which version is in force, whether a change is a decision).
// Pure: governance, the validator, releases, the site, the gate and the views all call this; none re-derives it.
import { consultationRequired, HISTORY_EVENTS, profileOf, type Jurisdiction, type Lifecycle, type ListKind, type Status } from '../../schemas/index.ts';
import type { LegalStatus } from '../../schemas/release.ts';

export type EventKind = Lifecycle['history'][number]['event'];

/** Where an entry stands in the procedure. `closed`: the consultation has ended, the decision is pending. */
export type Phase = 'none' | 'proposed' | 'consultation' | 'closed' | 'approved' | 'rejected' | 'repealed';
/** Which procedure an open phase belongs to: a new entry, an amendment of an approved one, or its repeal. */
export type Track = 'new' | 'amendment' | 'repeal';

export interface State {
  phase: Phase;
  track: Track;
  /** An approved version of the entry is in force (or scheduled): true from approval until repeal. */
  published: boolean;
}

export const NONE: State = { phase: 'none', track: 'new', published: false };
const APPROVED: State = { phase: 'approved', track: 'new', published: true };
export const OPEN_PHASES: readonly Phase[] = ['proposed', 'consultation', 'closed'];
export const isOpen = (p: Phase): boolean => OPEN_PHASES.includes(p);

/** Events that record a decision approving a version: the `approval` record is theirs. */
export const APPROVING_EVENTS: readonly EventKind[] = ['approved', 'amended', 'imported'];
/** Events that open a round with a proposal: the `proposal` record is the latest one's. */
export const PROPOSING_EVENTS: readonly EventKind[] = ['proposed', 'amendment_proposed', 'repeal_proposed'];
/** Events by which the approving body decides: the approval gate's concern. */
export const DECISION_EVENTS: readonly EventKind[] = ['approved', 'amended', 'imported', 'rejected', 'repealed'];

/**
 * What the jurisdiction's procedure asks of one entry, from its profile (`procedureOf`): whether the entry must go to
 * public consultation before it is approved (the list's `consultation.applies_to`), and the article that says so.
 */
export interface Procedure {
  consultation: boolean;
  basis?: string;
}

/** The entry's procedure under the jurisdiction's profile: consultation as the list's scope says, for this entry's content. */
export function procedureOf(j: Jurisdiction | undefined, kind: ListKind, entry: object): Procedure {
  return { consultation: consultationRequired(j, kind, entry), basis: profileOf(j).lists[kind].consultation.basis };
}

/**
 * For readers of entries the checks have passed (releases, the site, the checklist): every path some profile allows is
 * followed. The validator and governance judge each entry with its own procedure (`procedureOf`); readers do not re-judge.
 */
export const AS_CHECKED: Procedure = { consultation: false };

/** The lifecycle as a state machine over history events, under the entry's procedure. `undefined`: the event is not allowed here. */
export function step(s: State, event: EventKind, procedure: Procedure): State | undefined {
  // Outside the consultation scope, a proposal may be decided on as it stands; inside it, only after the consultation closed.
  const decidable = s.phase === 'closed' || (s.phase === 'proposed' && !procedure.consultation);
  switch (event) {
    case 'imported':
      return s.phase === 'none' ? APPROVED : undefined;
    case 'proposed':
      return s.phase === 'none' ? { phase: 'proposed', track: 'new', published: false } : undefined;
    case 'consultation_opened':
      if (s.phase === 'none') return { phase: 'consultation', track: 'new', published: false };
      // A consultation reopens (a new window) when the text under consultation changes.
      return s.phase === 'proposed' || s.phase === 'consultation' || s.phase === 'closed' ? { ...s, phase: 'consultation' } : undefined;
    case 'consultation_closed':
      return s.phase === 'consultation' ? { ...s, phase: 'closed' } : undefined;
    case 'approved':
      return decidable && s.track === 'new' ? APPROVED : undefined;
    case 'amended':
      return decidable && s.track === 'amendment' ? APPROVED : undefined;
    case 'rejected':
      if (!isOpen(s.phase)) return undefined;
      // A proposal not adopted ends the entry; an amendment or repeal not adopted leaves the approved version standing.
      return s.track === 'new' ? { phase: 'rejected', track: 'new', published: false } : APPROVED;
    case 'amendment_proposed':
      return s.phase === 'approved' ? { phase: 'proposed', track: 'amendment', published: true } : undefined;
    case 'repeal_proposed':
      return s.phase === 'approved' ? { phase: 'proposed', track: 'repeal', published: true } : undefined;
    case 'repealed':
      // Repealed on its own approval, directly or after a repeal proposal (and, if held, a closed consultation).
      if (s.phase === 'approved' || (s.track === 'repeal' && (s.phase === 'proposed' || s.phase === 'closed')))
        return { phase: 'repealed', track: 'repeal', published: false };
      return undefined;
    case 'corrected':
      return s.phase === 'none' ? undefined : s;
  }
}

/** The status an entry in this phase carries. */
export function statusOf(phase: Phase): Status | undefined {
  return phase === 'none' ? undefined : phase === 'closed' ? 'consultation' : phase;
}

const EVENTS = Object.keys(HISTORY_EVENTS.labels) as EventKind[];

export function allowedAfter(s: State, procedure: Procedure): EventKind[] {
  return EVENTS.filter((e) => step(s, e, procedure) !== undefined);
}

export interface Replay {
  /** State after each event. */
  states: State[];
  /** Index of the first event not allowed, if any; replay stops there. */
  failedAt?: number;
}

export function replay(history: readonly { event: EventKind }[], procedure: Procedure): Replay {
  const states: State[] = [];
  let s = NONE;
  for (let i = 0; i < history.length; i++) {
    const next = step(s, history[i]!.event, procedure);
    if (!next) return { states, failedAt: i };
    states.push((s = next));
  }
  return { states };
}

/** The state after the whole history, or after its last allowed event. */
export const finalState = (r: Replay): State => r.states.at(-1) ?? NONE;

/** An entry's history replayed, with the history events its current records belong to. */
export interface EntryLifecycle {
  replay: Replay;
  /** Where the history leads (up to the first event not allowed). */
  state: State;
  /** The index of the state before event `i`. */
  before(i: number): State;
  /** Index of the last event of these kinds, or -1. */
  lastIndexOf(...kinds: EventKind[]): number;
  /** Index of the event whose decision `approval` records, or -1. */
  approvalEvent: number;
  /** The current approval is an amendment of an earlier approved version. */
  amended: boolean;
  /** The `consultation` record belongs to a round opened after the current approval (an amendment or repeal in progress). */
  consultationAfterApproval: boolean;
  /** The `proposal` record belongs to a round proposed after the current approval. */
  proposalAfterApproval: boolean;
}

export function lifecycleOf(e: Lifecycle, procedure: Procedure): EntryLifecycle {
  const r = replay(e.history, procedure);
  const valid = r.failedAt === undefined ? e.history.length : r.failedAt;
  const lastIndexOf = (...kinds: EventKind[]) => e.history.slice(0, valid).findLastIndex((h) => kinds.includes(h.event));
  const approvalEvent = lastIndexOf(...APPROVING_EVENTS);
  const lastOpened = lastIndexOf('consultation_opened');
  // A repeal's consultation may be kept in repeal.consultation, leaving `consultation` as the approved round's.
  const repealRoundKeptApart = lastOpened >= 0 && r.states[lastOpened]?.track === 'repeal' && e.repeal?.consultation !== undefined;
  return {
    replay: r,
    state: finalState(r),
    before: (i) => (i === 0 ? NONE : (r.states[i - 1] ?? NONE)),
    lastIndexOf,
    approvalEvent,
    amended: approvalEvent >= 0 && e.history[approvalEvent]!.event === 'amended',
    consultationAfterApproval: approvalEvent >= 0 && lastOpened > approvalEvent && !repealRoundKeptApart,
    proposalAfterApproval: approvalEvent >= 0 && lastIndexOf(...PROPOSING_EVENTS) > approvalEvent,
  };
}

/**
 * Whether two values of plain data (what YAML and JSON hold) are the same, as node:util's isDeepStrictEqual says:
 * this module also runs in the browser (the checklist page), where node:util does not exist.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => sameData(x, (b as unknown[])[i]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The approval an amendment replaced, as kept in earlier_rounds, if recorded. */
function earlierApproval(e: Lifecycle): Lifecycle['approval'] {
  return e.earlier_rounds?.findLast((r) => r.approval !== undefined && !sameData(r.approval, e.approval))?.approval;
}

/**
 * Legal effect on `date` of the approved version an entry records (undefined when it records none the history
 * supports: a proposal, a consultation of a new entry, a rejection). During an amendment or repeal the approved
 * version stands. An amended version not yet in force is `amendment_scheduled` when the version it replaces is in
 * force on that date: `standing` is that version when the caller knows it (a release: the previous release's);
 * otherwise the approval kept in earlier_rounds tells.
 */
export function legalStatusOn(e: Lifecycle, date: string, standing?: Lifecycle): LegalStatus | undefined {
  const lc = lifecycleOf(e, AS_CHECKED);
  if (lc.state.phase === 'repealed') return e.repeal!.effective > date ? 'repeal_scheduled' : 'repealed';
  if (!lc.state.published || !e.approval) return undefined;
  if (e.approval.effective <= date) return 'in_force';
  if (standing !== undefined) {
    const previousInForce = standing.status === 'approved' && standing.approval !== undefined && standing.approval.effective <= date;
    return previousInForce && !sameData(standing.approval, e.approval) ? 'amendment_scheduled' : 'scheduled';
  }
  if (!lc.amended) return 'scheduled';
  const previous = earlierApproval(e);
  return previous === undefined || previous.effective <= date ? 'amendment_scheduled' : 'scheduled';
}

/** Whether an approved version has legal effect on `date` (its own, or the one an amendment not yet effective replaces). */
export function inForceOn(e: Lifecycle, date: string): boolean {
  const legal = legalStatusOn(e, date);
  return legal === 'in_force' || legal === 'amendment_scheduled' || (legal === 'repeal_scheduled' && e.approval !== undefined && e.approval.effective <= date);
}

/**
 * The entry's own text is not what is in force: an amendment or repeal is under way, and the previously approved
 * version stands (the site sets the draft beside it; a release carries the previous release's version).
 */
export function standsOnEarlierVersion(e: Lifecycle): boolean {
  const s = lifecycleOf(e, AS_CHECKED).state;
  return isOpen(s.phase) && s.published;
}

export type Disposition = 'current' | 'carried' | 'unpublished';

/**
 * Which version of an entry a release publishes: the current one if approved or repealed; if an amendment or repeal
 * is under way, the version of the previous release (when it has one); otherwise none.
 */
export function dispositionOf(e: Lifecycle, inPrevious: boolean): Disposition {
  const s = lifecycleOf(e, AS_CHECKED).state;
  if (s.phase === 'approved' || s.phase === 'repealed') return 'current';
  if (isOpen(s.phase) && s.published && inPrevious) return 'carried';
  return 'unpublished';
}

/** One decision, however its record is later corrected: a decision is known by its date and document number. */
export function sameDecision(a: { date: string; document_number: string }, b: { date: string; document_number: string }): boolean {
  return a.date === b.date && a.document_number === b.document_number;
}

/**
 * Whether a change records a decision of the approving body (the approval gate's trigger): a decision event
 * appended, a status of approved, rejected or repealed reached, or a decision record written or changed.
 */
export function isDecision(base: Lifecycle | undefined, head: Lifecycle | undefined): boolean {
  if (!head) return false;
  const records = (x: Lifecycle | undefined) => [x?.approval, x?.repeal, x?.rejection];
  if (!sameData(records(base), records(head))) return true;
  if (['approved', 'rejected', 'repealed'].includes(head.status) && base?.status !== head.status) return true;
  const baseLen = base?.history.length ?? 0;
  return head.history.slice(baseLen).some((h) => DECISION_EVENTS.includes(h.event));
}

/** Where an entry stands on a day, as the public reads it: its legal effect and any open procedure. */
export type PhaseCode =
  | 'in_force'
  | 'scheduled'
  | 'amendment_scheduled'
  | 'consultation_upcoming'
  | 'consultation_open'
  | 'consultation_closed'
  | 'proposed'
  | 'rejected'
  | 'repeal_scheduled'
  | 'repealed';

export interface PhaseOn {
  code: PhaseCode;
  /** The entry has legal effect on that day (an approved version effective, not yet repealed). */
  inForce: boolean;
  /** Effective date of the approval the history supports, when there is one. */
  effective?: string;
  /** Effective date of the repeal, when there is one. */
  repealEffective?: string;
  /** The consultation window, when one is recorded. */
  opens?: string;
  closes?: string;
}

/** A consultation window relative to `today` (both ends inclusive). */
export function windowState(opens: string, closes: string, today: string): 'upcoming' | 'open' | 'closed' {
  return today < opens ? 'upcoming' : today > closes ? 'closed' : 'open';
}

/** The phase of an entry on `today` (YYYY-MM-DD). */
export function phaseOn(e: Lifecycle, today: string): PhaseOn {
  const { state } = lifecycleOf(e, AS_CHECKED);
  const supported = state.published || state.phase === 'repealed';
  const effective = supported ? e.approval?.effective : undefined;
  const repealEffective = state.phase === 'repealed' ? e.repeal?.effective : undefined;
  const base = {
    inForce: inForceOn(e, today),
    ...(effective ? { effective } : {}),
    ...(repealEffective ? { repealEffective } : {}),
    ...(e.consultation ? { opens: e.consultation.opens, closes: e.consultation.closes } : {}),
  };
  switch (state.phase) {
    case 'approved':
    case 'repealed':
      return { code: legalStatusOn(e, today)!, ...base };
    case 'consultation':
    case 'closed':
      return { code: `consultation_${windowState(e.consultation!.opens, e.consultation!.closes, today)}`, ...base };
    case 'none':
    case 'proposed':
      return { code: 'proposed', ...base };
    case 'rejected':
      return { code: 'rejected', ...base };
  }
}
