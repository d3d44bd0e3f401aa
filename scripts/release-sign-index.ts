// npm run release:sign-index [-- --root <dir>] [--key <file>]
// Re-signs releases/index.json (after a key rotation or revocation); refuses unless only the index signature is at fault.
// Exit 0 signed, 1 refused, 2 usage or internal problem.
import { parseArgs, runMain } from '../lib/cli.ts';
import { ReleaseError, resignIndex } from '../lib/release/build.ts';
import { resolveSigner, SigningError } from '../lib/release/signing.ts';

await runMain(() => {
  const { flags } = parseArgs(process.argv.slice(2), { root: 'value', key: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write(
      '用法 Usage: npm run release:sign-index -- [--root 目录] [--key 私钥文件]\n' +
        '  用当前发布密钥重新签名 releases/index.json（密钥轮换或撤销之后）。私钥取自 --key、环境变量 RELEASE_SIGNING_KEY 或示例密钥。\n' +
        '  Re-signs releases/index.json with the current release key (after a rotation or revocation); key from --key, $RELEASE_SIGNING_KEY or the example key.\n' +
        '  退出码 Exit: 0 已签名 signed · 1 拒绝 refused · 2 用法或内部错误 usage or internal problem\n',
    );
    return 0;
  }
  const root = typeof flags.root === 'string' ? flags.root : process.cwd();
  try {
    const key = resolveSigner(root, typeof flags.key === 'string' ? { keyFile: flags.key } : {});
    if (!key) throw new SigningError('没有签名私钥：用 --key 指定文件，或设置环境变量 RELEASE_SIGNING_KEY', 'No signing key: give a file with --key, or set RELEASE_SIGNING_KEY');
    const file = resignIndex(root, key.signer);
    process.stdout.write(`✔ 已用 ${key.source} 重新签名 ${file}\n✔ Re-signed ${file} with ${key.source}${key.signer.comment ? ` (${key.signer.comment})` : ''}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ReleaseError || err instanceof SigningError) {
      const details = err instanceof ReleaseError ? err.details : [];
      process.stderr.write(`✖ ${err.zh}\n✖ ${err.message}\n${details.map((d) => `  - ${d}\n`).join('')}`);
      return 1;
    }
    throw err;
  }
});
