// The release signing policy: which files are signed, in which namespace, by which keys, judged at which date.
// A manifest is judged on its release date; the index, the archive's live root, on the day it is checked.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARCHIVE } from '../../schemas/lists.ts';
import { dayInstant, describeKey, judgeSigner, parseAllowedSigners, sshDay, type AllowedSigner, type AllowedSignersProblem } from './allowed-signers.ts';
import { armor, fingerprint, formatPublicKey, parsePrivateKey, parsePublicKey, parseSignature, samePublicKey, signatureMatches, signSsh, SshFormatError, type PublicKey, type Signer } from './sshsig.ts';

/** The SSHSIG namespace of every release signature: a signature made for anything else never verifies as one. */
export const SIGNATURE_NAMESPACE = 'credit-lists-release';
export const MANIFEST_SIGNATURE = ARCHIVE.manifestSignature;
export const INDEX_SIGNATURE = ARCHIVE.indexSignature;
/** The public keys, in the releases folder so that the site serves them with the archive. */
export const ALLOWED_SIGNERS = ARCHIVE.allowedSigners;

/** Where the example repository keeps its example private key, committed on purpose so that rebuilds and tests run anywhere. */
export const EXAMPLE_KEY_FILE = 'keys/EXAMPLE-ONLY-release-signing-key';
/** Its public half. Its private half is public: a jurisdiction whose data is not an example must never trust it. */
export const EXAMPLE_PUBLIC_KEY: PublicKey = parsePublicKey('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICTfhxEUDwIMRiXj6p4hBIwlQIEu8Kxw+qxVPc9zw9r6');
export const isExampleKey = (key: PublicKey): boolean => samePublicKey(key, EXAMPLE_PUBLIC_KEY);

/** The environment variable the release workflow fills from the forge's secret store. */
export const SIGNING_KEY_ENV = 'RELEASE_SIGNING_KEY';

export interface SignatureProblem {
  zh: string;
  en: string;
}

export class SigningError extends Error {
  readonly zh: string;
  constructor(zh: string, en: string) {
    super(en);
    this.zh = zh;
  }
}

/**
 * The key to sign with: the key text in $RELEASE_SIGNING_KEY (the forge's secret), else `keyFile`, else the example
 * key committed at EXAMPLE_KEY_FILE; undefined when there is none.
 */
export function resolveSigner(root: string, opts: { keyFile?: string; env?: NodeJS.ProcessEnv } = {}): { signer: Signer; source: string } | undefined {
  const env = opts.env ?? process.env;
  const read = (text: string, source: string) => {
    try {
      return { signer: parsePrivateKey(text), source };
    } catch (err) {
      const e = err as SshFormatError;
      throw new SigningError(`签名私钥（${source}）无法读取：${e.zh ?? e.message}`, `The signing key (${source}) cannot be read: ${e.message}`);
    }
  };
  const fromEnv = env[SIGNING_KEY_ENV];
  if (fromEnv?.trim()) return read(fromEnv, `$${SIGNING_KEY_ENV}`);
  if (opts.keyFile) {
    if (!existsSync(opts.keyFile)) throw new SigningError(`找不到签名私钥 ${opts.keyFile}`, `Signing key ${opts.keyFile} not found`);
    return read(readFileSync(opts.keyFile, 'utf8'), opts.keyFile);
  }
  const example = path.join(root, EXAMPLE_KEY_FILE);
  return existsSync(example) ? read(readFileSync(example, 'utf8'), EXAMPLE_KEY_FILE) : undefined;
}

export interface AllowedSignersFile {
  signers: AllowedSigner[];
  problems: AllowedSignersProblem[];
}

export function readAllowedSigners(releasesDir: string): AllowedSignersFile | undefined {
  const file = path.join(releasesDir, ALLOWED_SIGNERS);
  return existsSync(file) ? parseAllowedSigners(readFileSync(file, 'utf8')) : undefined;
}

/** When a signature is judged: a manifest on its release date; the index today. */
export type JudgedAt = { releaseDate: string } | { now: Date };

const whenText = (at: JudgedAt) =>
  'releaseDate' in at
    ? { zh: `发布日期 ${at.releaseDate}`, en: `the release date ${at.releaseDate}`, instant: dayInstant(at.releaseDate), sshTime: sshDay(at.releaseDate) }
    : { zh: `今天（${at.now.toISOString().slice(0, 10)}）`, en: `today (${at.now.toISOString().slice(0, 10)})`, instant: at.now.getTime(), sshTime: undefined };

