// G05-trail-mismatch: Each new step has its record, dated as its event and cited by it; superseded records are kept in earlier_rounds.
import { isDeepStrictEqual } from 'node:util';
import { eventZh, lifecycleIssues } from '../../lifecycle/checks.ts';
import { allowedAppended, decisionsMade } from '../entry-change.ts';
import { PROCEDURE, type GovernanceCheck } from './check.ts';

export const check = {
  key: 'trail',
  code: 'G05-trail-mismatch',
  severity: 'error',
  title: { zh: '每一步须有相应的记录和历史事件', en: 'Every step has its record and its history event' },
  source: PROCEDURE,
  reports:
    'a record the history does not support (an approval without its approving event, an earlier round without its amendment, a repeal without repealed); earlier rounds that grow without an amendment or differ from the records superseded; a step without its record, or its record dated differently from its event; a decision event that does not cite the document number in `ref`; an import not declared `approval.imported: true`; an `amended` event without a new approval. A consultation on a repeal held but not recorded (no `repeal.consultation`) is reported as a warning: it is optional, so the repeal stands, but the trail is incomplete',
  entry(e, report) {
    const { base, head, headReplay } = e;
    const ev = (i: number) => head.history[i]!;
    const missing = (i: number, field: string, zh: string, en: string) =>
      report(['history', i], { zh: `事件“${eventZh(ev(i).event)}”缺少 ${field} 记录`, en: `Event ${ev(i).event} has no ${field} record` }, { zh: `补充 ${field}：${zh}。`, en: `Add ${field}: ${en}.` });
    const dateMismatch = (i: number, path: (string | number)[], recorded: string) =>
      report(
        path,
        { zh: `${path.join('.')}（${recorded}）与历史事件“${ev(i).event}”的日期（${ev(i).date}）不一致`, en: `${path.join('.')} (${recorded}) differs from the date of history event ${ev(i).event} (${ev(i).date})` },
        { zh: '记录和历史事件写同一日期。', en: 'Give the record and its history event the same date.' },
      );
    const refMismatch = (i: number, documentNumber: string) =>
      report(
        ['history', i, ev(i).ref === undefined ? 'event' : 'ref'],
        { zh: `历史事件“${ev(i).event}”须以 ref 引用审定文件文号 ${documentNumber}`, en: `History event ${ev(i).event} must cite the document number ${documentNumber} in ref` },
        { zh: `在该事件中写 ref: ${documentNumber}`, en: `Write ref: ${documentNumber} on the event.` },
      );
    const decision = (record: 'approval' | 'repeal', i: number, d: { date: string; document_number: string }) => {
      if (d.date !== ev(i).date) dateMismatch(i, [record, 'date'], d.date);
      if (ev(i).ref !== d.document_number) refMismatch(i, d.document_number);
    };
    const lastProposal = e.lastIndexOf('proposed', 'amendment_proposed', 'repeal_proposed');
    const proposalDates = new Set(head.history.filter((h) => ['proposed', 'amendment_proposed', 'repeal_proposed'].includes(h.event)).map((h) => h.date));
    const lastOpened = e.lastIndexOf('consultation_opened');
    const lastApproval = e.lastIndexOf('approved', 'amended', 'imported');
    const { c, path: cPath, repealRound } = e.round;

    for (const { h, i } of allowedAppended(e)) {
      switch (h.event) {
        case 'imported': {
          const a = head.approval;
          if (!a) missing(i, 'approval', '原审定机关、日期、文号和施行日期', 'the body, date, document number and effective date of the existing edition');
          else {
            if (a.imported !== true)
              report(
                ['approval'],
                { zh: '以 imported 开始的条目须声明为导入：approval.imported: true', en: 'An entry that starts with imported must be declared one: approval.imported: true' },
                { zh: '在 approval 中加上 imported: true，并引用审定现行版本的文件文号。', en: 'Add imported: true to approval, citing the document that approved the existing edition.' },
              );
            if (h.ref !== a.document_number) refMismatch(i, a.document_number);
          }
          break;
        }
        case 'proposed':
        case 'amendment_proposed':
        case 'repeal_proposed': {
          // The proposal record holds the first proposal, or the latest one when an amendment or repeal replaces it.
          const p = head.proposal;
          if (!p) {
            if (h.event === 'proposed') missing(i, 'proposal', '提出部门和日期', 'the proposing department and date');
          } else if (i === lastProposal && !proposalDates.has(p.date)) dateMismatch(i, ['proposal', 'date'], p.date);
          break;
        }
        case 'consultation_opened':
          if (i !== lastOpened) break;
          if (!c) missing(i, 'consultation', '起止日期和意见渠道', 'the window and the channel');
          else if (headReplay.states[i]?.track === 'repeal' && !repealRound && c.opens < h.date)
            // A consultation on a repeal is optional; one held but not recorded leaves the trail incomplete, not the repeal invalid.
            report(
              ['history', i],
              { zh: `废止的公开征求意见（${h.date} 开始）没有记录：consultation 仍是原审定所依据的记录`, en: `The consultation on the repeal (opened ${h.date}) is not recorded: consultation still holds the round the approval rested on` },
              { zh: '在 repeal.consultation 中写明起止日期、渠道、收到和采纳意见条数及意见采纳情况。', en: 'Record it in repeal.consultation: window, channel, comments received and adopted, and the response.' },
              { severity: 'warning' },
            );
          else if (c.opens !== h.date) dateMismatch(i, [...cPath, 'opens'], c.opens);
          break;
        case 'approved':
        case 'amended': {
          if (i !== lastApproval) break;
          const a = head.approval;
          if (!a) {
            missing(i, 'approval', '审定机关、日期、文号和施行日期', 'body, date, document number and effective date');
            break;
          }
          if (a.imported)
            report(['approval', 'imported'], { zh: '本次审定不是接入导入，不应标注 imported', en: 'This approval is not an onboarding import: remove imported' }, { zh: '删除 imported: true。', en: 'Remove imported: true.' }, { atKey: true });
          if (h.event === 'amended' && base?.approval && isDeepStrictEqual(base.approval, a))
            report(
              ['approval'],
              { zh: '修订审定（amended）须记录新的审定：approval 仍是原来的审定', en: 'An amended event needs the new approval: approval still holds the previous one' },
              { zh: '把 approval 更新为修订的审定机关、日期、文号和施行日期。', en: "Update approval with the amendment's body, date, document number and effective date." },
            );
          decision('approval', i, a);
          break;
        }
        case 'repealed':
          if (i !== e.lastIndexOf('repealed')) break;
          if (!head.repeal) missing(i, 'repeal', '废止理由、审定机关、日期、文号和生效日期', 'reason, body, date, document number and effective date');
          else decision('repeal', i, head.repeal);
          break;
        case 'rejected':
          if (i !== e.lastIndexOf('rejected') || e.before(i).track !== 'new') break;
          if (!head.rejection) missing(i, 'rejection', '决定日期和理由', 'the date and reason');
          else if (head.rejection.date !== h.date) dateMismatch(i, ['rejection', 'date'], head.rejection.date);
          break;
        case 'corrected':
        case 'consultation_closed':
          break;
      }
    }
    // Records follow the history: a record no history event supports is reported as the lifecycle module finds it.
    // (When the history itself takes a step the lifecycle does not allow, G04 says so and this stands down.)
    if (headReplay.failedAt === undefined)
      for (const issue of lifecycleIssues(head, e.procedure))
        if (issue.code === 'lifecycle-record-unsupported') report(issue.path, { zh: issue.zh, en: issue.en }, issue.hint, { atKey: issue.atKey ?? false });

    if (decisionsMade(e).earlierRoundMissing)
      report(
        ['earlier_rounds'],
        { zh: '新一轮程序已经开始，但此前审定所依据的征求意见记录没有保留在 earlier_rounds 中', en: 'A new round has begun, but the consultation the approval rested on is not kept in earlier_rounds' },
        { zh: '把此前的 proposal、consultation、approval 原样追加到 earlier_rounds。', en: 'Append the earlier proposal, consultation and approval to earlier_rounds unchanged.' },
      );

    // Records of an approved round that a new round replaces are kept, unchanged, in earlier_rounds.
    // (A repeal keeps the approved round in place and its own consultation in repeal.consultation.)
    if (!base || e.rewritten) return;
    const has = e.has;
    const headRounds = head.earlier_rounds ?? [];
    // Earlier rounds grow only when an amendment starts, by exactly the records it supersedes.
    const baseRounds = base.earlier_rounds ?? [];
    for (let k = baseRounds.length; k < headRounds.length; k++) {
      const round = headRounds[k]!;
      const superseded = (['proposal', 'consultation', 'approval', 'rejection'] as const).filter((f) => round[f] !== undefined && !isDeepStrictEqual(round[f], base[f]));
      if (!has('amendment_proposed'))
        report(
          ['earlier_rounds', k],
          { zh: 'earlier_rounds 新增了一轮记录，但本次变更没有提出修订（amendment_proposed）', en: 'earlier_rounds gained a round, but this change starts no amendment (amendment_proposed)' },
          { zh: '此前一轮的记录只在提出修订时，从当时的 proposal、consultation、approval 原样移入；删除新增的记录。', en: 'A round’s records move there only when an amendment starts, unchanged from proposal, consultation and approval; remove the added round.' },
        );
      else if (superseded.length)
        report(
          ['earlier_rounds', k, superseded[0]!],
          { zh: `earlier_rounds 新增的一轮中 ${superseded.join('、')} 与被取代的记录不同`, en: `In the round added to earlier_rounds, ${superseded.join(', ')} differ from the records superseded` },
          { zh: '原样移入基准版本中的 proposal、consultation、approval，不作任何改动。', en: 'Move the base version’s proposal, consultation and approval there exactly as they were.' },
        );
    }
    const newRound = has('amendment_proposed', 'consultation_opened', 'amended') && e.headState?.track !== 'repeal' && !has('repealed');
    if (base.approval && newRound)
      for (const field of ['proposal', 'consultation', 'approval'] as const) {
        const old = base[field];
        // Proposal and consultation belong to the approved round only while no new round is under way at base.
        if (field !== 'approval' && base.status !== 'approved') continue;
        if (old === undefined || isDeepStrictEqual(old, head[field]) || (field === 'consultation' && has('repealed') && isDeepStrictEqual(head.repeal?.consultation, old))) continue;
        if (!headRounds.some((r) => isDeepStrictEqual(r[field], old)))
          report(
            [field],
            { zh: `被取代的 ${field} 记录没有保留在 earlier_rounds 中`, en: `The superseded ${field} record is not kept in earlier_rounds` },
            { zh: `把原来的 ${field} 记录原样追加到 earlier_rounds（与同一轮的其他记录放在一起）。`, en: `Append the previous ${field} record unchanged to earlier_rounds (with the other records of its round).` },
          );
      }
  },
} as const satisfies GovernanceCheck;
