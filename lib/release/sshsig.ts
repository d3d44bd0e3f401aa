// OpenSSH signatures (SSHSIG, the format of `ssh-keygen -Y sign`) with Ed25519 keys, made and checked with Node's
// crypto alone, byte-identical to ssh-keygen's (Ed25519 is deterministic). Spec: openssh-portable PROTOCOL.sshsig.
import { createHash, createPrivateKey, createPublicKey, sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';

const MAGIC = Buffer.from('SSHSIG');
const SIG_VERSION = 1;
const KEY_TYPE = 'ssh-ed25519';
const ARMOR_BEGIN = '-----BEGIN SSH SIGNATURE-----';
const ARMOR_END = '-----END SSH SIGNATURE-----';
/** ssh-keygen wraps the armored signature at 70 columns; so do we, for identical bytes. */
const ARMOR_WIDTH = 70;
const HASHES = { sha512: 'sha512', sha256: 'sha256' } as const;
type HashName = keyof typeof HASHES;

/** A malformed key or signature, said in both languages. */
export class SshFormatError extends Error {
  readonly zh: string;
  constructor(zh: string, en: string) {
    super(en);
    this.zh = zh;
  }
}

// --- SSH wire encoding (RFC 4251 §5): uint32 lengths, big-endian -------------------------------------------------

function sshString(value: string | Uint8Array): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(bytes.length);
  return Buffer.concat([len, bytes]);
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

class Reader {
  private at = 0;
  private readonly buf: Buffer;
  constructor(buf: Buffer) {
    this.buf = buf;
  }
  bytes(n: number): Buffer {
    if (this.at + n > this.buf.length) throw new SshFormatError('数据提前结束', 'the data ends too early');
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  uint32(): number {
    return this.bytes(4).readUInt32BE();
  }
  string(): Buffer {
    return this.bytes(this.uint32());
  }
  text(): string {
    return this.string().toString('utf8');
  }
  get done(): boolean {
    return this.at === this.buf.length;
  }
}

// --- Public keys -----------------------------------------------------------------------------------------------

/** An Ed25519 public key: its 32 raw bytes. */
export interface PublicKey {
  raw: Buffer;
}

/** The SSH wire blob of a public key: string "ssh-ed25519", string key. */
export function publicKeyBlob(key: PublicKey): Buffer {
  return Buffer.concat([sshString(KEY_TYPE), sshString(key.raw)]);
}

/** "ssh-ed25519 AAAA…", as in a .pub file or an allowed_signers line. */
export function formatPublicKey(key: PublicKey): string {
  return `${KEY_TYPE} ${publicKeyBlob(key).toString('base64')}`;
}

/** SHA256:… as ssh-keygen prints it. */
export function fingerprint(key: PublicKey): string {
  return `SHA256:${createHash('sha256').update(publicKeyBlob(key)).digest('base64').replace(/=+$/, '')}`;
}

export function parsePublicKeyBlob(blob: Buffer): PublicKey {
  const r = new Reader(blob);
  const type = r.text();
  if (type !== KEY_TYPE) throw new SshFormatError(`密钥类型为 ${type}，只支持 ${KEY_TYPE}`, `key type is ${type}; only ${KEY_TYPE} is supported`);
  const raw = Buffer.from(r.string());
  if (raw.length !== 32 || !r.done) throw new SshFormatError('Ed25519 公钥应为 32 字节', 'an Ed25519 public key is 32 bytes');
  return { raw };
}

/** Parse "ssh-ed25519 AAAA…" (type and base64; anything after is a comment). */
export function parsePublicKey(text: string): PublicKey {
  const [type, b64] = text.trim().split(/\s+/);
  if (type !== KEY_TYPE) throw new SshFormatError(`密钥类型为 ${type ?? '（空）'}，只支持 ${KEY_TYPE}`, `key type is ${type ?? '(empty)'}; only ${KEY_TYPE} is supported`);
  if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw new SshFormatError('公钥不是有效的 base64', 'the public key is not valid base64');
  return parsePublicKeyBlob(Buffer.from(b64, 'base64'));
}

export const samePublicKey = (a: PublicKey, b: PublicKey): boolean => a.raw.equals(b.raw);

function nodePublicKey(key: PublicKey): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.raw.toString('base64url') }, format: 'jwk' });
}

