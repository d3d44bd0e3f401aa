// G30-upstream-modified: vendored upstream releases are written once, by npm run upstream:sync.
import { UPSTREAM_DIR } from '../../../schemas/index.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'upstreamModified',
  code: 'G30-upstream-modified',
  severity: 'error',
  title: { zh: '已获取的上级清单副本不得改动', en: 'Vendored upstream releases are written once' },
  source: 'upstream/<区划代码>/<版本>/ 只由 npm run upstream:sync 写入 Written by npm run upstream:sync only',
  reports: 'a file under `upstream/` that exists at base modified or deleted',
  change(c, report) {
    for (const ch of [...c.byClass.data, ...c.byClass.other, ...c.byClass.system])
      if (ch.path.startsWith(`${UPSTREAM_DIR}/`) && ch.status !== 'A')
        report(
          ch.path,
          { line: 1, col: 1 },
          { zh: `已获取的上级清单文件 ${ch.path} 被${ch.status === 'D' ? '删除' : '修改'}`, en: `Vendored upstream file ${ch.path} was ${ch.status === 'D' ? 'deleted' : 'modified'}` },
          { zh: '上级清单副本不得改动：用 git 恢复该文件；改用新版本请修改 jurisdiction.yaml 的 version 和 manifest_sha256 后运行 npm run upstream:sync。', en: 'Never edit a vendored upstream release: restore the file with git; to move to a new version, change version and manifest_sha256 in jurisdiction.yaml and run npm run upstream:sync.' },
        );
  },
} as const satisfies GovernanceCheck;