/** Why a signature (armored text, or undefined when the file is missing) does not verify `message`; [] when it does. */
export function signatureProblems(
  signatureText: string | undefined,
  message: Uint8Array,
  signers: readonly AllowedSigner[],
  at: JudgedAt,
  shown: { signature: string; signed: string; allowedSigners: string },
): SignatureProblem[] {
  if (signatureText === undefined)
    return [{ zh: `缺少签名：${shown.signed} 没有 OpenSSH 签名 ${shown.signature}`, en: `Missing signature: ${shown.signed} has no OpenSSH signature ${shown.signature}` }];
  let sig;
  try {
    sig = parseSignature(signatureText);
  } catch (err) {
    const e = err as SshFormatError;
    return [{ zh: `签名无法读取：${e.zh ?? e.message}`, en: `The signature cannot be read: ${e.message}` }];
  }
  if (armor(sig.blob) !== signatureText)
    return [{ zh: '签名文件不是 ssh-keygen 写出的规范格式（每行 70 个字符，以换行结尾）：文件被改动过', en: 'The signature file is not in the canonical form ssh-keygen writes (70 columns, a final newline): it was changed' }];
  if (sig.namespace !== SIGNATURE_NAMESPACE)
    return [{ zh: `签名的命名空间为“${sig.namespace}”，应为“${SIGNATURE_NAMESPACE}”`, en: `The signature's namespace is "${sig.namespace}", not "${SIGNATURE_NAMESPACE}"` }];
  const key = describeKey(sig.publicKey);
  const when = whenText(at);
  const verdict = judgeSigner(signers, sig.publicKey, SIGNATURE_NAMESPACE, when.instant);
  if (!verdict.ok && (verdict.reason === 'unknown-key' || verdict.reason === 'namespace'))
    return [
      {
        zh: `签名所用的密钥 ${key} 不在 ${shown.allowedSigners} 中${verdict.reason === 'namespace' ? `（或未允许命名空间 ${SIGNATURE_NAMESPACE}）` : ''}：不是本辖区的发布密钥所签`,
        en: `Signed by key ${key}, which ${shown.allowedSigners} does not list${verdict.reason === 'namespace' ? ` for namespace ${SIGNATURE_NAMESPACE}` : ''}: not signed by this jurisdiction's release key`,
      },
    ];
  if (!signatureMatches(sig, SIGNATURE_NAMESPACE, message))
    return [{ zh: `签名与 ${shown.signed} 的内容不符：文件在签名后被改动过`, en: `The signature does not match ${shown.signed}: the file was changed after it was signed` }];
  if (!verdict.ok) {
    const expired = verdict.reason === 'expired';
    return [
      {
        zh: `签名密钥 ${key} 在${when.zh}${expired ? '已过期或已被撤销' : '尚未生效'}（${shown.allowedSigners} 中的有效期：${verdict.windows}）`,
        en: `Signing key ${key} is ${expired ? 'expired or revoked' : 'not yet valid'} on ${when.en} (valid in ${shown.allowedSigners}: ${verdict.windows})`,
      },
    ];
  }
  return [];
}

/** Refuse to sign what would not verify, or with a key anyone can use. */
export function assertMaySign(signer: Signer, signers: readonly AllowedSigner[], at: JudgedAt, opts: { example: boolean; allowedSignersFile: string }): void {
  if (!opts.example && isExampleKey(signer.publicKey))
    throw new SigningError(
      `签名私钥是示例密钥（${EXAMPLE_KEY_FILE}），其私钥随示例仓库公开，任何人都能用它签名；jurisdiction.yaml 为 example: false 时不能使用。请生成本辖区的密钥（见 RELEASING.md“签名”），放入代码托管平台的机密变量 ${SIGNING_KEY_ENV}`,
      `The signing key is the example key (${EXAMPLE_KEY_FILE}), whose private half is public: anyone can sign with it, so it cannot sign releases while jurisdiction.yaml says example: false. Generate your own key (RELEASING.md, "Signing") and put it in the forge's secret ${SIGNING_KEY_ENV}`,
    );
  if (!opts.example && signers.some((s) => isExampleKey(s.key)))
    throw new SigningError(
      `${opts.allowedSignersFile} 仍列有示例公钥：其私钥是公开的，jurisdiction.yaml 为 example: false 时必须删除该行`,
      `${opts.allowedSignersFile} still lists the example key, whose private half is public: remove that line while jurisdiction.yaml says example: false`,
    );
  const when = whenText(at);
  const verdict = judgeSigner(signers, signer.publicKey, SIGNATURE_NAMESPACE, when.instant);
  if (!verdict.ok) {
    const windows = verdict.windows;
    throw new SigningError(
      `签名私钥 ${describeKey(signer.publicKey)} 在${when.zh}不是 ${opts.allowedSignersFile} 中的有效发布密钥${windows ? `（有效期：${windows}）` : ''}：先在该文件中加入其公钥（见 RELEASING.md“签名”）`,
      `The signing key ${describeKey(signer.publicKey)} is not a valid release key in ${opts.allowedSignersFile} on ${when.en}${windows ? ` (valid: ${windows})` : ''}: add its public key there first (RELEASING.md, "Signing")`,
    );
  }
}

