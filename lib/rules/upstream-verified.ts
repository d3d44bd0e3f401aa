import { isExampleKey } from '../release/signing.ts';
import { upstreamLabel } from '../upstream/resolve.ts';
import { pinnedSigners } from '../upstream/signature.ts';
import type { Rule } from './rule.ts';

/** Every pinned upstream release is vendored in upstream/ and verifies byte for byte against its pin (and its key, when the pin names one). */
export const rule: Rule = {
  code: 'upstream-unverified',
  severity: 'error',
  title: { zh: '所依据的上级清单须已获取且完好', en: 'Pinned upstream releases are vendored and intact' },
  source: '南京市实施方案（宁信用〔2021〕1号）二（一）、四（一）（依据全国、省目录和清单编制本级补充目录和清单）',
  check(ctx) {
    const config = ctx.scope.find((f) => f.kind === 'jurisdiction');
    if (!config?.entry) return;
    ctx.repo.upstream.releases.forEach((r, i) => {
      // The example key's private half is public: a release "signed" with it proves nothing outside an example.
      if (ctx.jurisdiction && !ctx.jurisdiction.example && pinnedSigners(r.pin).signers.some((s) => isExampleKey(s.key)))
        ctx.report(
          config,
          ['upstream', i, 'signing_key'],
          { zh: `${r.pin.name}（${r.pin.division_code}）的 signing_key 是示例密钥，其私钥随示例仓库公开，任何人都能用它签名`, en: `The signing_key of ${r.pin.name} (${r.pin.division_code}) is the example key, whose private half is public: anyone can sign with it` },
          { zh: '填写上级正式使用的发布公钥（见上级的 releases/allowed_signers）。', en: 'Give the upper level’s real release key (from its releases/allowed_signers).' },
        );
      // Without the key, the signature that came with a signed release proves nothing to this repository.
      if (r.signed && !r.pin.signing_key && !r.problems.length)
        ctx.report(
          config,
          ['upstream', i],
          { zh: `${upstreamLabel(r).zh}已签名，但固定中没有 signing_key：签名未被核对`, en: `${upstreamLabel(r).en} is signed, but the pin names no signing_key: its signature is not checked` },
          { zh: '在 signing_key 中写上级的发布公钥（取自上级 releases/allowed_signers，并向上级核对指纹）。', en: 'Put the upper level’s release key in signing_key (from its releases/allowed_signers; check the fingerprint with that level).' },
          { severity: 'warning' },
        );
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
