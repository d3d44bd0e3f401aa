// G04-transition-not-allowed: Each new event is a step the lifecycle allows, and the status is where the steps lead.
import { STATUS } from '../../../schemas/index.ts';
import { allowedAfter, statusOf } from '../../lifecycle/index.ts';
import { eventEn, eventZh, stateWords } from '../../lifecycle/checks.ts';
import { PROCEDURE, type GovernanceCheck } from './check.ts';

export const check = {
  key: 'transition',
  code: 'G04-transition-not-allowed',
  severity: 'error',
  title: { zh: '状态变化须符合程序', en: 'Status changes follow the lifecycle' },
  source: PROCEDURE,
  reports:
    'an event the lifecycle does not allow from the entry\'s state (a proposal approved without consultation, a new entry arriving approved without being an import, anything after a repeal or a rejection); a status that does not match the trail',
  entry(e, report) {
    const { head, headReplay, headState } = e;
    if (e.rewritten) return;
    const baseLen = e.base?.history.length ?? 0;
    if (headReplay.failedAt !== undefined && headReplay.failedAt >= baseLen) {
      const i = headReplay.failedAt;
      const ev = head.history[i]!.event;
      const from = e.before(i);
      const allowed = allowedAfter(from);
      report(
        ['history', i, 'event'],
        from.phase === 'none'
          ? { zh: `新条目不能以“${eventZh(ev)}”开始`, en: `A new entry cannot start with ${eventEn(ev)}` }
          : { zh: `条目处于“${stateWords(from).zh}”时，不能接着“${eventZh(ev)}”`, en: `${eventEn(ev)} is not allowed when the entry is ${stateWords(from).en}` },
        from.phase === 'none'
          ? {
              zh: '新条目以 proposed（提出建议）或 consultation_opened（直接征求意见）开始；只有接入时导入的现行条目以 imported 开始，并须在 approval 中写明 imported: true。',
              en: 'A new entry starts with proposed or consultation_opened; only entries imported at onboarding start with imported, declared by approval.imported: true.',
            }
          : { zh: `此时可接的事件：${allowed.map(eventZh).join('、') || '无（该条目已终结）'}。`, en: `Allowed next: ${allowed.join(', ') || 'none (the entry is final)'}.` },
      );
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
