// G01-entry-deleted: Entries are never deleted or renamed: IDs never change, and a withdrawn entry stays as a repealed tombstone.
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'deleted',
  code: 'G01-entry-deleted',
  severity: 'error',
  title: { zh: '条目不得删除或改名', en: 'Entries are never deleted or renamed' },
  source: '废止的条目保留为存档（tombstone） Repealed entries stay as tombstones',
  reports:
    'a data file deleted or renamed (IDs never change; repeal instead)',
  change(c, report) {
    for (const d of c.deleted)
      report(
        d.path,
        { line: 1, col: 1 },
        d.twin
          ? { zh: `${d.path} 被改名为 ${d.twin}：条目编号不可更改`, en: `${d.path} was renamed to ${d.twin}: an entry's ID never changes` }
          : { zh: `${d.path} 被删除：条目不可删除`, en: `${d.path} was deleted: entries are never deleted` },
        d.kind === 'jurisdiction'
          ? { zh: '恢复 jurisdiction.yaml。', en: 'Restore jurisdiction.yaml.' }
          : d.kind === 'basis'
            ? { zh: '恢复该文件；依据失效时把 status 改为 repealed 并写明 repealed 日期。', en: 'Restore the file; when an instrument lapses, set status: repealed and its repealed date.' }
            : {
                zh: '恢复该文件。要取消一个条目，请提出废止（repeal_proposed），经审定后状态为 repealed，条目作为存档保留。',
                en: 'Restore the file. To withdraw an entry, propose its repeal (repeal_proposed); once approved it stays as a repealed tombstone.',
              },
      );
  },
} as const satisfies GovernanceCheck;
