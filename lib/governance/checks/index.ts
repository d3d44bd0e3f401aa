// Every governance check, in code order. Add a check here and give it its own test (test/governance/<CODE>.test.ts).
import { check as G00 } from './G00-unreadable.ts';
import { check as G01 } from './G01-entry-deleted.ts';
import { check as G02 } from './G02-id-reused.ts';
import { check as G03 } from './G03-history-rewritten.ts';
import { check as G04 } from './G04-transition-not-allowed.ts';
import { check as G05 } from './G05-trail-mismatch.ts';
import { check as G06 } from './G06-consultation-too-short.ts';
import { check as G07 } from './G07-consultation-not-closed.ts';
import { check as G08 } from './G08-consultation-outcome-missing.ts';
import { check as G09 } from './G09-approval-record.ts';
import { check as G10 } from './G10-approval-pull-request.ts';
import { check as G11 } from './G11-substantive-change.ts';
import { check as G12 } from './G12-correction-unrecorded.ts';
import { check as G13 } from './G13-release-modified.ts';
import { check as G14 } from './G14-mixed-change.ts';
import { check as G15 } from './G15-changeset-missing.ts';
import { check as G16 } from './G16-changeset-bump.ts';
import { check as G17 } from './G17-changeset-invalid.ts';
import { check as G18 } from './G18-release-not-rebuilt.ts';
import { check as G30 } from './G30-upstream-modified.ts';
import { check as G31 } from './G31-upstream-moved.ts';

export const CHECKS = [G00, G01, G02, G03, G04, G05, G06, G07, G08, G09, G10, G11, G12, G13, G14, G15, G16, G17, G18, G30, G31] as const;
