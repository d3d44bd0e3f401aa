// One entry's change from base to head, as every governance check of an entry reads it: the states the lifecycle
// module replays at both ends, the events appended, and the records of the round in progress. Built once per entry.
import { isDeepStrictEqual } from 'node:util';
import { fieldClass, type Lifecycle, type ListKind } from '../../schemas/index.ts';
import type { Bilingual } from '../diagnostics.ts';
import { finalState, NONE, procedureOf, replay, type EventKind, type Procedure, type Replay, type State } from '../lifecycle/index.ts';
import type { CodeKey } from './codes.ts';

export type Entry = Lifecycle & Record<string, unknown>;

export interface Config {
  minimumDays: number;
  approvingBody: string;
  /** The base says the jurisdiction is onboarding (or the repository is being set up): entries in force may be imported. */
  onboarding?: boolean;
  /** The body of each list where the jurisdiction's profile names one (default: approvingBody). */
  approvingBodies?: Partial<Record<ListKind, string>>;
  /** An entry's procedure under the base's profile (default: the national rule, consultation before every approval). */
  procedure?: (kind: ListKind, entry: object) => Procedure;
}

/** A finding of a check, located by data path in the head version of the file. */
export interface Finding {
  code: CodeKey;
  path: (string | number)[];
  atKey?: boolean;
  /** Only where a finding is milder than its code's usual severity. */
  severity?: 'warning';
  message: Bilingual;
  hint: Bilingual;
}

/** How a check reports: its own code is filled in. */
export type Report = (path: (string | number)[], message: Bilingual, hint: Bilingual, opts?: { atKey?: boolean; severity?: 'warning' }) => void;

export interface CompareInput {
  kind: ListKind;
  base?: Entry;
  head: Entry;
  config: Config;
  /** The last approved version, read lazily when a dropped amendment must restore it. */
  lastApproved?: () => Entry | undefined;
}

export interface EntryChange extends CompareInput {
  /** The head entry's procedure under the base's profile: whether it must go to consultation before a decision. */
  procedure: Procedure;
  /** The base's history is not a prefix of the head's (G03 reports it; checks of the new steps then stand down). */
  rewritten: boolean;
  baseState: State;
  headReplay: Replay;
  /** Where the head's history leads; undefined when it takes a step the lifecycle does not allow. */
  headState: State | undefined;
  /** The state before head event `i`. */
  before(i: number): State;
  /** The events appended since base, with their index in the head's history. */
  appended: { h: Entry['history'][number]; i: number }[];
  has(...kinds: EventKind[]): boolean;
  lastIndexOf(...kinds: EventKind[]): number;
  /** The latest round's consultation record (a repeal's may be kept in repeal.consultation), its path, and at base. */
  round: { c: Lifecycle['consultation']; path: (string | number)[]; base: Lifecycle['consultation']; repealRound: boolean };
  /** An amendment is adopted here or in progress at head. */
  amending: boolean;
  /** Top-level content fields that differ between base and head. */
  changed: string[];
}

export const OPEN: State['phase'][] = ['proposed', 'consultation', 'closed'];

/** Top-level content fields (not lifecycle) whose values differ. */
export function changedFields(kind: ListKind, a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => fieldClass(kind, k) !== 'lifecycle' && !isDeepStrictEqual(a[k], b[k]));
}

/** The first index at which the base's history is not kept at head, or -1. */
export function firstRewrite(base: Entry | undefined, head: Entry): number {
  if (!base) return -1;
  return base.history.findIndex((h, i) => i >= head.history.length || !isDeepStrictEqual(h, head.history[i]));
}

