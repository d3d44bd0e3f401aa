// G13-release-modified: A published release never changes: files under releases/ are written once; the index only grows.
import { firstDifferentLine, indexRegression, RELEASE_INDEX, RELEASE_SIGNING_FILES } from '../paths.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'releaseModified',
  code: 'G13-release-modified',
  severity: 'error',
  title: { zh: '已发布的版本不得修改', en: 'A published release never changes' },
  source: 'releases/<version>/ 只可新增 Only new versions may be added',
  reports:
    'a file under `releases/` that exists at base modified or deleted; `releases/index.json` dropping or altering an earlier version (it may only grow). `releases/index.json.sig` and `releases/allowed_signers` change with the index and the keys: `npm run release:verify` checks them',
  change(c, report) {
    const touched = c.byClass.release.filter((ch) => ch.status !== 'A' && !RELEASE_SIGNING_FILES.has(ch.path));
    const before = c.base.readMany(touched.map((ch) => ch.path));
    const after = c.head.readMany(touched.map((ch) => ch.path));
    for (const ch of touched) {
      const old = before.get(ch.path)?.toString('utf8') ?? '';
      const now = after.get(ch.path)?.toString('utf8');
      if (ch.path === RELEASE_INDEX && now !== undefined) {
        let where: string | undefined;
        try {
          where = indexRegression(JSON.parse(old), JSON.parse(now));
        } catch {
          where = '$';
        }
        if (where)
          report(
            ch.path,
            { line: firstDifferentLine(old, now), col: 1 },
            { zh: `版本索引删除或改动了已发布版本的记录（${where}）`, en: `The release index drops or alters a published version's record (${where})` },
            { zh: '索引只能新增版本；恢复原有记录。', en: 'The index only gains versions; restore the earlier records.' },
            where,
          );
        continue;
      }
      report(
        ch.path,
        now === undefined ? { line: 1, col: 1 } : { line: firstDifferentLine(old, now), col: 1 },
        now === undefined ? { zh: `已发布的文件 ${ch.path} 被删除`, en: `Published file ${ch.path} was deleted` } : { zh: `已发布的文件 ${ch.path} 被修改`, en: `Published file ${ch.path} was modified` },
        { zh: '已发布的版本永不改变：恢复该文件。更正请发布新版本。', en: 'A published release never changes: restore the file, and publish corrections as a new version.' },
      );
    }
  },
} as const satisfies GovernanceCheck;
