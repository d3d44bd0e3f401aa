// G15-changeset-missing: A data change carries a changeset; an empty one only where it publishes nothing new.
import { BUMPS } from '../bump.ts';
import { howToAdd } from './G16-changeset-bump.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'changesetMissing',
  code: 'G15-changeset-missing',
  severity: 'error',
  title: { zh: '数据变更须附变更集（changeset）', en: 'Data changes carry a changeset' },
  source: 'RELEASING.md；.changeset/',
  reports:
    'data changed without a changeset (an empty changeset only for changes without data)',
  change(c, report) {
    const { required, provided, strongest } = c;
    if (c.byClass.data.length > 0 && c.changesets.length === 0 && provided === 'none' && required === 'none')
      report(
        '.changeset',
        { line: 1, col: 1 },
        { zh: '数据有变更，但没有变更集', en: 'Data changed but there is no changeset' },
        {
          zh: '本次变更不改变已发布内容（建议、征求意见等），添加空变更集即可：npx changeset --empty，并写明变更说明。',
          en: 'This change publishes nothing new (a proposal, a consultation…): add an empty changeset with npx changeset --empty and a summary.',
        },
      );
    if (required === 'none' || BUMPS.indexOf(provided) >= BUMPS.indexOf(required)) return;
    if (strongest && provided !== 'none') return; // a changeset too weak: G16
    report(
      strongest?.file ?? '.changeset',
      strongest ? { line: strongest.line, col: 1 } : { line: 1, col: 1 },
      {
        zh: `数据有变更，但没有变更集${strongest ? '（空变更集只适用于不改数据的变更）' : ''}；需要 ${required}（${c.reason!.zh}）`,
        en: `Data changed but there is no changeset${strongest ? ' (an empty changeset is only for changes without data)' : ''}; ${required} is required (${c.reason!.en})`,
      },
      howToAdd(c),
    );
  },
} as const satisfies GovernanceCheck;
