// The OpenSSH allowed_signers file (ssh-keygen(1), "ALLOWED SIGNERS"): who may sign releases, for which namespace,
// and when. Times must end in Z (UTC): without it ssh-keygen reads them in the consumer's local time zone.
import { fingerprint, parsePublicKey, samePublicKey, SshFormatError, type PublicKey } from './sshsig.ts';

export interface AllowedSigner {
  /** 1-based line in the file. */
  line: number;
  principals: string[];
  /** namespaces="…" patterns; undefined: any namespace. */
  namespaces: string[] | undefined;
  /** valid-after: the first instant (ms since the epoch) at which a signature is accepted. */
  validAfter: number | undefined;
  /** valid-before: the first instant at which it no longer is. */
  validBefore: number | undefined;
  key: PublicKey;
  comment: string;
}

export interface AllowedSignersProblem {
  line: number;
  column: number;
  zh: string;
  en: string;
}

const OPTION_NAMES = ['namespaces', 'valid-after', 'valid-before'] as const;

/** YYYYMMDD[HHMM[SS]]Z → ms since the epoch; undefined if malformed. */
export function parseSshTime(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?Z$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? '0');
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const back = new Date(ms);
  return back.getUTCFullYear() === Number(y) && back.getUTCMonth() === Number(mo) - 1 && back.getUTCDate() === Number(d) ? ms : undefined;
}

/** "2026-11-22" → ms at 00:00Z, the instant a release dated that day is judged at (ssh-keygen -O verify-time=20261122Z). */
export function dayInstant(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

export const sshDay = (date: string): string => `${date.replaceAll('-', '')}Z`;

const isoOf = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z').replace('T00:00:00Z', '');

/** Read one token: a double-quoted string (quotes kept out) or up to the next whitespace, honouring quotes inside. */
function token(line: string, at: number): { text: string; end: number } {
  let i = at;
  let quoted = false;
  while (i < line.length && (quoted || !/\s/.test(line[i]!))) {
    if (line[i] === '"') quoted = !quoted;
    i++;
  }
  return { text: line.slice(at, i), end: i };
}

const skipSpace = (line: string, at: number) => {
  while (at < line.length && /\s/.test(line[at]!)) at++;
  return at;
};

/** Split on commas outside double quotes. */
function splitOptions(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const unquote = (s: string) => (s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s);

export function parseAllowedSigners(text: string): { signers: AllowedSigner[]; problems: AllowedSignersProblem[] } {
  const signers: AllowedSigner[] = [];
  const problems: AllowedSignersProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const lineNo = i + 1;
    const start = skipSpace(line, 0);
    if (start === line.length || line[start] === '#') return;
    const fail = (column: number, zh: string, en: string) => problems.push({ line: lineNo, column: column + 1, zh, en });

    const principals = token(line, start);
    let at = skipSpace(line, principals.end);
    const entry: Omit<AllowedSigner, 'key' | 'comment'> = { line: lineNo, principals: unquote(principals.text).split(','), namespaces: undefined, validAfter: undefined, validBefore: undefined };
    if (!line.startsWith('ssh-', at)) {
      const opts = token(line, at);
      for (const opt of splitOptions(opts.text)) {
        const [name, ...rest] = opt.split('=');
        const value = unquote(rest.join('='));
        if (name === 'cert-authority')
          return fail(at, '不支持 cert-authority：请直接列出签名公钥', 'cert-authority is not supported: list the signing public keys themselves');
        if (!(OPTION_NAMES as readonly string[]).includes(name!) || !rest.length)
          return fail(at, `未知选项“${opt}”（可用 namespaces="…"、valid-after="…Z"、valid-before="…Z"）`, `unknown option "${opt}" (use namespaces="…", valid-after="…Z", valid-before="…Z")`);
        if (name === 'namespaces') entry.namespaces = value.split(',');
        else {
          const ms = parseSshTime(value);
          if (ms === undefined)
            return fail(at, `${name} 的值“${value}”应为 YYYYMMDDZ 或 YYYYMMDDHHMM[SS]Z（协调世界时，以 Z 结尾）`, `${name} "${value}" must be YYYYMMDDZ or YYYYMMDDHHMM[SS]Z (UTC, ending in Z)`);
          if (name === 'valid-after') entry.validAfter = ms;
          else entry.validBefore = ms;
        }
      }
      at = skipSpace(line, opts.end);
    }
    const keyType = token(line, at);
    const keyData = token(line, skipSpace(line, keyType.end));
    let key: PublicKey;
    try {
      key = parsePublicKey(`${keyType.text} ${keyData.text}`);
    } catch (err) {
      const e = err as SshFormatError;
      return fail(at, `公钥无法读取：${e.zh ?? e.message}`, `the public key cannot be read: ${e.message}`);
    }
    if (entry.validAfter !== undefined && entry.validBefore !== undefined && entry.validBefore <= entry.validAfter)
      return fail(start, 'valid-before 须晚于 valid-after', 'valid-before must be later than valid-after');
    signers.push({ ...entry, key, comment: line.slice(skipSpace(line, keyData.end)).trim() });
  });
  return { signers, problems };
}

function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*').replaceAll('?', '.')}$`);
  return re.test(value);
}

export const allowsNamespace = (s: AllowedSigner, namespace: string): boolean => s.namespaces === undefined || s.namespaces.some((p) => globMatch(p, namespace));

export const validAt = (s: AllowedSigner, instant: number): boolean =>
  (s.validAfter === undefined || instant >= s.validAfter) && (s.validBefore === undefined || instant < s.validBefore);

export type SignerVerdict =
  | { ok: true; signer: AllowedSigner }
  | { ok: false; reason: 'unknown-key' | 'namespace' | 'not-yet-valid' | 'expired'; /** The key's validity periods, for the message. */ windows?: string };

/** Whether `key` may sign in `namespace` at `instant`, as `ssh-keygen -Y verify` decides it. */
export function judgeSigner(signers: readonly AllowedSigner[], key: PublicKey, namespace: string, instant: number): SignerVerdict {
  const forKey = signers.filter((s) => samePublicKey(s.key, key));
  if (!forKey.length) return { ok: false, reason: 'unknown-key' };
  const inNamespace = forKey.filter((s) => allowsNamespace(s, namespace));
  if (!inNamespace.length) return { ok: false, reason: 'namespace' };
  const valid = inNamespace.find((s) => validAt(s, instant));
  if (valid) return { ok: true, signer: valid };
  const windows = inNamespace.map((s) => `${s.validAfter !== undefined ? isoOf(s.validAfter) : '…'} – ${s.validBefore !== undefined ? isoOf(s.validBefore) : '…'}`).join(', ');
  const expired = inNamespace.every((s) => s.validBefore !== undefined && instant >= s.validBefore);
  return { ok: false, reason: expired ? 'expired' : 'not-yet-valid', windows };
}

/** A bilingual description of a key, for messages. */
export const describeKey = (key: PublicKey): string => fingerprint(key);
