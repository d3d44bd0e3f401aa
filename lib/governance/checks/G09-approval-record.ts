// G09-approval-record: A decision is the configured body's, takes effect no earlier than it is made, and states its date and document number.
import type { Lifecycle } from '../../../schemas/index.ts';
import type { Diagnostic } from '../../diagnostics.ts';
import { allowedAppended } from '../entry-change.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'approvalRecord',
  code: 'G09-approval-record',
  severity: 'error',
  title: { zh: '审定记录须由规定机关作出并写明日期、文号和施行日期', en: 'Approvals are by the configured body, with date, document number and effective date' },
  source: '国办发〔2020〕49号 三（二）、四（二）（提请领导小组审定）；jurisdiction.yaml lists.<list>.approving_body, else approving_body',
  reports:
    'an approval or repeal by another body than the list\'s `lists.<list>.approving_body` (else `approving_body`); without date or document number; with an effective date before it',
  entry(e, report) {
    const body = e.config.approvingBodies?.[e.kind] ?? e.config.approvingBody;
    for (const { record, d } of decisionRecords(e)) {
      if (d.body !== body)
        report(
          [record, 'body'],
          { zh: `审定机关“${d.body}”不是规定的“${body}”`, en: `Approving body "${d.body}" is not the configured "${body}"` },
          { zh: `由“${body}”审定；审定机关变更须先由维护者修改 jurisdiction.yaml。`, en: `Approval is by "${body}"; a change of authority is made first in jurisdiction.yaml by the maintainers.` },
        );
      if (d.effective < d.date)
        report(
          [record, 'effective'],
          { zh: `施行日期 ${d.effective} 早于审定日期 ${d.date}`, en: `Effective date ${d.effective} is before the approval date ${d.date}` },
          { zh: '施行日期不能早于审定日期。', en: 'The effective date cannot precede the approval.' },
        );
    }
  },
  change(c, report) {
    // A decision record without its date, document number, body or effective date cannot be loaded: said here, not as G00.
    for (const u of c.unreadable)
      for (const d of u.errors.filter(isIncompleteDecision))
        report(u.path, d, { zh: `审定记录不完整：${d.message.zh}`, en: `Incomplete decision record: ${d.message.en}` }, { zh: '审定记录须写明审定机关（body）、日期（date）、文号（document_number）和施行日期（effective）。', en: 'A decision record states body, date, document_number and effective.' }, d.path);
  },
} as const satisfies GovernanceCheck;

type DecisionRecord = NonNullable<Lifecycle['approval']> | NonNullable<Lifecycle['repeal']>;

/** The decision records this change writes: the approval of an approved or amended event, the repeal of a repealed one. */
export function decisionRecords(e: Parameters<NonNullable<GovernanceCheck['entry']>>[0]): { record: 'approval' | 'repeal'; d: DecisionRecord }[] {
  const out: { record: 'approval' | 'repeal'; d: DecisionRecord }[] = [];
  const lastApproval = e.lastIndexOf('approved', 'amended', 'imported');
  for (const { h, i } of allowedAppended(e)) {
    if ((h.event === 'approved' || h.event === 'amended') && i === lastApproval && e.head.approval) out.push({ record: 'approval', d: e.head.approval });
    if (h.event === 'repealed' && i === e.lastIndexOf('repealed') && e.head.repeal) out.push({ record: 'repeal', d: e.head.repeal });
  }
  return out;
}

const isIncompleteDecision = (d: Diagnostic) => d.code === 'schema-required' && /^(?:approval|repeal)\.(?:date|document_number|body|effective)$/.test(d.path ?? '');
export { isIncompleteDecision };
