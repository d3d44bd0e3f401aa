// npm run release:build [-- --out <dir>] [--data <dir>] [--root <dir>] [--key <file>]
// Builds and signs the release of package.json's version from the data; exit 0 built, 1 refused (invalid data, version exists, no valid key), 2 usage or internal problem.
import path from 'node:path';
import { parseArgs, runMain } from '../lib/cli.ts';
import { formatText } from '../lib/format.ts';
import { buildRelease, InvalidDataError, ReleaseError, writeToArchive, writeToDir } from '../lib/release/build.ts';
import { resolveSigner, SigningError } from '../lib/release/signing.ts';

const HELP = `用法 Usage: npm run release:build -- [--out 目录] [--data 目录] [--root 目录] [--key 私钥文件]
  默认写入 releases/<版本号>/ 并更新 releases/index.json；版本已存在时拒绝。
  By default writes releases/<version>/ and updates releases/index.json; refuses if that version exists.
  --out 目录   只写到该目录（须不存在或为空），不改动其他文件。Write only there (new or empty folder), nothing else.
  --data 目录  从该目录读取数据（如旧提交的导出），版本号和发布目录仍取自仓库根目录。
               Read the data from there (e.g. an export of an older commit); version and archive still come from the root.
  --root 目录  仓库根目录（默认当前目录）。Repository root (default: current folder).
  --key 文件   签名私钥（Ed25519，OpenSSH 或 PKCS#8 PEM）。默认取环境变量 RELEASE_SIGNING_KEY，
               示例仓库则用 keys/ 下的示例密钥。Signing key; default: $RELEASE_SIGNING_KEY, or the example key in keys/.
  退出码 Exit: 0 已构建 built · 1 拒绝构建 refused · 2 用法或内部错误 usage or internal problem
`;

await runMain(() => {
  const { flags } = parseArgs(process.argv.slice(2), { out: 'value', data: 'value', root: 'value', key: 'value', help: 'boolean' });
  if (flags.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = typeof flags.root === 'string' ? flags.root : process.cwd();
  try {
    const key = resolveSigner(root, typeof flags.key === 'string' ? { keyFile: flags.key } : {});
    const built = buildRelease({ root, ...(typeof flags.data === 'string' ? { dataRoot: flags.data } : {}), ...(key ? { signer: key.signer } : {}) });
    const where = typeof flags.out === 'string' ? (writeToDir(flags.out, built), path.resolve(flags.out)) : writeToArchive(root, built);
    const s = built.changes.summary;
    process.stdout.write(
      `✔ ${built.version}（${built.edition}，发布日期 ${built.releaseDate}）已写入 ${where}\n` +
        `  较上一版本${built.previousVersion ? ` ${built.previousVersion}` : '（无）'}：新增 ${s.added}，修订 ${s.amended}，勘误 ${s.corrected}，废止 ${s.repealed}\n` +
        `✔ Built ${built.version} (${built.edition}, released ${built.releaseDate}) into ${where}\n` +
        `  Since ${built.previousVersion ?? '(none)'}: ${s.added} added, ${s.amended} amended, ${s.corrected} corrected, ${s.repealed} repealed\n` +
        (key ? `✔ 已签名 Signed with ${key.source}${key.signer.comment ? ` (${key.signer.comment})` : ''}\n` : '⚠ 未签名（没有签名私钥）Not signed (no signing key)\n'),
    );
    return 0;
  } catch (err) {
    if (err instanceof InvalidDataError) {
      process.stderr.write(formatText(err.diagnostics, err.files));
      process.stderr.write('✖ 数据未通过校验，不能发布。修复以上错误后重试。\n✖ The data does not validate; nothing was released. Fix the errors above and try again.\n');
      return 1;
    }
    if (err instanceof ReleaseError || err instanceof SigningError) {
      const details = err instanceof ReleaseError ? err.details : [];
      process.stderr.write(`✖ ${err.zh}\n✖ ${err.message}\n${details.map((d) => `  - ${d}\n`).join('')}`);
      return 1;
    }
    throw err;
  }
});
