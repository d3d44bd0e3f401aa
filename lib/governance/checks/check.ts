// What a governance check is: a stable code with its severity, title and source, and the check itself — of one
// entry's change (most of the lifecycle) or of the whole change (deletions, releases, changesets).
import type { Bilingual, Severity } from '../../diagnostics.ts';
import type { ChangeReport, ChangeSet } from '../change-set.ts';
import type { EntryChange, Report } from '../entry-change.ts';

export interface GovernanceCheck {
  /** The short name the findings use. */
  key: string;
  /** Stable code, reported with every finding and never reused for another meaning. */
  code: string;
  severity: Severity;
  title: Bilingual;
  /** The paragraph or file the check enforces. */
  source: string;
  /** What it reports, in full, for GOVERNANCE.md's table. */
  reports: string;
  entry?(e: EntryChange, report: Report): void;
  change?(c: ChangeSet, report: ChangeReport): void;
}

export const PROCEDURE = '国办发〔2020〕49号 三（二）、四（二）（公开征求意见、审定、公布）';