// --- Private keys ----------------------------------------------------------------------------------------------

/** A key that signs: the Node key object and its public half. */
export interface Signer {
  privateKey: KeyObject;
  publicKey: PublicKey;
  /** The key's comment (OpenSSH format only). */
  comment: string;
}

/**
 * Read an unencrypted Ed25519 private key, in OpenSSH format (`ssh-keygen -t ed25519 -N ''`) or PKCS#8 PEM
 * (`openssl genpkey -algorithm ed25519`).
 */
export function parsePrivateKey(text: string): Signer {
  const trimmed = text.trim();
  const openssh = /^-----BEGIN OPENSSH PRIVATE KEY-----\s+([A-Za-z0-9+/=\s]+?)\s*-----END OPENSSH PRIVATE KEY-----$/.exec(trimmed);
  if (openssh) return parseOpenSshPrivateKey(Buffer.from(openssh[1]!.replace(/\s+/g, ''), 'base64'));
  if (/^-----BEGIN PRIVATE KEY-----/.test(trimmed)) {
    let key: KeyObject;
    try {
      key = createPrivateKey(trimmed);
    } catch (err) {
      throw new SshFormatError(`无法读取 PEM 私钥：${(err as Error).message}`, `cannot read the PEM private key: ${(err as Error).message}`);
    }
    if (key.asymmetricKeyType !== 'ed25519') throw new SshFormatError(`私钥类型为 ${key.asymmetricKeyType}，只支持 Ed25519`, `the private key is ${key.asymmetricKeyType}; only Ed25519 is supported`);
    const jwk = createPublicKey(key).export({ format: 'jwk' });
    return { privateKey: key, publicKey: { raw: Buffer.from(jwk.x!, 'base64url') }, comment: '' };
  }
  if (/ENCRYPTED/.test(trimmed))
    throw new SshFormatError('私钥有口令保护；签名用的私钥须不加口令，放在代码托管平台的机密变量中', 'the private key is passphrase-protected; the signing key must be unencrypted, kept in the forge’s secret store');
  throw new SshFormatError('不是 OpenSSH 或 PKCS#8 PEM 格式的私钥', 'not a private key in OpenSSH or PKCS#8 PEM format');
}

function parseOpenSshPrivateKey(blob: Buffer): Signer {
  const AUTH_MAGIC = Buffer.from('openssh-key-v1\0');
  if (!blob.subarray(0, AUTH_MAGIC.length).equals(AUTH_MAGIC)) throw new SshFormatError('不是 openssh-key-v1 格式', 'not in openssh-key-v1 format');
  const r = new Reader(blob.subarray(AUTH_MAGIC.length));
  const cipher = r.text();
  const kdf = r.text();
  r.string(); // kdf options
  if (cipher !== 'none' || kdf !== 'none')
    throw new SshFormatError('私钥有口令保护；签名用的私钥须不加口令（ssh-keygen -N ""），放在代码托管平台的机密变量中', 'the private key is passphrase-protected; the signing key must be unencrypted (ssh-keygen -N ""), kept in the forge’s secret store');
  if (r.uint32() !== 1) throw new SshFormatError('文件中应只有一个密钥', 'the file must hold exactly one key');
  const publicKey = parsePublicKeyBlob(Buffer.from(r.string()));
  const p = new Reader(Buffer.from(r.string()));
  if (p.uint32() !== p.uint32()) throw new SshFormatError('私钥已损坏（校验值不一致）', 'the private key is damaged (check values differ)');
  const type = p.text();
  if (type !== KEY_TYPE) throw new SshFormatError(`密钥类型为 ${type}，只支持 ${KEY_TYPE}`, `key type is ${type}; only ${KEY_TYPE} is supported`);
  const pub = Buffer.from(p.string());
  const secret = Buffer.from(p.string()); // seed (32) followed by the public key (32)
  const comment = p.text();
  if (!pub.equals(publicKey.raw) || secret.length !== 64 || !secret.subarray(32).equals(pub)) throw new SshFormatError('私钥已损坏（公钥部分不一致）', 'the private key is damaged (its public half differs)');
  const privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: secret.subarray(0, 32).toString('base64url'), x: pub.toString('base64url') }, format: 'jwk' });
  return { privateKey, publicKey, comment };
}

