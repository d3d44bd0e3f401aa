// npm run gate -- --pr <n> [--repo owner/name] [--api-url <url>] [--format text|github|json]
// The approval gate: exit 0 pass, 1 an approver's review is missing, 2 usage or internal problem (API unreachable…).
import { parseArgs, runMain, UsageError } from '../lib/cli.ts';
import { forge } from '../lib/gate/forge.ts';
import { runGate } from '../lib/gate/run.ts';

const HELP = `用法 Usage: npm run gate -- --pr <编号> [--repo 所有者/仓库] [--api-url 地址] [--format text|github|json]
  合并请求若把条目状态改为 approved、rejected 或 repealed（或写入新的审定记录），须由 jurisdiction.yaml（基准分支）中
  approvers 之一在最新提交上批准。A pull request that records a decision needs an approver's review on its latest commit.
  --repo     默认 GITHUB_REPOSITORY。Defaults to GITHUB_REPOSITORY.
  --api-url  默认 GITHUB_API_URL 或 https://api.github.com；Gitea/Forgejo 用 https://<主机>/api/v1。
             Defaults to GITHUB_API_URL or https://api.github.com; for Gitea/Forgejo use https://<host>/api/v1.
  令牌 Token: 环境变量 GITHUB_TOKEN 或 FORGE_TOKEN（只需读取权限 read access only）。
  退出码 Exit: 0 通过 pass · 1 未通过 fail · 2 用法或内部错误 usage or internal problem
`;

await runMain(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), { pr: 'value', repo: 'value', 'api-url': 'value', format: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positional.length) throw new UsageError(`多余的参数：${positional.join(' ')}`, `Unexpected arguments: ${positional.join(' ')}`);
  const pr = Number(flags.pr);
  if (!Number.isInteger(pr) || pr <= 0) throw new UsageError('缺少 --pr <合并请求编号>', 'Missing --pr <pull request number>');
  const repo = typeof flags.repo === 'string' ? flags.repo : process.env.GITHUB_REPOSITORY;
  if (!repo) throw new UsageError('缺少 --repo 所有者/仓库（或环境变量 GITHUB_REPOSITORY）', 'Missing --repo owner/name (or GITHUB_REPOSITORY)');
  const fmt = flags.format ?? 'text';
  if (!['text', 'github', 'json'].includes(fmt as string)) throw new UsageError('--format 只能是 text、github、json', '--format must be text, github or json');
  const apiUrl = typeof flags['api-url'] === 'string' ? flags['api-url'] : (process.env.GITHUB_API_URL ?? 'https://api.github.com');
  const token = process.env.GITHUB_TOKEN ?? process.env.FORGE_TOKEN;

  const run = await runGate(forge({ apiUrl, repo, ...(token ? { token } : {}) }), pr);
  if (fmt === 'json') process.stdout.write(JSON.stringify(run, null, 2) + '\n');
  else {
    const verdict = run.pass ? '✔ 审定闸门通过。Approval gate passed.' : '✖ 审定闸门未通过。Approval gate failed.';
    const lines = run.reasons.flatMap((r) => [`  ${r.zh}`, `  ${r.en}`]);
    if (fmt === 'github') {
      const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
      process.stdout.write(`::${run.pass ? 'notice' : 'error'} title=approval-gate::${escape([verdict, ...lines].join('\n'))}\n`);
    } else process.stdout.write([verdict, ...lines].join('\n') + '\n');
  }
  return run.pass ? 0 : 1;
});
