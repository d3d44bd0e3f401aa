import { upstreamLabel } from '../upstream/resolve.ts';
import type { Rule } from './rule.ts';

/** Every pinned upstream release is vendored in upstream/ and verifies byte for byte against its pin. */
export const rule: Rule = {
  code: 'upstream-unverified',
  severity: 'error',
  title: { zh: '所依据的上级清单须已获取且完好', en: 'Pinned upstream releases are vendored and intact' },
  source: '南京市实施方案（宁信用〔2021〕1号）二（一）、四（一）（依据全国、省目录和清单编制本级补充目录和清单）',
  check(ctx) {
    const config = ctx.scope.find((f) => f.kind === 'jurisdiction');
    if (!config?.entry) return;
    ctx.repo.upstream.releases.forEach((r, i) => {
      if (!r.problems.length) return;
      const label = upstreamLabel(r);
      ctx.report(
        config,
        ['upstream', i],
        {
          zh: `所依据的${label.zh}未通过校验：${r.problems.map((p) => `${p.file}：${p.zh}`).join('；')}`,
          en: `The pinned ${label.en} does not verify: ${r.problems.map((p) => `${p.file}: ${p.en}`).join('; ')}`,
        },
        {
          zh: '运行 npm run upstream:sync 获取所固定的版本；已获取的副本不得改动（用 git 恢复）。若要改用新版本，请修改 version 和 manifest_sha256 后重新同步。',
          en: 'Run npm run upstream:sync to fetch the pinned release; never edit a vendored copy (restore it with git). To move to a new version, change version and manifest_sha256, then sync.',
        },
        { related: [r.dir] },
      );
    });
  },
};