// --- Signatures ------------------------------------------------------------------------------------------------

/** What SSHSIG signs: the magic, the namespace, the hash algorithm and the message's hash (never the message itself). */
function signedData(namespace: string, hash: HashName, message: Uint8Array): Buffer {
  const digest = createHash(HASHES[hash]).update(message).digest();
  return Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString(hash), sshString(digest)]);
}

export function armor(blob: Buffer): string {
  const b64 = blob.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += ARMOR_WIDTH) lines.push(b64.slice(i, i + ARMOR_WIDTH));
  return `${ARMOR_BEGIN}\n${lines.join('\n')}\n${ARMOR_END}\n`;
}

/** Sign a message as `ssh-keygen -Y sign -n <namespace>` does (SHA-512); returns the armored signature. */
export function signSsh(signer: Signer, namespace: string, message: Uint8Array): string {
  const signature = edSign(null, signedData(namespace, 'sha512', message), signer.privateKey);
  const blob = Buffer.concat([
    MAGIC,
    uint32(SIG_VERSION),
    sshString(publicKeyBlob(signer.publicKey)),
    sshString(namespace),
    sshString(''),
    sshString('sha512'),
    sshString(Buffer.concat([sshString(KEY_TYPE), sshString(signature)])),
  ]);
  return armor(blob);
}

export interface ParsedSignature {
  /** The binary SSHSIG blob. */
  blob: Buffer;
  publicKey: PublicKey;
  namespace: string;
  hash: HashName;
  signature: Buffer;
}

/** Parse an armored SSHSIG; throws SshFormatError when it is not one. */
export function parseSignature(text: string): ParsedSignature {
  const m = new RegExp(`^${ARMOR_BEGIN}\\s+([A-Za-z0-9+/=\\s]+?)\\s*${ARMOR_END}\\s*$`).exec(text.trim());
  if (!m) throw new SshFormatError(`不是 OpenSSH 签名（应以 ${ARMOR_BEGIN} 开头）`, `not an OpenSSH signature (it should begin with ${ARMOR_BEGIN})`);
  const blob = Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64');
  const r = new Reader(blob);
  if (!r.bytes(MAGIC.length).equals(MAGIC)) throw new SshFormatError('签名缺少 SSHSIG 标识', 'the signature lacks the SSHSIG magic');
  const version = r.uint32();
  if (version !== SIG_VERSION) throw new SshFormatError(`签名格式版本为 ${version}，只支持 1`, `signature format version ${version}; only 1 is supported`);
  const publicKey = parsePublicKeyBlob(Buffer.from(r.string()));
  const namespace = r.text();
  r.string(); // reserved
  const hash = r.text();
  if (hash !== 'sha512' && hash !== 'sha256') throw new SshFormatError(`不支持的散列算法 ${hash}`, `unsupported hash algorithm ${hash}`);
  const inner = new Reader(Buffer.from(r.string()));
  if (!r.done) throw new SshFormatError('签名末尾有多余数据', 'the signature has trailing data');
  const type = inner.text();
  if (type !== KEY_TYPE) throw new SshFormatError(`签名类型为 ${type}，只支持 ${KEY_TYPE}`, `signature type is ${type}; only ${KEY_TYPE} is supported`);
  const signature = Buffer.from(inner.string());
  if (signature.length !== 64 || !inner.done) throw new SshFormatError('Ed25519 签名应为 64 字节', 'an Ed25519 signature is 64 bytes');
  return { blob, publicKey, namespace, hash, signature };
}

/** Whether the signature is by its embedded key over this message in this namespace (the key is not yet trusted). */
export function signatureMatches(sig: ParsedSignature, namespace: string, message: Uint8Array): boolean {
  if (sig.namespace !== namespace) return false;
  return edVerify(null, signedData(namespace, sig.hash, message), nodePublicKey(sig.publicKey), sig.signature);
}
