// G10-approval-pull-request: A decision recorded in the change names the pull request that records it.
import { decisionRecords } from './G09-approval-record.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'approvalPullRequest',
  code: 'G10-approval-pull-request',
  severity: 'warning',
  title: { zh: '审定记录宜写明合并请求编号', en: 'Approval records name their pull request' },
  source: '合并请求即审查记录 The pull request is the review trail',
  reports:
    'an approval or repeal made in the change that does not name its pull request',
  entry(e, report) {
    for (const { record, d } of decisionRecords(e))
      if (d.pull_request === undefined)
        report(
          [record],
          { zh: `${record} 记录没有写明合并请求编号（pull_request）`, en: `The ${record} record does not name its pull request` },
          { zh: '写上记录此次审定的合并请求编号，如 pull_request: 42。', en: 'Add the number of the pull request that records it, e.g. pull_request: 42.' },
        );
  },
} as const satisfies GovernanceCheck;