export function sign(signer: Signer, message: Uint8Array): string {
  return signSsh(signer, SIGNATURE_NAMESPACE, message);
}

/** Who signs a jurisdiction's releases, as its allowed_signers line names it: releases@<the repository's host>, and a comment naming the jurisdiction. */
export function signingIdentityOf(j: { name: string; repository_url: string } | undefined): { principal: string; label: string } {
  let host = 'credit-lists.invalid';
  try {
    if (j) host = new URL(j.repository_url).hostname || host;
  } catch {
    // a malformed URL is the validator's to report; the principal falls back
  }
  return { principal: `releases@${host}`, label: `${j?.name ?? ''}发布密钥 release key`.trim() };
}

/** The commands that make a jurisdiction's first release key and list it, for messages and the onboarding guide. */
export function signingSetupSteps(o: { principal: string; label: string }): string[] {
  return [
    `ssh-keygen -t ed25519 -N '' -C "${o.label}" -f release-signing-key`,
    `mkdir -p ${ARCHIVE.dir} && printf '%s namespaces="${SIGNATURE_NAMESPACE}" %s\\n' ${o.principal} "$(cut -d' ' -f1,2 release-signing-key.pub)" > ${ARCHIVE.dir}/${ALLOWED_SIGNERS}`,
  ];
}

/**
 * The allowed_signers file of a new jurisdiction: its header, and one line listing the public key of `publicKeyText`
 * (an OpenSSH .pub line) for release signatures, with no validity bound yet (RELEASING.md explains rotation).
 */
export function firstAllowedSigners(publicKeyText: string, o: { principal: string; label: string; shown: string }): { text: string; fingerprint: string } {
  if (/PRIVATE KEY/.test(publicKeyText))
    throw new SigningError(
      `${o.shown} 是私钥，不是公钥：请指定公钥文件（.pub）。私钥不进仓库，只放在代码托管平台的机密变量 ${SIGNING_KEY_ENV} 中`,
      `${o.shown} is a private key, not a public one: give the .pub file. The private key never enters the repository; it goes into the forge's secret ${SIGNING_KEY_ENV}`,
    );
  let key: PublicKey;
  try {
    key = parsePublicKey(publicKeyText);
  } catch (err) {
    const e = err as SshFormatError;
    throw new SigningError(`${o.shown} 不是可用的发布公钥：${e.zh ?? e.message}（用 ssh-keygen -t ed25519 生成）`, `${o.shown} is not a usable release public key: ${e.message} (make one with ssh-keygen -t ed25519)`);
  }
  if (isExampleKey(key))
    throw new SigningError(
      `${o.shown} 是工具包的示例公钥，其私钥是公开的，任何人都能用它签名：请生成本辖区自己的密钥`,
      `${o.shown} is the toolkit's example key, whose private half is public, so anyone can sign with it: generate your jurisdiction's own key`,
    );
  const comment = publicKeyText.trim().split(/\s+/).slice(2).join(' ') || o.label;
  const text = [
    '# 发布签名公钥（OpenSSH allowed_signers 格式）。Release signing keys (OpenSSH allowed_signers format).',
    `# 校验 Verify: ssh-keygen -Y verify -f allowed_signers -I ${o.principal} -n ${SIGNATURE_NAMESPACE} -s index.json.sig < index.json`,
    '# 每行一把密钥：签名者、命名空间、有效期（协调世界时）、公钥、说明。轮换与撤销见 RELEASING.md“签名”。',
    '# One key per line: signer, namespace, validity (UTC), public key, comment. Rotation and revocation: RELEASING.md, "Signing".',
    `${o.principal} namespaces="${SIGNATURE_NAMESPACE}" ${formatPublicKey(key)} ${comment}`,
    '',
  ].join('\n');
  return { text, fingerprint: fingerprint(key) };
}