export function entryChange(input: CompareInput): EntryChange {
  const { base, head } = input;
  const baseLen = base?.history.length ?? 0;
  const rewritten = firstRewrite(base, head) >= 0;
  // The head's content decides the scope: an amendment that makes a measure reduce rights goes to consultation.
  const procedureFor = input.config.procedure ?? ((k: ListKind, x: object) => procedureOf(undefined, k, x));
  const procedure = procedureFor(input.kind, head);
  // The base's history was taken under the base's own content.
  const baseState = base ? finalState(replay(base.history, procedureFor(input.kind, base))) : NONE;
  const headReplay = replay(head.history, procedure);
  const headState = headReplay.failedAt === undefined ? finalState(headReplay) : undefined;
  const appended = rewritten ? [] : head.history.map((h, i) => ({ h, i })).slice(baseLen);
  const has = (...kinds: EventKind[]) => appended.some(({ h }) => kinds.includes(h.event));
  const lastIndexOf = (...kinds: EventKind[]) => head.history.findLastIndex((h) => kinds.includes(h.event));
  const lastOpened = lastIndexOf('consultation_opened');
  // A repeal's consultation may be kept in repeal.consultation, leaving consultation as the round the approval rested on.
  const repealRound = lastOpened >= 0 && headReplay.states[lastOpened]?.track === 'repeal' && head.repeal?.consultation !== undefined;
  const amending = has('amended') || (headState !== undefined && OPEN.includes(headState.phase) && headState.track === 'amendment');
  return {
    ...input,
    procedure,
    rewritten,
    baseState,
    headReplay,
    headState,
    before: (i) => (i === 0 ? NONE : headReplay.states[i - 1]!),
    appended,
    has,
    lastIndexOf,
    round: repealRound
      ? { c: head.repeal!.consultation, path: ['repeal', 'consultation'], base: base?.repeal?.consultation, repealRound }
      : { c: head.consultation, path: ['consultation'], base: base?.consultation, repealRound },
    amending,
    changed: base ? changedFields(input.kind, base, head) : [],
  };
}

/** A decision taken in this change and the consultation round it rests on (none: an import, or a repeal without one). */
export interface DecisionRound {
  record: 'approval' | 'repeal';
  /** Index of the decision event. */
  event: number;
  date: string;
  round: Lifecycle['consultation'];
  roundPath: (string | number)[];
}

/** The decisions appended in this change, each with its round; and whether an approval's round is missing from earlier_rounds. */
export function decisionsMade(e: EntryChange): { decisions: DecisionRound[]; earlierRoundMissing: boolean } {
  const { head, headReplay, appended } = e;
  const decisions: DecisionRound[] = [];
  let earlierRoundMissing = false;
  const lastOpened = e.lastIndexOf('consultation_opened');
  for (const { h, i } of appended) {
    if (headReplay.failedAt !== undefined && i >= headReplay.failedAt) break;
    if ((h.event === 'approved' || h.event === 'amended') && i === e.lastIndexOf('approved', 'amended', 'imported') && head.approval) {
      const a = head.approval;
      const laterTrack = lastOpened > i ? headReplay.states[lastOpened]?.track : undefined;
      if (e.before(i).phase === 'proposed') decisions.push({ record: 'approval', event: i, date: a.date, round: undefined, roundPath: e.round.path });
      else if (laterTrack === 'repeal') decisions.push({ record: 'approval', event: i, date: a.date, round: head.consultation, roundPath: ['consultation'] });
      else if (laterTrack !== undefined && !a.imported) {
        // A newer round (an amendment) has opened since this approval: its consultation is the one kept in earlier_rounds.
        const k = (head.earlier_rounds ?? []).findLastIndex((r) => isDeepStrictEqual(r.approval, a));
        if (k < 0) earlierRoundMissing = true;
        else decisions.push({ record: 'approval', event: i, date: a.date, round: head.earlier_rounds![k]!.consultation, roundPath: ['earlier_rounds', k, 'consultation'] });
      } else decisions.push({ record: 'approval', event: i, date: a.date, round: e.round.c, roundPath: e.round.path });
    }
    if (h.event === 'repealed' && i === e.lastIndexOf('repealed') && head.repeal && e.before(i).phase === 'closed')
      decisions.push({ record: 'repeal', event: i, date: head.repeal.date, round: e.round.c, roundPath: e.round.path });
  }
  return { decisions, earlierRoundMissing };
}

/** The new events up to the first one the lifecycle does not allow. */
export const allowedAppended = (e: EntryChange) => e.appended.filter(({ i }) => e.headReplay.failedAt === undefined || i < e.headReplay.failedAt);
