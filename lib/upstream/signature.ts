// An upstream release's signature checked against the key its pin carries (`signing_key`): the manifest's SSHSIG
// (manifest.json.sig) must be made by that key, in the release namespace, over the pinned manifest's bytes.
import type { Manifest } from '../../schemas/release.ts';
import type { UpstreamPin } from '../../schemas/upstream.ts';
import { describeKey, parseAllowedSigners, type AllowedSigner } from '../release/allowed-signers.ts';
import { MANIFEST_SIGNATURE, signatureProblems } from '../release/signing.ts';
import { parsePublicKey, parseSignature, samePublicKey, type SshFormatError } from '../release/sshsig.ts';
import { MANIFEST_FILE, type UpstreamProblem } from './check.ts';

export { MANIFEST_SIGNATURE };

/** Where the pinned key is written, as messages name it. */
const PINNED_KEY = 'jurisdiction.yaml upstream signing_key';

/** The signers a pin trusts: its key, as a bare public key (`ssh-ed25519 AAAA…`) or a line of the upper level's allowed_signers. */
export function pinnedSigners(pin: UpstreamPin): { signers: AllowedSigner[]; problem?: { zh: string; en: string } } {
  const text = pin.signing_key?.trim();
  if (!text) return { signers: [] };
  if (text.startsWith('ssh-')) {
    try {
      const key = parsePublicKey(text);
      return { signers: [{ line: 1, principals: [pin.division_code], namespaces: undefined, validAfter: undefined, validBefore: undefined, key, comment: '' }] };
    } catch (err) {
      const e = err as SshFormatError;
      return { signers: [], problem: { zh: `公钥无法读取：${e.zh ?? e.message}`, en: `the public key cannot be read: ${e.message}` } };
    }
  }
  const parsed = parseAllowedSigners(text);
  const first = parsed.problems[0];
  if (first || parsed.signers.length !== 1)
    return {
      signers: [],
      problem: first
        ? { zh: `不是有效的 allowed_signers 行（第 ${first.column} 列）：${first.zh}`, en: `not a valid allowed_signers line (column ${first.column}): ${first.en}` }
        : { zh: '应为一把公钥或 allowed_signers 的一行', en: 'must be one public key or one allowed_signers line' },
    };
  return { signers: parsed.signers };
}

/**
 * Why the release's signature does not verify against the pinned key; [] when it does, or when the pin names no key
 * (then manifest_sha256 alone pins the release). `shown` is the release folder as messages show it.
 */
export function upstreamSignatureProblems(pin: UpstreamPin, manifestBytes: Uint8Array, manifest: Manifest, signature: Uint8Array | undefined, shown: string): UpstreamProblem[] {
  if (!pin.signing_key) return [];
  const sigFile = `${shown}/${MANIFEST_SIGNATURE}`;
  const { signers, problem } = pinnedSigners(pin);
  if (problem) return [{ file: 'jurisdiction.yaml', zh: `upstream 中 ${pin.division_code} 的 signing_key ${problem.zh}`, en: `signing_key of ${pin.division_code} under upstream: ${problem.en}` }];
  if (signature === undefined)
    return [
      {
        file: sigFile,
        zh: `${pin.version} 版没有签名（${MANIFEST_SIGNATURE}），而固定要求由 ${describeKey(signers[0]!.key)} 签名：签名发布制度实施之前的版本没有签名。请固定一个已签名的版本；确需依据未签名的版本时，删去 signing_key，仅凭 manifest_sha256 核对`,
        en: `Release ${pin.version} is not signed (no ${MANIFEST_SIGNATURE}), but the pin requires a signature by ${describeKey(signers[0]!.key)}: releases published before signing began carry none. Pin a signed release; if an unsigned one must be used, remove signing_key and rely on manifest_sha256 alone`,
      },
    ];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(signature);
  } catch {
    return [{ file: sigFile, zh: '签名文件不是 UTF-8 文本', en: 'the signature file is not UTF-8 text' }];
  }
  try {
    const sig = parseSignature(text);
    if (!signers.some((s) => samePublicKey(s.key, sig.publicKey)))
      return [
        {
          file: sigFile,
          zh: `签名所用的密钥 ${describeKey(sig.publicKey)} 不是 ${PINNED_KEY} 中为${pin.name}固定的密钥（${describeKey(signers[0]!.key)}）：不是该上级的发布密钥所签`,
          en: `Signed by key ${describeKey(sig.publicKey)}, not the key pinned for ${pin.name} in ${PINNED_KEY} (${describeKey(signers[0]!.key)}): not signed by that upper level's release key`,
        },
      ];
  } catch {
    /* signatureProblems says what is wrong with it */
  }
  return signatureProblems(text, manifestBytes, signers, { releaseDate: manifest.releaseDate }, { signature: sigFile, signed: `${shown}/${MANIFEST_FILE}`, allowedSigners: PINNED_KEY }).map((p) => ({
    file: sigFile,
    ...p,
  }));
}
