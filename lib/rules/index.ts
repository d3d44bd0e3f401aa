// Every rule the validator runs, in report order. Add a rule here and give it its own test.
import type { Rule } from './rule.ts';
import { rule as P01 } from './P01-provincial-basis.ts';
import { rule as P02 } from './P02-catalogue-elements.ts';
import { rule as P03 } from './P03-natural-person-disclosure.ts';
import { rule as P04 } from './P04-national-duplicate.ts';
import { rule as P05 } from './P05-severity-period.ts';
import { rule as P06 } from './P06-measure-basis.ts';
import { rule as P07 } from './P07-specific-trigger.ts';
import { rule as P08 } from './P08-no-compulsion.ts';
import { rule as P09 } from './P09-measure-target.ts';
import { rule as P10 } from './P10-serious-list.ts';
import { rule as P11 } from './P11-objection-days.ts';
import { rule as P12 } from './P12-exemption-effect.ts';
import { rule as P13missing } from './P13-basis-missing.ts';
import { rule as P13repealed } from './P13-basis-repealed.ts';
import { rule as P14 } from './P14-personal-data.ts';
import { rule as P15 } from './P15-incentive-basis.ts';
import { rule as P16 } from './P16-incentive-positive-information.ts';
import { rule as P17 } from './P17-incentive-no-restriction.ts';
import { rule as P18 } from './P18-incentive-score-public-services.ts';
import { rule as P19 } from './P19-incentive-legal-rights.ts';
import { rule as refEntry } from './ref-entry.ts';
import { rule as refInactive } from './ref-inactive.ts';
import { rule as refDepartment } from './ref-department.ts';
import { rule as idDuplicate } from './id-duplicate.ts';
import { rule as upstreamVerified } from './upstream-verified.ts';
import { rule as L04 } from './L04-list-not-kept.ts';
import { rule as L01 } from './L01-consultation-length.ts';
import { rule as L02 } from './L02-approving-body.ts';
import { rule as L03 } from './L03-expert-evaluation.ts';

export const RULES: readonly Rule[] = [
  idDuplicate,
  upstreamVerified,
  refEntry,
  refInactive,
  refDepartment,
  P01,
  P02,
  P03,
  P04,
  P05,
  P06,
  P07,
  P08,
  P09,
  P10,
  P11,
  P12,
  P13missing,
  P13repealed,
  P14,
  P15,
  P16,
  P17,
  P18,
  P19,
  L01,
  L02,
  L03,
  L04,
];
