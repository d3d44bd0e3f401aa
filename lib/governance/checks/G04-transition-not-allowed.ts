// G04-transition-not-allowed: Each new event is a step the lifecycle allows, and the status is where the steps lead.
import { basisNote, STATUS } from '../../../schemas/index.ts';
import { allowedAfter, statusOf } from '../../lifecycle/index.ts';
import { eventEn, eventZh, stateWords } from '../../lifecycle/checks.ts';
import { allowedAppended } from '../entry-change.ts';
import { PROCEDURE, type GovernanceCheck } from './check.ts';

export const check = {
  key: 'transition',
  code: 'G04-transition-not-allowed',
  severity: 'error',
  title: { zh: '状态变化须符合程序', en: 'Status changes follow the lifecycle' },
  source: PROCEDURE,
  reports:
    'an event the lifecycle does not allow from the entry\'s state (a proposal approved without consultation where the list’s `consultation.applies_to` covers the entry, a new entry arriving approved without being an import, anything after a repeal or a rejection); a decision not on an entry the base holds in consultation (or, outside the consultation scope, as a proposal); a status that does not match the trail',
  entry(e, report) {
    const { head, headReplay, headState } = e;
    if (e.rewritten) return;
    const baseLen = e.base?.history.length ?? 0;
    if (headReplay.failedAt !== undefined && headReplay.failedAt >= baseLen) {
      const i = headReplay.failedAt;
      const ev = head.history[i]!.event;
      const from = e.before(i);
      const next = allowedAfter(from, e.procedure);
      // A decision on a proposal that had to go to consultation first: say so, with the article of the profile.
      const unconsulted = from.phase === 'proposed' && (ev === 'approved' || ev === 'amended');
      const why = basisNote(e.procedure.basis);
      report(
        ['history', i, 'event'],
        from.phase === 'none'
          ? { zh: `新条目不能以“${eventZh(ev)}”开始`, en: `A new entry cannot start with ${eventEn(ev)}` }
          : unconsulted
            ? { zh: `条目处于“${stateWords(from).zh}”时，不能接着“${eventZh(ev)}”：本条目须先公开征求意见${why.zh}`, en: `${eventEn(ev)} is not allowed when the entry is ${stateWords(from).en}: this entry must go to public consultation first${why.en}` }
            : { zh: `条目处于“${stateWords(from).zh}”时，不能接着“${eventZh(ev)}”`, en: `${eventEn(ev)} is not allowed when the entry is ${stateWords(from).en}` },
        from.phase === 'none'
          ? {
              zh: '新条目以 proposed（提出建议）或 consultation_opened（直接征求意见）开始；只有接入时导入的现行条目以 imported 开始，并须在 approval 中写明 imported: true。',
              en: 'A new entry starts with proposed or consultation_opened; only entries imported at onboarding start with imported, declared by approval.imported: true.',
            }
          : { zh: `此时可接的事件：${next.map(eventZh).join('、') || '无（该条目已终结）'}。`, en: `Allowed next: ${next.join(', ') || 'none (the entry is final)'}.` },
      );
    }
    // The base decides: a decision is taken on an entry the base holds in consultation (the consultation it rests on
    // opened on the base) or, outside the consultation scope, as a proposal; so no entry arrives approved in one change,
    // and only onboarding brings entries in force.
    const allowed = allowedAppended(e);
    const onboarding = e.config.onboarding === true;
    for (const { h, i } of allowed) {
      if (h.event === 'imported' && !onboarding)
        report(
          ['history', i, 'event'],
          { zh: '只有在辖区配置的接入期内才能导入已施行的条目（imported）', en: 'Entries in force are imported (imported) only while the jurisdiction is onboarding' },
          {
            zh: '在 jurisdiction.yaml 中由维护者设定 onboarding.until（接入期截止日期），另行合并后再导入；否则新条目须以 proposed 或 consultation_opened 开始。',
            en: 'The maintainers set onboarding.until in jurisdiction.yaml, merged on its own, before the import; otherwise a new entry starts with proposed or consultation_opened.',
          },
        );
      if ((h.event === 'approved' || h.event === 'amended') && !onboarding) {
        const opened = head.history.slice(0, i).findLastIndex((x) => x.event === 'consultation_opened');
        const consulted = opened >= 0 && opened < baseLen && (e.baseState.phase === 'consultation' || e.baseState.phase === 'closed');
        // Outside the consultation scope, a decision on the proposal as it stands is of a proposal the base holds.
        const direct = e.before(i).phase === 'proposed';
        const proposedOnBase = e.base !== undefined && e.baseState.phase === 'proposed';
        if (direct && !proposedOnBase)
          report(
            ['history', i, 'event'],
            {
              zh: `审定须针对基准分支上已提出的建议：${e.base ? `基准分支上该条目${stateWords(e.baseState).zh}` : '该条目在基准分支上还不存在'}`,
              en: `A decision is of a proposal the base branch holds: ${e.base ? `on the base the entry is ${stateWords(e.baseState).en}` : 'the entry does not exist on the base'}`,
            },
            {
              zh: '先以单独的合并请求提出建议并合并，再以另一个合并请求记录审定。',
              en: 'Propose the entry in its own pull request and merge it; record the decision in another.',
            },
          );
        else if (!direct && !consulted)
          report(
            ['history', i, 'event'],
            {
              zh: `审定须针对基准分支上正在征求意见的条目：${e.base ? `基准分支上该条目${stateWords(e.baseState).zh}` : '该条目在基准分支上还不存在'}，其征求意见不是在基准分支上进行的`,
              en: `An approval is of an entry the base branch holds in consultation: ${e.base ? `on the base the entry is ${stateWords(e.baseState).en}` : 'the entry does not exist on the base'}, so its consultation did not run there`,
            },
            {
              zh: '先以单独的合并请求开始征求意见并合并，征求意见期满、结果公布后，再以另一个合并请求记录审定。',
              en: 'Open the consultation in its own pull request and merge it; once the window has closed and its outcome is published, record the approval in another.',
            },
          );
      }
    }
    if (headState && head.status !== statusOf(headState.phase)) {
      const expected = statusOf(headState.phase)!;
      report(
        ['status'],
        {
          zh: `状态为“${STATUS.labels[head.status].zh}”，但历史记录表明条目${stateWords(headState).zh}（状态应为 ${expected}）`,
          en: `Status is "${head.status}", but the history shows the entry ${stateWords(headState).en} (status should be ${expected})`,
        },
        { zh: '改变状态时，须在 history 末尾追加相应事件（日期、事件、文号）。', en: 'Change the status only together with the matching event appended to history (date, event, reference).' },
      );
    }
  },
} as const satisfies GovernanceCheck;
