// The lifecycle across revisions: how an entry may move from its state at base to its state at head.
// Pure: two parsed entries and the jurisdiction's numbers in, findings and the change's effect out.
// Where an entry stands is the lifecycle module's answer (lib/lifecycle/); this file only compares two of them.
import { isDeepStrictEqual } from 'node:util';
import { fieldClass, STATUS, type Lifecycle, type ListKind } from '../../schemas/index.ts';
import type { Bilingual } from '../diagnostics.ts';
import { consultationDays } from '../rules/L01-consultation-length.ts';
import { allowedAfter, finalState, NONE, replay, statusOf, type EventKind, type Phase, type State } from '../lifecycle/index.ts';
import { eventEn, eventZh, stateWords } from '../lifecycle/checks.ts';
import type { CodeKey } from './codes.ts';

export type Entry = Lifecycle & Record<string, unknown>;
const OPEN: Phase[] = ['proposed', 'consultation', 'closed'];
const lastState = finalState;

export type Bump = 'none' | 'patch' | 'minor' | 'major';
export const BUMPS: Bump[] = ['none', 'patch', 'minor', 'major'];
export const maxBump = (a: Bump, b: Bump): Bump => (BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b);

export interface Finding {
  code: CodeKey;
  path: (string | number)[];
  atKey?: boolean;
  /** Only where a finding is milder than its code's usual severity. */
  severity?: 'warning';
  message: Bilingual;
  hint: Bilingual;
}

export interface Config {
  minimumDays: number;
  approvingBody: string;
}

export interface EntryComparison {
  findings: Finding[];
  /** What the change does to the published lists, for the changeset check. */
  effect: Bump;
  effectReason: Bilingual;
}

const ev = eventZh;
const evEn = eventEn;
const phaseZh = (s: State) => stateWords(s).zh;
const phaseEn = (s: State) => stateWords(s).en;

/** Top-level content fields (not lifecycle) whose values differ. */
function changedFields(kind: ListKind, a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.filter((k) => fieldClass(kind, k) !== 'lifecycle' && !isDeepStrictEqual(a[k], b[k]));
}

export interface CompareInput {
  kind: ListKind;
  base?: Entry;
  head: Entry;
  config: Config;
  /** The last approved version, read lazily when a dropped amendment must restore it. */
  lastApproved?: () => Entry | undefined;
}

