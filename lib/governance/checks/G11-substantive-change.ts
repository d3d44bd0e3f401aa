// G11-substantive-change: A substantive field of an approved entry changes only by an amendment; a tombstone never changes; an amendment not adopted restores the approved text.
import { fieldClass } from '../../../schemas/index.ts';
import { stateWords } from '../../lifecycle/checks.ts';
import { changedFields, OPEN } from '../entry-change.ts';
import { PROCEDURE, type GovernanceCheck } from './check.ts';

export const check = {
  key: 'substantive',
  code: 'G11-substantive-change',
  severity: 'error',
  title: { zh: '实质性修改须重新征求意见并审定', en: 'Substantive changes go through consultation and approval again' },
  source: `${PROCEDURE}；schemas/substantive.ts`,
  reports:
    'a substantive field changed while its consultation is open or closed, without reopening it (what is approved is what was consulted); a substantive field of an approved entry changed outside an amendment; any content change to a tombstone; an amendment not adopted whose content was not restored',
  entry(e, report) {
    const { kind, base, head, baseState, headState } = e;
    if (!base || !headState) return;
    const substantive = e.changed.filter((f) => fieldClass(kind, f) === 'substantive');
    let contentFrozen = false;
    if (baseState.phase === 'approved') contentFrozen = !e.amending;
    else if (OPEN.includes(baseState.phase) && baseState.track === 'repeal') contentFrozen = true;
    else if (baseState.phase === 'repealed' || baseState.phase === 'rejected') contentFrozen = true;
    else if (OPEN.includes(baseState.phase) && baseState.track === 'amendment' && headState.phase === 'approved' && !e.has('amended')) {
      // The amendment was not adopted: the entry returns to its approved version.
      const approved = e.lastApproved?.();
      if (approved) {
        const notRestored = changedFields(kind, approved, head).filter((f) => fieldClass(kind, f) === 'substantive');
        if (notRestored.length)
          report(
            [notRestored[0]!],
            { zh: `修订未予采纳，但 ${notRestored.join('、')} 没有恢复为已审定的内容`, en: `The amendment was not adopted, but ${notRestored.join(', ')} still differ from the approved version` },
            { zh: '把这些字段恢复为最近一次审定时的内容。', en: 'Restore these fields to the last approved version.' },
            { atKey: true },
          );
      }
    }
    // What is approved is what was consulted: once a consultation opens, the text is frozen; a change reopens it.
    if ((baseState.phase === 'consultation' || baseState.phase === 'closed') && substantive.length && !e.has('consultation_opened')) {
      report(
        [substantive[0]!],
        {
          zh: `征求意见开始后修改了实质性内容（${substantive.join('、')}），但没有重新征求意见：审定的须是公众看到的文本`,
          en: `Substantive content (${substantive.join(', ')}) changed after the consultation opened, without reopening it: what is approved must be what the public saw`,
        },
        {
          zh: `恢复原文本；确需修改时，重新征求意见：consultation 写新的起止日期（不少于规定天数），history 追加 consultation_opened（日期为新的 opens）。`,
          en: 'Restore the text; to change it, reopen the consultation: a new window in consultation (at least the minimum days) and a consultation_opened event dated its new opens.',
        },
        { atKey: true },
      );
      return;
    }
    if (!contentFrozen || !substantive.length) return;
    const tomb = baseState.phase === 'repealed' || baseState.phase === 'rejected';
    report(
      [substantive[0]!],
      tomb
        ? { zh: `条目已${stateWords(baseState).zh}，其内容（${substantive.join('、')}）不可再改`, en: `The entry is ${baseState.phase}; its content (${substantive.join(', ')}) cannot change` }
        : { zh: `对已审定条目的实质性修改（${substantive.join('、')}）未经征求意见和审定`, en: `Substantive change to an approved entry (${substantive.join(', ')}) without consultation and approval` },
      tomb
        ? { zh: '如需新的规定，请用 npm run new 提出新条目。', en: 'For a new provision, propose a new entry with npm run new.' }
        : {
            zh: '提出修订：把原来的 proposal、consultation、approval 原样追加到 earlier_rounds，status 改为 proposed，history 追加 amendment_proposed（写明 pull_request 和 note），再经征求意见和审定（amended）。修订审定前，网站和发布版本仍显示原审定内容。',
            en: 'Propose an amendment: append the previous proposal, consultation and approval unchanged to earlier_rounds, set status proposed and append amendment_proposed to history (with pull_request and a note), then consultation and approval (amended). Until then the approved version stays published.',
          },
      { atKey: true },
    );
  },
} as const satisfies GovernanceCheck;
