// npm run init -- <folder> [--name 某某省] [--name-en …] [--level province|city|county] [--division-code 310000] …
// Creates a new repository for a new jurisdiction: the toolkit, empty lists, a commented jurisdiction.yaml, version 0.0.0.
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { initRepository } from '../lib/init.ts';

const HELP = `用法 Usage: npm run init -- <新目录 folder> [选项 options]
  为一个新辖区新建清单仓库：工具包、空清单、待填写的 jurisdiction.yaml、版本 0.0.0、新的 git 历史。
  Creates a repository for a new jurisdiction: the toolkit, empty lists, a jurisdiction.yaml to fill in, version 0.0.0, fresh git history.

  --name <名称>                   辖区名称，如 上海市 Name
  --name-en <英文名称>             English name (also gives the package name)
  --level <province|city|county>  行政级别 Level (default province)
  --division-code <6位代码>        行政区划代码 Division code
  --parent-division-code <6位代码> 上级行政区划代码 Parent division code
  --approving-body <机关>          审定机关 Approving body
  --credit-office <机构>           信用办 Credit office
  --repository-url <网址>          仓库地址 Repository URL
  --package-name <名称>            软件包名称 Package name
  --forge-org <组织>               CODEOWNERS 中的组织 Forge organisation of the owning teams
  --signing-key <公钥.pub>         本辖区发布签名公钥，写入 releases/allowed_signers（私钥不进仓库）
                                  The release public key, listed in releases/allowed_signers (the private key stays out)
  --no-git                        不初始化 git Do not run git init

然后 Then: cd <folder> && npm ci && npm test；按 docs/onboarding.md 填写 jurisdiction.yaml。`;

await runMain(() => {
  const { flags, positional } = parseArgs(process.argv.slice(2), {
    name: 'value',
    'name-en': 'value',
    level: 'value',
    'division-code': 'value',
    'parent-division-code': 'value',
    'approving-body': 'value',
    'credit-office': 'value',
    'repository-url': 'value',
    'package-name': 'value',
    'forge-org': 'value',
    'signing-key': 'value',
    'no-git': 'boolean',
    help: 'boolean',
  });
  if (flags.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (positional.length !== 1) throw new UsageError('请指定一个新目录：npm run init -- <目录>', 'Name one new folder: npm run init -- <folder>');
  const v = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const opt = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));
  const r = initRepository({
    folder: positional[0]!,
    ...opt('name', v('name')),
    ...opt('nameEn', v('name-en')),
    ...opt('level', v('level')),
    ...opt('divisionCode', v('division-code')),
    ...opt('parentDivisionCode', v('parent-division-code')),
    ...opt('approvingBody', v('approving-body')),
    ...opt('creditOffice', v('credit-office')),
    ...opt('repositoryUrl', v('repository-url')),
    ...opt('packageName', v('package-name')),
    ...opt('forgeOrg', v('forge-org')),
    ...opt('signingKey', v('signing-key')),
    ...(flags['no-git'] ? { git: false } : {}),
  });
  process.stdout.write(
    `已新建 ${r.folder}（软件包 ${r.packageName}，${r.files} 个文件）。下一步：cd ${positional[0]} && npm ci && npm test，然后按 docs/onboarding.md 填写 jurisdiction.yaml。\nCreated ${r.folder} (package ${r.packageName}, ${r.files} files). Next: npm ci && npm test, then fill in jurisdiction.yaml (docs/onboarding.md).\n` +
      (r.signingKeyFingerprint
        ? `已登记发布公钥 ${r.signingKeyFingerprint}（releases/allowed_signers）：请通过公众信任的渠道公布此指纹；私钥存入代码托管平台的机密变量 RELEASE_SIGNING_KEY。\nListed release key ${r.signingKeyFingerprint} in releases/allowed_signers: announce this fingerprint through a channel the public trusts; store the private key as the forge secret RELEASE_SIGNING_KEY.\n`
        : `⚠ 尚未登记发布签名公钥：发布前须有 releases/allowed_signers（发布版本必须签名）。在可信的计算机上、在新仓库中运行：\n⚠ No release signing key listed yet: releases/allowed_signers must exist before the first release (releases are signed). On a trusted machine, in the new repository, run:\n${r.signingSteps.map((c) => `  ${c}\n`).join('')}  然后 then: 私钥存入机密变量 RELEASE_SIGNING_KEY 后销毁文件，公布指纹 ssh-keygen -lf release-signing-key.pub（docs/onboarding.md）。Store the private key as the secret RELEASE_SIGNING_KEY, destroy the file, announce the fingerprint.\n`),
  );
  return 0;
});