/** Compare one entry at base and head: the findings, located by data path in the head version, and the change's effect. */
export function compareEntry({ kind, base, head, config, lastApproved }: CompareInput): EntryComparison {
  const findings: Finding[] = [];
  const report = (code: CodeKey, path: (string | number)[], message: Bilingual, hint: Bilingual, atKey = false, severity?: 'warning') =>
    findings.push({ code, path, message, hint, ...(atKey ? { atKey } : {}), ...(severity ? { severity } : {}) });

  // 1. The base's history is a prefix of the head's.
  const baseLen = base?.history.length ?? 0;
  let rewritten = false;
  if (base)
    for (let i = 0; i < baseLen; i++) {
      if (i < head.history.length && isDeepStrictEqual(base.history[i], head.history[i])) continue;
      rewritten = true;
      report(
        'historyRewritten',
        i < head.history.length ? ['history', i] : ['history'],
        i < head.history.length
          ? { zh: `历史第 ${i + 1} 条事件被改动（原为 ${base.history[i]!.date} ${base.history[i]!.event}）`, en: `History event ${i + 1} was altered (it was ${base.history[i]!.date} ${base.history[i]!.event})` }
          : { zh: `历史事件被删除（原有 ${baseLen} 条，现有 ${head.history.length} 条）`, en: `History events were removed (${baseLen} before, ${head.history.length} now)` },
        { zh: '历史只能在末尾追加新事件；已有事件保持原样。需要说明时，追加一条 corrected 事件并写明 note。', en: 'Only append new events at the end; leave existing ones as they were. To explain, append a corrected event with a note.' },
      );
      break;
    }

  const baseState = base ? lastState(replay(base.history)) : NONE;
  const headReplay = replay(head.history);
  const headState = headReplay.failedAt === undefined ? lastState(headReplay) : undefined;
  const before = (i: number) => (i === 0 ? NONE : headReplay.states[i - 1]!);
  const appended = rewritten ? [] : head.history.map((h, i) => ({ h, i })).slice(baseLen);
  const has = (...kinds: EventKind[]) => appended.some(({ h }) => kinds.includes(h.event));

  // 2. Each new event is a step the lifecycle allows, and the status is where the steps lead.
  if (!rewritten && headReplay.failedAt !== undefined && headReplay.failedAt >= baseLen) {
    const i = headReplay.failedAt;
    const e = head.history[i]!.event;
    const from = before(i);
    const allowed = allowedAfter(from);
    report(
      'transition',
      ['history', i, 'event'],
      from.phase === 'none'
        ? { zh: `新条目不能以“${ev(e)}”开始`, en: `A new entry cannot start with ${evEn(e)}` }
        : { zh: `条目处于“${phaseZh(from)}”时，不能接着“${ev(e)}”`, en: `${evEn(e)} is not allowed when the entry is ${phaseEn(from)}` },
      from.phase === 'none'
        ? {
            zh: '新条目以 proposed（提出建议）或 consultation_opened（直接征求意见）开始；只有接入时导入的现行条目以 imported 开始，并须在 approval 中写明 imported: true。',
            en: 'A new entry starts with proposed or consultation_opened; only entries imported at onboarding start with imported, declared by approval.imported: true.',
          }
        : { zh: `此时可接的事件：${allowed.map(ev).join('、') || '无（该条目已终结）'}。`, en: `Allowed next: ${allowed.join(', ') || 'none (the entry is final)'}.` },
    );
  }
  if (headState && !rewritten && head.status !== statusOf(headState.phase)) {
    const expected = statusOf(headState.phase)!;
    report(
      'transition',
      ['status'],
      {
        zh: `状态为“${STATUS.labels[head.status].zh}”，但历史记录表明条目${phaseZh(headState)}（状态应为 ${expected}）`,
        en: `Status is "${head.status}", but the history shows the entry ${phaseEn(headState)} (status should be ${expected})`,
      },
      { zh: '改变状态时，须在 history 末尾追加相应事件（日期、事件、文号）。', en: 'Change the status only together with the matching event appended to history (date, event, reference).' },
    );
  }

  // 3. Each new step has its record, dated as its event; decisions are the configured body's, after the consultation.
  const lastIndexOf = (...kinds: EventKind[]) => head.history.findLastIndex((h) => kinds.includes(h.event));
  const lastProposal = lastIndexOf('proposed', 'amendment_proposed', 'repeal_proposed');
  const proposalDates = new Set(head.history.filter((h) => ['proposed', 'amendment_proposed', 'repeal_proposed'].includes(h.event)).map((h) => h.date));
  const lastOpened = lastIndexOf('consultation_opened');
  const lastClosed = lastIndexOf('consultation_closed');
  const lastApproval = lastIndexOf('approved', 'amended', 'imported');
  const lastRepeal = lastIndexOf('repealed');
  const lastRejection = lastIndexOf('rejected');
  // The latest round's consultation record. A repeal's may be kept in repeal.consultation, leaving consultation
  // as the round the approval rested on.
  const repealRound = lastOpened >= 0 && headReplay.states[lastOpened]?.track === 'repeal' && head.repeal?.consultation !== undefined;
  const c = repealRound ? head.repeal!.consultation : head.consultation;
  const cPath = repealRound ? ['repeal', 'consultation'] : ['consultation'];
  const baseC = repealRound ? base?.repeal?.consultation : base?.consultation;
  const missing = (i: number, field: string, zh: string, en: string) =>
    report('trail', ['history', i], { zh: `事件“${ev(head.history[i]!.event)}”缺少 ${field} 记录`, en: `Event ${head.history[i]!.event} has no ${field} record` }, { zh: `补充 ${field}：${zh}。`, en: `Add ${field}: ${en}.` });
  const dateMismatch = (i: number, path: (string | number)[], recorded: string) =>
    report(
      'trail',
      path,
      { zh: `${path.join('.')}（${recorded}）与历史事件“${head.history[i]!.event}”的日期（${head.history[i]!.date}）不一致`, en: `${path.join('.')} (${recorded}) differs from the date of history event ${head.history[i]!.event} (${head.history[i]!.date})` },
      { zh: '记录和历史事件写同一日期。', en: 'Give the record and its history event the same date.' },
    );
  const refMismatch = (i: number, documentNumber: string) =>
    report(
      'trail',
      ['history', i, head.history[i]!.ref === undefined ? 'event' : 'ref'],
      { zh: `历史事件“${head.history[i]!.event}”须以 ref 引用审定文件文号 ${documentNumber}`, en: `History event ${head.history[i]!.event} must cite the document number ${documentNumber} in ref` },
      { zh: `在该事件中写 ref: ${documentNumber}`, en: `Write ref: ${documentNumber} on the event.` },
    );
  /** A decision's record: dated as its event, cited by it, made by the configured body, in force no earlier, with its pull request. */
  const decisionBy = (record: 'approval' | 'repeal', i: number, d: { body: string; date: string; document_number: string; effective: string; pull_request?: number | undefined }) => {
    const { body, date, effective } = d;
    if (date !== head.history[i]!.date) dateMismatch(i, [record, 'date'], date);
    if (head.history[i]!.ref !== d.document_number) refMismatch(i, d.document_number);
    if (body !== config.approvingBody)
      report(
        'approvalRecord',
        [record, 'body'],
        { zh: `审定机关“${body}”不是规定的“${config.approvingBody}”`, en: `Approving body "${body}" is not the configured "${config.approvingBody}"` },
        { zh: `由“${config.approvingBody}”审定；审定机关变更须先由维护者修改 jurisdiction.yaml。`, en: `Approval is by "${config.approvingBody}"; a change of authority is made first in jurisdiction.yaml by the maintainers.` },
      );
    if (effective < date)
      report(
        'approvalRecord',
        [record, 'effective'],
        { zh: `施行日期 ${effective} 早于审定日期 ${date}`, en: `Effective date ${effective} is before the approval date ${date}` },
        { zh: '施行日期不能早于审定日期。', en: 'The effective date cannot precede the approval.' },
      );
    if (d.pull_request === undefined)
      report(
        'approvalPullRequest',
        [record],
        { zh: `${record} 记录没有写明合并请求编号（pull_request）`, en: `The ${record} record does not name its pull request` },
        { zh: '写上记录此次审定的合并请求编号，如 pull_request: 42。', en: 'Add the number of the pull request that records it, e.g. pull_request: 42.' },
      );
  };
  const afterConsultation = (record: 'approval' | 'repeal', date: string, round = c, roundPath: (string | number)[] = cPath) => {
    const c = round;
    const cPath = roundPath;
    if (!c) return;
    if (date <= c.closes)
      report(
        'consultationOpen',
        [record, 'date'],
        { zh: `审定日期 ${date} 时征求意见尚未结束（截止 ${c.closes}，含当日）`, en: `On ${date} the consultation was still open (it closes ${c.closes}, inclusive)` },
        { zh: `征求意见截止后方可审定：审定日期须晚于 ${cPath.join('.')}.closes。`, en: `Approve only after the consultation closes: the date must be after ${cPath.join('.')}.closes.` },
      );
    const absent = (['comments_received', 'comments_adopted', 'response'] as const).filter((k) => c[k] === undefined);
    if (absent.length)
      report(
        'outcome',
        cPath,
        { zh: `审定前须写明征求意见结果，缺少：${absent.join('、')}`, en: `The consultation outcome must be recorded before approval; missing: ${absent.join(', ')}` },
        { zh: '写明收到意见条数（comments_received）、采纳条数（comments_adopted）和公开的意见采纳情况（response）。', en: 'State comments_received, comments_adopted and the published response.' },
      );
  };

  for (const { h, i } of appended) {
    if (headReplay.failedAt !== undefined && i >= headReplay.failedAt) break;
    switch (h.event) {
      case 'imported': {
        const a = head.approval;
        if (!a) missing(i, 'approval', '原审定机关、日期、文号和施行日期', 'the body, date, document number and effective date of the existing edition');
        else {
          if (a.imported !== true)
            report(
              'trail',
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
            'trail',
            ['history', i],
            { zh: `废止的公开征求意见（${h.date} 开始）没有记录：consultation 仍是原审定所依据的记录`, en: `The consultation on the repeal (opened ${h.date}) is not recorded: consultation still holds the round the approval rested on` },
            { zh: '在 repeal.consultation 中写明起止日期、渠道、收到和采纳意见条数及意见采纳情况。', en: 'Record it in repeal.consultation: window, channel, comments received and adopted, and the response.' },
            false,
            'warning',
          );
        else if (c.opens !== h.date) dateMismatch(i, [...cPath, 'opens'], c.opens);
        break;
      case 'consultation_closed':
        if (i === lastClosed && lastClosed > lastOpened && c && h.date < c.closes)
          report(
            'consultationOpen',
            ['history', i, 'date'],
            { zh: `征求意见在 ${h.date} 提前结束，早于公布的截止日期 ${c.closes}`, en: `The consultation was closed on ${h.date}, before its published end ${c.closes}` },
            { zh: '征求意见期须完整进行：consultation_closed 的日期不早于 consultation.closes。', en: 'Run the full window: date consultation_closed on or after consultation.closes.' },
          );
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
          report('trail', ['approval', 'imported'], { zh: '本次审定不是接入导入，不应标注 imported', en: 'This approval is not an onboarding import: remove imported' }, { zh: '删除 imported: true。', en: 'Remove imported: true.' }, true);
        if (h.event === 'amended' && base?.approval && isDeepStrictEqual(base.approval, a))
          report(
            'trail',
            ['approval'],
            { zh: '修订审定（amended）须记录新的审定：approval 仍是原来的审定', en: 'An amended event needs the new approval: approval still holds the previous one' },
            { zh: '把 approval 更新为修订的审定机关、日期、文号和施行日期。', en: "Update approval with the amendment's body, date, document number and effective date." },
          );
        decisionBy('approval', i, a);
        const laterTrack = lastOpened > i ? headReplay.states[lastOpened]?.track : undefined;
        if (laterTrack === 'repeal') afterConsultation('approval', a.date, head.consultation, ['consultation']);
        else if (laterTrack !== undefined && !a.imported) {
          // A newer round (an amendment) has opened since this approval: its consultation is the one kept in earlier_rounds.
          const k = (head.earlier_rounds ?? []).findLastIndex((r) => isDeepStrictEqual(r.approval, a));
          if (k < 0)
            report(
              'trail',
              ['earlier_rounds'],
              { zh: '新一轮程序已经开始，但此前审定所依据的征求意见记录没有保留在 earlier_rounds 中', en: 'A new round has begun, but the consultation the approval rested on is not kept in earlier_rounds' },
              { zh: '把此前的 proposal、consultation、approval 原样追加到 earlier_rounds。', en: 'Append the earlier proposal, consultation and approval to earlier_rounds unchanged.' },
            );
          else afterConsultation('approval', a.date, head.earlier_rounds![k]!.consultation, ['earlier_rounds', k, 'consultation']);
        } else afterConsultation('approval', a.date);
        break;
      }
      case 'repealed': {
        if (i !== lastRepeal) break;
        const r = head.repeal;
        if (!r) {
          missing(i, 'repeal', '废止理由、审定机关、日期、文号和生效日期', 'reason, body, date, document number and effective date');
          break;
        }
        decisionBy('repeal', i, r);
        if (before(i).phase === 'closed') afterConsultation('repeal', r.date);
        break;
      }
      case 'rejected':
        if (i !== lastRejection || before(i).track !== 'new') break;
        if (!head.rejection) missing(i, 'rejection', '决定日期和理由', 'the date and reason');
        else if (head.rejection.date !== h.date) dateMismatch(i, ['rejection', 'date'], head.rejection.date);
        break;
      case 'corrected':
        break;
    }
  }

  // The window is checked when it is opened or moved.
  if (c && (has('consultation_opened') || (baseC && baseC.closes !== c.closes && headState?.phase === 'consultation'))) {
    const days = consultationDays(c.opens, c.closes);
    if (days < config.minimumDays)
      report(
        'consultationShort',
        [...cPath, 'closes'],
        { zh: `征求意见期只有 ${days} 天，少于规定的 ${config.minimumDays} 天`, en: `The consultation lasts ${days} days, fewer than the required ${config.minimumDays}` },
        { zh: `把 closes 定在 opens 之后至少第 ${config.minimumDays - 1} 天。`, en: `Set closes at least ${config.minimumDays - 1} days after opens.` },
      );
  }

  // 4. Completed records stay as they were unless the step that replaces them is taken.
  if (base && !rewritten) {
    const frozen = (field: 'approval' | 'repeal' | 'rejection' | 'proposal' | 'consultation', why: Bilingual) => {
      if (!isDeepStrictEqual(base[field], head[field]))
        report(
          'historyRewritten',
          [field],
          { zh: `已完成的 ${field} 记录被改动：${why.zh}`, en: `The completed ${field} record was changed: ${why.en}` },
          { zh: `恢复原来的 ${field} 记录；新的程序步骤须追加相应历史事件。`, en: `Restore the previous ${field} record; a new step appends its history event.` },
        );
    };
    if (base.approval && !has('approved', 'amended'))
      frozen('approval', { zh: '审定记录只能由新的审定（approved / amended）取代', en: 'an approval is replaced only by a new approval (approved / amended)' });
    if (base.repeal) frozen('repeal', { zh: '废止记录不可更改', en: 'a repeal record is final' });
    const baseRounds = base.earlier_rounds ?? [];
    const headRounds = head.earlier_rounds ?? [];
    if (baseRounds.some((r, k) => !isDeepStrictEqual(r, headRounds[k])))
      report(
        'historyRewritten',
        ['earlier_rounds'],
        { zh: 'earlier_rounds 只能在末尾追加，已有的记录不可更改或删除', en: 'earlier_rounds is append-only: existing records cannot change or go' },
        { zh: '恢复原有的 earlier_rounds 记录，新的记录追加在末尾。', en: 'Restore the existing records and append new ones at the end.' },
      );
    // Records of an approved round that a new round replaces are kept, unchanged, in earlier_rounds.
    // (A repeal keeps the approved round in place and its own consultation in repeal.consultation.)
    const newRound = has('amendment_proposed', 'consultation_opened', 'amended') && headState?.track !== 'repeal' && !has('repealed');
    if (base.approval && newRound)
      for (const field of ['proposal', 'consultation', 'approval'] as const) {
        const old = base[field];
        // Proposal and consultation belong to the approved round only while no new round is under way at base.
        if (field !== 'approval' && base.status !== 'approved') continue;
        if (old === undefined || isDeepStrictEqual(old, head[field]) || (field === 'consultation' && has('repealed') && isDeepStrictEqual(head.repeal?.consultation, old))) continue;
        if (!headRounds.some((r) => isDeepStrictEqual(r[field], old)))
          report(
            'trail',
            [field],
            { zh: `被取代的 ${field} 记录没有保留在 earlier_rounds 中`, en: `The superseded ${field} record is not kept in earlier_rounds` },
            { zh: `把原来的 ${field} 记录原样追加到 earlier_rounds（与同一轮的其他记录放在一起）。`, en: `Append the previous ${field} record unchanged to earlier_rounds (with the other records of its round).` },
          );
      }
    if (base.rejection) frozen('rejection', { zh: '未予采纳的决定不可更改', en: 'a rejection is final' });
    if (base.proposal && !(baseState.phase === 'proposed' && baseState.track === 'new') && !has('proposed', 'amendment_proposed', 'repeal_proposed'))
      frozen('proposal', { zh: '建议已进入征求意见或审定程序', en: 'the proposal has moved on to consultation or decision' });
    const b = base.consultation;
    const sameWindow = (x: typeof b, y: typeof b) => !!x && !!y && x.opens === y.opens && x.closes === y.closes && isDeepStrictEqual(x.channel, y.channel);
    // A repeal's consultation, held in consultation while open, may move into repeal.consultation with the decision;
    // consultation then returns to the round the approval rested on.
    const movedToRepeal = has('repealed') && sameWindow(b, head.repeal?.consultation);
    if (movedToRepeal) {
      const approved = lastApproved?.()?.consultation;
      if (approved && !isDeepStrictEqual(head.consultation, approved))
        frozen('consultation', { zh: '废止的征求意见记录移入 repeal.consultation 后，consultation 应恢复为审定所依据的记录', en: 'with the repeal’s consultation moved to repeal.consultation, consultation returns to the round the approval rested on' });
    } else if (b && !has('consultation_opened')) {
      if (baseState.phase === 'consultation') {
        if (!c || c.opens !== b.opens) frozen('consultation', { zh: '征求意见已经开始，开始日期不可更改', en: 'the consultation has opened; its start cannot move' });
      } else if (baseState.phase === 'closed') {
        if (!sameWindow(c, b))
          frozen('consultation', { zh: '征求意见已经结束，只能补充意见采纳情况', en: 'the consultation has closed; only its outcome may be added' });
      } else frozen('consultation', { zh: '征求意见记录已随审定完成', en: 'the consultation record was completed with the decision' });
    }
  }

  // 5. Content: substantive fields change only in a proposal or an amendment; corrections are recorded.
  let correctsPublished = false;
  if (base && headState) {
    const changed = changedFields(kind, base, head);
    const substantive = changed.filter((f) => fieldClass(kind, f) === 'substantive');
    const editorial = changed.filter((f) => fieldClass(kind, f) === 'editorial');
    const amending = has('amended') || (OPEN.includes(headState.phase) && headState.track === 'amendment');
    let contentFrozen = false;
    if (baseState.phase === 'approved') contentFrozen = !amending;
    else if (OPEN.includes(baseState.phase) && baseState.track === 'repeal') contentFrozen = true;
    else if (baseState.phase === 'repealed' || baseState.phase === 'rejected') contentFrozen = true;
    else if (OPEN.includes(baseState.phase) && baseState.track === 'amendment' && headState.phase === 'approved' && !has('amended')) {
      // The amendment was not adopted: the entry returns to its approved version.
      const approved = lastApproved?.();
      if (approved) {
        const notRestored = changedFields(kind, approved, head).filter((f) => fieldClass(kind, f) === 'substantive');
        if (notRestored.length)
          report(
            'substantive',
            [notRestored[0]!],
            { zh: `修订未予采纳，但 ${notRestored.join('、')} 没有恢复为已审定的内容`, en: `The amendment was not adopted, but ${notRestored.join(', ')} still differ from the approved version` },
            { zh: '把这些字段恢复为最近一次审定时的内容。', en: 'Restore these fields to the last approved version.' },
            true,
          );
      }
    }
    if (contentFrozen && substantive.length) {
      const tomb = baseState.phase === 'repealed' || baseState.phase === 'rejected';
      report(
        'substantive',
        [substantive[0]!],
        tomb
          ? { zh: `条目已${stateWords(baseState).zh}，其内容（${substantive.join('、')}）不可再改`, en: `The entry is ${baseState.phase}; its content (${substantive.join(', ')}) cannot change` }
          : {
              zh: `对已审定条目的实质性修改（${substantive.join('、')}）未经征求意见和审定`,
              en: `Substantive change to an approved entry (${substantive.join(', ')}) without consultation and approval`,
            },
        tomb
          ? { zh: '如需新的规定，请用 npm run new 提出新条目。', en: 'For a new provision, propose a new entry with npm run new.' }
          : {
              zh: '提出修订：把原来的 proposal、consultation、approval 原样追加到 earlier_rounds，status 改为 proposed，history 追加 amendment_proposed（写明 pull_request 和 note），再经征求意见和审定（amended）。修订审定前，网站和发布版本仍显示原审定内容。',
              en: 'Propose an amendment: append the previous proposal, consultation and approval unchanged to earlier_rounds, set status proposed and append amendment_proposed to history (with pull_request and a note), then consultation and approval (amended). Until then the approved version stays published.',
            },
        true,
      );
    }
    // A correction of a published entry changes what the next release publishes; an amendment in progress does not.
    correctsPublished = (baseState.published || baseState.phase === 'repealed') && !amending && (editorial.length > 0 || has('corrected'));
    const recordedAsPublished = baseState.published || baseState.phase === 'repealed' || baseState.phase === 'rejected';
    if (recordedAsPublished && !amending && editorial.length && !has('corrected'))
      report(
        'correction',
        [editorial[0]!],
        { zh: `对已审定条目的勘误（${editorial.join('、')}）没有记入历史`, en: `A correction to an approved entry (${editorial.join(', ')}) is not recorded in the history` },
        { zh: '在 history 末尾追加 {date: 今天, event: corrected, note: 勘误内容}。', en: 'Append {date: today, event: corrected, note: what was corrected} to history.' },
        true,
      );
  }

  // 6. The effect on the published lists.
  let effect: Bump = 'none';
  let effectReason: Bilingual = { zh: '无变化', en: 'unchanged' };
  if (correctsPublished) {
    effect = 'patch';
    effectReason = { zh: '勘误已发布的条目', en: 'a correction of a published entry' };
  } else if (!base || !isDeepStrictEqual(base, head)) {
    // Proposals, consultations, rejections and amendments in progress publish nothing new: an empty changeset will do.
    effectReason = { zh: '未改变已发布内容的修改（建议、征求意见、未予采纳、修订进行中）', en: 'a change that leaves published content as it was (proposals, consultations, rejections, amendments in progress)' };
  }
  if (headState) {
    if (baseState.published && headState.phase === 'repealed') {
      effect = 'major';
      effectReason = { zh: '废止已发布的条目', en: 'repeal of a published entry' };
    } else if (baseState.published && has('amended')) {
      const kindChanged = base !== undefined && base.kind !== head.kind;
      effect = kindChanged ? 'major' : 'minor';
      effectReason = kindChanged ? { zh: '修订改变了已发布条目的类型', en: 'an amendment changed the kind of a published entry' } : { zh: '修订已发布的条目', en: 'amendment of a published entry' };
    } else if (!baseState.published && headState.published) {
      effect = 'minor';
      effectReason = { zh: '新增条目', en: 'a new entry' };
    }
  }
  return { findings, effect, effectReason };
}
