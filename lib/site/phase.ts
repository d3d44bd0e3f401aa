// Where an entry stands on a given day, for the site's status banner: its legal effect and any open procedure.
import type { Lifecycle } from '../../schemas/index.ts';
import { legalStatusOn, type AuthoringEntry } from '../release/publish.ts';

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

export interface Phase {
  code: PhaseCode;
  /** The entry has legal effect on that day (approved and effective, not yet repealed). */
  inForce: boolean;
  /** Effective date of the approval, when there is one. */
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
export function phaseOf(e: Lifecycle, today: string): Phase {
  const effective = e.approval?.effective;
  const repealEffective = e.repeal?.effective;
  const repealedNow = e.status === 'repealed' && repealEffective !== undefined && repealEffective <= today;
  const inForce = effective !== undefined && effective <= today && !repealedNow && e.status !== 'rejected';
  const base = {
    inForce,
    ...(effective ? { effective } : {}),
    ...(repealEffective ? { repealEffective } : {}),
    ...(e.consultation ? { opens: e.consultation.opens, closes: e.consultation.closes } : {}),
  };
  switch (e.status) {
    case 'approved':
    case 'repealed': {
      // The legal effect, exactly as a release states it (in_force, scheduled, repeal_scheduled, repealed).
      const code = legalStatusOn(e as AuthoringEntry, today);
      // An approved amendment not yet effective: the version approved before it stays in force meanwhile.
      if (code === 'scheduled' && isAmendment(e)) return { code: 'amendment_scheduled', ...base, inForce: true };
      return { code, ...base };
    }
    case 'consultation':
      return { code: `consultation_${windowState(e.consultation!.opens, e.consultation!.closes, today)}`, ...base };
    case 'proposed':
      return { code: 'proposed', ...base };
    case 'rejected':
      return { code: 'rejected', ...base };
  }
}

/** The entry's current approval is an amendment of an earlier approved version (per its history). */
function isAmendment(e: Lifecycle): boolean {
  const approvals = e.history.filter((h) => h.event === 'approved' || h.event === 'imported' || h.event === 'amended');
  return approvals.length > 1 && approvals.at(-1)!.event === 'amended';
}

/** Today's date in the jurisdiction's time zone (China has one). */
export function todayIn(timeZone = 'Asia/Shanghai', now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
