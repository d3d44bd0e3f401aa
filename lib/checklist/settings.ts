// The one place the checklist reads the jurisdiction's procedural settings, and the national defaults (with their
// sources) for settings the profile does not have. Every step text that names a rule's source takes it from here.
import { profileOf, type Jurisdiction } from '../../schemas/index.ts';
import { SOURCES } from '../rules/sources.ts';

export type DayUnit = 'working_days' | 'days';

export interface TimeLimit {
  days: number;
  day_unit: DayUnit;
  /** Where the number comes from: the setting, and the text that sets it. */
  source: string;
  /** A longer limit in a named case (e.g. when other units must help verify). */
  longer?: { days: number; when: { zh: string; en: string } };
}

export interface ProcedureSettings {
  /** Verifying an objection to a serious-list decision before listing, answered in writing. */
  objectionBeforeListing: TimeLimit;
  /** Handling an objection to recorded information; absent where the jurisdiction sets no number. */
  informationObjection?: TimeLimit;
  /** Publicity windows by severity tier, months. */
  tiers: Record<'minor' | 'general' | 'serious', { min: number; max: number }>;
  tiersSource: string;
  /** The jurisdiction's cap on disclosure periods. */
  disclosureCap?: { max_months: number; basis: string };
}

/** Sources of the national defaults, as the seeds implement 国办发〔2020〕49号. */
export const NATIONAL = {
  basisDocument: `${SOURCES.jiangsu.short}二（二）；${SOURCES.nanjing.short}三（二）`,
  inclusionStandard: `${SOURCES.jiangsu.short}二（三）（四）；${SOURCES.nanjing.short}三（三）（四）`,
  lenience: `${SOURCES.jiangsu.short}四（三）；${SOURCES.nanjing.short}四（二）`,
  priorNotice: `${SOURCES.jiangsu.short}四（一）；${SOURCES.nanjing.short}四（三）`,
  objectionBeforeListing: `${SOURCES.jiangsu.short}四（一）；${SOURCES.nanjing.short}四（三）`,
  decisionDocument: `${SOURCES.jiangsu.short}四（一）；${SOURCES.nanjing.short}四（三）`,
  measureList: `${SOURCES.jiangsu.short}四（二）（三）；${SOURCES.nanjing.short}四（一）（二）`,
  disclosure: `${SOURCES.jiangsu.short}三（一）（三）；${SOURCES.nanjing.short}二（一）（二）`,
  naturalPersons: `${SOURCES.jiangsu.short}三（三）；${SOURCES.nanjing.short}二（二）`,
  rightsProtection: `${SOURCES.jiangsu.short}一（二）“加强权益保护”；${SOURCES.nanjing.short}一（二）`,
  reversal: `${SOURCES.jiangsu.short}二（二）；${SOURCES.nanjing.short}三（二）`,
  repair: `${SOURCES.jiangsu.short}五（一）；${SOURCES.nanjing.short}五（一）`,
  repairTiers: SOURCES.repairOrder.short,
} as const;

/** The jurisdiction's settings (its profile), with the national default wherever the profile has none. */
export function procedureSettings(jurisdiction: Jurisdiction | undefined): ProcedureSettings {
  const p = profileOf(jurisdiction);
  const own = jurisdiction?.time_limits ?? {};
  const listing = p.timeLimits.listing_objection!;
  const information = p.timeLimits.information_objection;
  const assisted = p.timeLimits.information_objection_assisted;
  const { tiers, cap } = p.periods;
  const tiersOwn = jurisdiction?.periods?.tiers !== undefined;
  return {
    objectionBeforeListing: {
      days: listing.working_days,
      day_unit: 'working_days',
      // The text that sets the limit, as a reader cites it (the setting's name is no source for the public).
      source: (own.listing_objection && listing.basis) || NATIONAL.objectionBeforeListing,
    },
    // The national texts set no number for objections to recorded information; only a jurisdiction's profile does.
    ...(information
      ? {
          informationObjection: {
            days: information.working_days,
            day_unit: 'working_days' as const,
            source: information.basis,
            ...(assisted ? { longer: { days: assisted.working_days, when: { zh: '需要其他单位协助核查的', en: 'where other units must help verify' } } } : {}),
          },
        }
      : {}),
    tiers: {
      minor: { min: tiers.minor.min_months, max: tiers.minor.max_months },
      general: { min: tiers.general.min_months, max: tiers.general.max_months },
      serious: { min: tiers.serious.min_months, max: tiers.serious.max_months },
    },
    tiersSource: tiersOwn ? tiers.basis : NATIONAL.repairTiers,
    ...(cap ? { disclosureCap: { max_months: cap.max_months, basis: cap.basis } } : {}),
  };
}
