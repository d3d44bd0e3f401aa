// Signed releases: our SSHSIG against the real ssh-keygen, tampering with re-hashing, keys outside their validity,
// another key's signature, rebuilds that the existing signature still verifies, and the example key's limits.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseAllowedSigners } from '../lib/release/allowed-signers.ts';
import { buildRelease, resignIndex } from '../lib/release/build.ts';
import { canonicalJson, sha256 } from '../lib/release/canonical.ts';
import { EXAMPLE_KEY_FILE, EXAMPLE_PUBLIC_KEY, resolveSigner, sign, signatureProblems, SIGNATURE_NAMESPACE } from '../lib/release/signing.ts';
import { formatPublicKey, parsePrivateKey, signSsh, type Signer } from '../lib/release/sshsig.ts';
import { verifyArchive } from '../lib/release/verify.ts';
import { PUBLISHED_LISTS, type Manifest, type ReleaseIndex } from '../schemas/release.ts';
import { cleanTemps, editYaml, EXAMPLE_KEY, EXAMPLE_SIGNER, fixtureRepo, flipByte, readJson, release, REPO, runScript, setVersion, tempDir } from './release/helpers.ts';
import { twoEditionRepo } from './release/scenario.ts';
import { checkGovernance } from '../lib/governance/check.ts';
import { TempRepo } from './helpers/temp-repo.ts';

vi.setConfig({ testTimeout: 120_000 }); // several tests run ssh-keygen and the scripts as child processes

let archive: string;
let fixtureRoot: string;

beforeAll(() => {
  const root = twoEditionRepo();
  fixtureRoot = mkdtempSync(path.join(os.tmpdir(), 'signed-')); // outlives afterEach's clean-up
  cpSync(root, fixtureRoot, { recursive: true });
  archive = path.join(fixtureRoot, 'releases');
  cleanTemps();
}, 120_000);
afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));
afterEach(cleanTemps);

/** The example key as ssh-keygen will read it: a private key file only its owner can read (a checkout gives it 0644). */
function privateKeyFile(): string {
  const file = path.join(tempDir('key-'), 'release-key');
  copyFileSync(EXAMPLE_KEY, file);
  chmodSync(file, 0o600);
  return file;
}

function copyOfArchive(): string {
  const dir = path.join(tempDir('tamper-'), 'releases');
  cpSync(archive, dir, { recursive: true });
  return dir;
}

/** The real ssh-keygen, as a consumer runs it. */
function sshKeygen(args: string[], input?: Buffer): { status: number | null; out: string } {
  const r = spawnSync('ssh-keygen', args, { input, encoding: 'buffer' });
  return { status: r.status, out: `${r.stdout.toString()}${r.stderr.toString()}` };
}
const PRINCIPAL = 'example-release-key@credit-lists.example';
function sshVerify(dir: string, signed: string, verifyTime?: string): { status: number | null; out: string } {
  return sshKeygen(
    ['-Y', 'verify', '-f', path.join(dir, 'allowed_signers'), '-I', PRINCIPAL, '-n', SIGNATURE_NAMESPACE, '-s', path.join(dir, `${signed}.sig`), ...(verifyTime ? ['-O', `verify-time=${verifyTime}`] : [])],
    readFileSync(path.join(dir, signed)),
  );
}

/** Re-hash a release's manifest and the index after an edit, as an attacker without the key would (signatures untouched). */
function rehash(releases: string, version: string, editManifest?: (m: Manifest) => void, editIndex?: (i: ReleaseIndex) => void): void {
  const mPath = path.join(releases, version, 'manifest.json');
  const m = readJson<Manifest>(mPath);
  for (const f of m.files) {
    const bytes = readFileSync(path.join(releases, version, f.path));
    f.bytes = bytes.length;
    f.sha256 = sha256(bytes);
  }
  editManifest?.(m);
  writeFileSync(mPath, canonicalJson(m));
  const iPath = path.join(releases, 'index.json');
  const index = readJson<ReleaseIndex>(iPath);
  const record = index.releases.find((r) => r.version === version)!;
  record.manifestSha256 = sha256(readFileSync(mPath));
  record.edition = m.edition;
  record.releaseDate = m.releaseDate;
  editIndex?.(index);
  writeFileSync(iPath, canonicalJson(index));
}

/** …and sign both again with the example key, whose private half anyone has: only the recomputation can tell. */
function resign(releases: string, version: string): void {
  for (const f of [path.join(releases, version, 'manifest.json'), path.join(releases, 'index.json')]) writeFileSync(`${f}.sig`, sign(EXAMPLE_SIGNER, readFileSync(f)));
}

function editJson<T>(file: string, edit: (data: T) => void): void {
  const data = readJson<T>(file);
  edit(data);
  writeFileSync(file, canonicalJson(data));
}

const files = (problems: { file: string }[]) => [...new Set(problems.map((p) => p.file))].sort();
const freshSigner = (): Signer => {
  const { privateKey } = generateKeyPairSync('ed25519');
  return parsePrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString());
};

describe('SSHSIG made with Node crypto', () => {
  it('is byte for byte what ssh-keygen -Y sign makes, and ssh-keygen verifies it and finds its principal', () => {
    const dir = tempDir();
    const message = path.join(dir, 'index.json');
    writeFileSync(message, readFileSync(path.join(REPO, 'releases', 'index.json')));
    const ours = signSsh(EXAMPLE_SIGNER, SIGNATURE_NAMESPACE, readFileSync(message));
    const theirs = sshKeygen(['-Y', 'sign', '-f', privateKeyFile(), '-n', SIGNATURE_NAMESPACE], readFileSync(message));
    expect(theirs.status, theirs.out).toBe(0);
    expect(ours).toBe(theirs.out.slice(theirs.out.indexOf('-----BEGIN'), theirs.out.indexOf('-----END SSH SIGNATURE-----') + 28));
  });

  it('reads the example key: OpenSSH format, its comment says EXAMPLE, its public half is the published constant', () => {
    expect(EXAMPLE_SIGNER.comment).toMatch(/^EXAMPLE ONLY/);
    expect(formatPublicKey(EXAMPLE_SIGNER.publicKey)).toBe(formatPublicKey(EXAMPLE_PUBLIC_KEY));
    const pub = sshKeygen(['-y', '-f', privateKeyFile()]);
    expect(pub.out.trim().split(' ').slice(0, 2).join(' ')).toBe(formatPublicKey(EXAMPLE_PUBLIC_KEY));
    expect(readFileSync(path.join(REPO, 'releases', 'allowed_signers'), 'utf8')).toContain(`${formatPublicKey(EXAMPLE_PUBLIC_KEY)} EXAMPLE ONLY`);
  });

  it('takes the key from $RELEASE_SIGNING_KEY first, then --key, then the example key; refuses a passphrase-protected key', () => {
    const other = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(resolveSigner(REPO, { env: { RELEASE_SIGNING_KEY: other } })!.source).toBe('$RELEASE_SIGNING_KEY');
    expect(resolveSigner(REPO, { env: {}, keyFile: EXAMPLE_KEY })!.source).toBe(EXAMPLE_KEY);
    // The example key at keys/ is the example repository's; a repository made by npm run init has none there, so nothing signs by default.
    if (existsSync(path.join(REPO, EXAMPLE_KEY_FILE))) expect(resolveSigner(REPO, { env: { RELEASE_SIGNING_KEY: ' ' } })!.source).toBe(EXAMPLE_KEY_FILE);
    else expect(resolveSigner(REPO, { env: { RELEASE_SIGNING_KEY: ' ' } })).toBeUndefined();
    expect(resolveSigner(tempDir(), { env: {} })).toBeUndefined();
    const dir = tempDir();
    expect(sshKeygen(['-q', '-t', 'ed25519', '-N', 'secret', '-f', path.join(dir, 'k')]).status).toBe(0);
    expect(() => resolveSigner(REPO, { env: { RELEASE_SIGNING_KEY: readFileSync(path.join(dir, 'k'), 'utf8') } })).toThrow(/passphrase-protected/);
  });
});

describe('the repository archive', () => {
  const releases = path.join(REPO, 'releases');
  it('ssh-keygen -Y find-principals and -Y verify accept releases/index.json.sig with releases/allowed_signers', () => {
    const found = sshKeygen(['-Y', 'find-principals', '-s', path.join(releases, 'index.json.sig'), '-f', path.join(releases, 'allowed_signers')]);
    expect(found.status, found.out).toBe(0);
    expect(found.out.trim()).toBe(PRINCIPAL);
    const ok = sshVerify(releases, 'index.json');
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toContain(`Good "${SIGNATURE_NAMESPACE}" signature for ${PRINCIPAL}`);
  });

  it('ssh-keygen rejects the index after any byte changed, or a manifest changed together with its hash in the index', () => {
    const dir = path.join(tempDir(), 'releases');
    cpSync(releases, dir, { recursive: true });
    const index = readFileSync(path.join(dir, 'index.json'));
    for (const at of [0, Math.floor(index.length / 2), index.length - 1]) {
      flipByte(path.join(dir, 'index.json'), at);
      expect(sshVerify(dir, 'index.json').status, `byte ${at}`).not.toBe(0);
      expect(verifyArchive(dir).problems.some((p) => p.file === 'releases/index.json' && p.en.includes('signature does not match'))).toBe(true);
      writeFileSync(path.join(dir, 'index.json'), index);
    }
    // An archived manifest (of a release made before signing began) edited, and its hash in the index with it.
    const first = readJson<ReleaseIndex>(path.join(dir, 'index.json')).releases.at(-1)!.version;
    editJson<Manifest>(path.join(dir, first, 'manifest.json'), (m) => (m.jurisdiction.credit_office = '另一个机构'));
    rehash(dir, first);
    expect(sshVerify(dir, 'index.json').status).not.toBe(0);
    const { problems } = verifyArchive(dir);
    expect(problems.some((p) => p.file === 'releases/index.json' && p.en.includes('The signature does not match releases/index.json'))).toBe(true);
  });
});

describe('release:verify and ssh-keygen on a signed archive', () => {
  it('pass it: every manifest judged at its release date, the index today', () => {
    expect(verifyArchive(archive).problems).toEqual([]);
    for (const v of ['1.0.0', '2.0.0']) {
      const date = readJson<Manifest>(path.join(archive, v, 'manifest.json')).releaseDate.replaceAll('-', '');
      const r = sshVerify(path.join(archive), `${v}/manifest.json`, `${date}Z`);
      expect(r.status, r.out).toBe(0);
    }
    expect(sshVerify(archive, 'index.json').status).toBe(0);
  });

  it('catch a file edited and re-hashed into the manifest and the index, naming the manifest and the index', () => {
    const dir = copyOfArchive();
    const csv = path.join(dir, '1.0.0', 'catalogue.csv');
    const original = readFileSync(csv, 'utf8');
    writeFileSync(csv, original.replace('山东省人力资源和社会保障厅', '山东省财政厅'));
    expect(readFileSync(csv, 'utf8')).not.toBe(original);
    rehash(dir, '1.0.0');
    const { problems } = verifyArchive(dir);
    expect(files(problems)).toEqual(['releases/1.0.0/manifest.json', 'releases/index.json']);
    expect(problems.every((p) => p.en.includes('the file was changed after it was signed'))).toBe(true);
    const date = readJson<Manifest>(path.join(archive, '1.0.0', 'manifest.json')).releaseDate.replaceAll('-', '');
    expect(sshVerify(archive, '1.0.0/manifest.json', `${date}Z`).status).toBe(0);
    expect(sshVerify(dir, '1.0.0/manifest.json', `${date}Z`).status).not.toBe(0);
    expect(sshVerify(dir, 'index.json').status).not.toBe(0);
    const cli = runScript('release-verify.ts', ['--root', path.dirname(dir)]);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('The signature does not match releases/1.0.0/manifest.json');
  });

  it('refuse a signature by another key, naming the signature file', () => {
    const dir = copyOfArchive();
    const mallory = freshSigner();
    writeFileSync(path.join(dir, 'index.json.sig'), sign(mallory, readFileSync(path.join(dir, 'index.json'))));
    const { problems } = verifyArchive(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('releases/index.json.sig');
    expect(problems[0]!.en).toMatch(/^Signed by key SHA256:\S+, which releases\/allowed_signers does not list/);
    expect(sshVerify(dir, 'index.json').status).not.toBe(0);
  });

  it('refuse a key outside its validity: the index judged today, a manifest on its release date', () => {
    const dir = copyOfArchive();
    const signers = path.join(dir, 'allowed_signers');
    const original = readFileSync(signers, 'utf8');
    // Revoked before today: the index signature is expired; the manifests, dated before, still verify.
    writeFileSync(signers, original.replace('valid-after="20260320Z"', 'valid-after="20260320Z",valid-before="20261201Z"'));
    let problems = verifyArchive(dir, 'releases', { now: new Date('2026-12-15T00:00:00Z') }).problems;
    expect(problems.map((p) => p.file)).toEqual(['releases/index.json.sig']);
    expect(problems[0]!.en).toContain('is expired or revoked on today (2026-12-15)');
    expect(sshVerify(dir, 'index.json').status).not.toBe(0); // ssh-keygen judges at the real clock, after 2026-12-01 too
    expect(sshVerify(dir, '2.0.0/manifest.json', '20261110Z').status).toBe(0);
    // Valid only from a date after release 2.0.0: its manifest is refused, as ssh-keygen does with that verify-time.
    writeFileSync(signers, original.replace('valid-after="20260320Z"', 'valid-after="20261111Z"'));
    problems = verifyArchive(dir).problems;
    expect(files(problems)).toEqual(['releases/1.0.0/manifest.json.sig', 'releases/2.0.0/manifest.json.sig']);
    expect(problems.find((p) => p.file === 'releases/2.0.0/manifest.json.sig')!.en).toContain('is not yet valid on the release date 2026-11-10');
    const r = sshVerify(dir, '2.0.0/manifest.json', '20261110Z');
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('not yet valid');
  });

  it('report a missing signature, and a signature file rewritten out of the form ssh-keygen writes', () => {
    const dir = copyOfArchive();
    rmSync(path.join(dir, '2.0.0', 'manifest.json.sig'));
    const sig = path.join(dir, 'index.json.sig');
    writeFileSync(sig, readFileSync(sig, 'utf8').replaceAll('\n', '\r\n'));
    const { problems } = verifyArchive(dir);
    expect(files(problems)).toEqual(['releases/2.0.0/manifest.json.sig', 'releases/index.json.sig']);
    expect(problems[0]!.en).toContain('Missing signature: releases/2.0.0/manifest.json has no OpenSSH signature (every release since 1.0.0 must be signed)');
    expect(problems[1]!.en).toContain('not in the canonical form');
    rmSync(sig);
    expect(verifyArchive(dir).problems.map((p) => p.en)).toContain('Missing signature: releases/index.json has no OpenSSH signature releases/index.json.sig');
  });

  it('report a missing or malformed allowed_signers with its line and column', () => {
    const dir = copyOfArchive();
    const signers = path.join(dir, 'allowed_signers');
    writeFileSync(signers, readFileSync(signers, 'utf8').replace('valid-after="20260320Z"', 'valid-after="20260320"'));
    const { problems } = verifyArchive(dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'releases/allowed_signers', line: 8, column: 42 })]);
    expect(problems[0]!.en).toContain('must be YYYYMMDDZ or YYYYMMDDHHMM[SS]Z (UTC, ending in Z)');
    const cli = runScript('release-verify.ts', ['--root', path.dirname(dir)]);
    expect(cli.stdout).toContain('releases/allowed_signers:8:42');
    rmSync(signers);
    expect(verifyArchive(dir).problems.map((p) => p.file)).toEqual(['releases/allowed_signers']);
  });

  it('rebuilding a signed release reproduces a manifest that its existing signature still verifies', () => {
    const root = tempDir();
    cpSync(fixtureRoot, root, { recursive: true });
    setVersion(root, '2.0.0'); // the data is that of 2.0.0
    const rebuilt = buildRelease({ root }).files.get('manifest.json')!;
    expect(rebuilt).toEqual(readFileSync(path.join(archive, '2.0.0', 'manifest.json')));
    const sig = readFileSync(path.join(archive, '2.0.0', 'manifest.json.sig'), 'utf8');
    const signers = parseAllowedSigners(readFileSync(path.join(archive, 'allowed_signers'), 'utf8')).signers;
    expect(signatureProblems(sig, rebuilt, signers, { releaseDate: '2026-11-10' }, { signature: 's', signed: 'm', allowedSigners: 'a' })).toEqual([]);
    const dir = tempDir();
    writeFileSync(path.join(dir, 'manifest.json'), rebuilt);
    writeFileSync(path.join(dir, 'manifest.json.sig'), sig);
    writeFileSync(path.join(dir, 'allowed_signers'), readFileSync(path.join(archive, 'allowed_signers')));
    expect(sshVerify(dir, 'manifest.json', '20261110Z').status).toBe(0);
  });
});

describe('the tamperings of issue 11, re-hashed and even re-signed with the example key, fail release:verify naming the file', () => {
  it('a relabelled edition', () => {
    const dir = copyOfArchive();
    for (const f of [...PUBLISHED_LISTS, 'bases', 'changes']) editJson<{ edition: string }>(path.join(dir, '2.0.0', `${f}.json`), (d) => (d.edition = '2026年第3版'));
    rehash(dir, '2.0.0', (m) => (m.edition = '2026年第3版'));
    expect(files(verifyArchive(dir).problems)).toEqual(['releases/2.0.0/manifest.json', 'releases/index.json']);
    resign(dir, '2.0.0');
    const { problems } = verifyArchive(dir);
    expect(problems).toEqual([expect.objectContaining({ file: 'releases/2.0.0/manifest.json', en: 'edition is "2026年第3版"; from its version, release date and the earlier releases it should be "2026年第2版"' })]);
  });

  it('a changed release date', () => {
    const dir = copyOfArchive();
    for (const f of [...PUBLISHED_LISTS, 'bases', 'changes']) editJson<{ releaseDate: string }>(path.join(dir, '2.0.0', `${f}.json`), (d) => (d.releaseDate = '2026-12-01'));
    rehash(dir, '2.0.0', (m) => (m.releaseDate = '2026-12-01'));
    resign(dir, '2.0.0');
    const { problems } = verifyArchive(dir);
    expect(problems[0]).toMatchObject({ file: 'releases/2.0.0/manifest.json' });
    expect(problems[0]!.en).toContain('releaseDate is 2026-12-01, but the latest decision this release publishes is of 2026-11-10 (CS-0001)');
  });

  it('a flipped legal_status with the counts recomputed', () => {
    const dir = copyOfArchive();
    editJson<{ entries: { id: string; legal_status: string }[] }>(path.join(dir, '2.0.0', 'measures.json'), (d) => (d.entries.find((e) => e.id === 'CS-0001')!.legal_status = 'in_force'));
    rehash(dir, '2.0.0', (m) => ((m.counts.measures.inForce = 1), (m.counts.measures.scheduled = 0)));
    resign(dir, '2.0.0');
    const { problems } = verifyArchive(dir);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'releases/2.0.0/measures.json', en: 'CS-0001 has legal_status in_force; from its approval or repeal and the release date 2026-11-10 it should be scheduled' }),
    ]);
  });

  it('a swapped document number', () => {
    const dir = copyOfArchive();
    editJson<{ entries: { id: string; approval: { document_number: string } }[] }>(path.join(dir, '2.0.0', 'catalogue.json'), (d) => (d.entries.find((e) => e.id === 'ML-0001')!.approval.document_number = '示例〔2026〕99号'));
    rehash(dir, '2.0.0');
    resign(dir, '2.0.0');
    const { problems } = verifyArchive(dir);
    expect(files(problems)).toEqual(['releases/2.0.0/changes.json']);
    expect(problems.map((p) => p.en).join('\n')).toContain('the change recorded for ML-0001 differs from the one recomputed from the entries (amended');
  });

  it('dropping the latest release', () => {
    const dir = copyOfArchive();
    rmSync(path.join(dir, '2.0.0'), { recursive: true });
    editJson<ReleaseIndex>(path.join(dir, 'index.json'), (i) => ((i.releases = i.releases.filter((r) => r.version !== '2.0.0')), (i.latest = '1.0.0')));
    expect(verifyArchive(dir).problems).toEqual([expect.objectContaining({ file: 'releases/index.json', en: expect.stringContaining('The signature does not match releases/index.json') })]);
    // With the index signed again (or an older, genuine index put back), the repository's version still names the dropped release.
    writeFileSync(path.join(dir, 'index.json.sig'), sign(EXAMPLE_SIGNER, readFileSync(path.join(dir, 'index.json'))));
    writeFileSync(path.join(path.dirname(dir), 'package.json'), JSON.stringify({ version: '2.0.0' }));
    const cli = runScript('release-verify.ts', ['--root', path.dirname(dir)]);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('package.json\n');
    expect(cli.stdout).toContain('version 2.0.0 is not the latest release 1.0.0 in releases/index.json');
  });
});

describe('the example key', () => {
  function notExample(root: string) {
    editYaml(root, 'jurisdiction.yaml', (d) => (d.example = false));
  }

  it('release:build refuses it when jurisdiction.yaml says example: false', () => {
    const root = fixtureRepo('1.0.0');
    notExample(root);
    expect(() => buildRelease({ root, signer: EXAMPLE_SIGNER })).toThrow(/the example key .* cannot sign releases while jurisdiction.yaml says example: false/);
    const r = runScript('release-build.ts', ['--root', root, '--key', EXAMPLE_KEY]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('签名私钥是示例密钥');
  });

  it('release:build refuses an allowed_signers that still trusts it, even with the jurisdiction’s own key', () => {
    const root = fixtureRepo('1.0.0');
    notExample(root);
    const own = freshSigner();
    const signers = path.join(root, 'releases', 'allowed_signers');
    writeFileSync(signers, `${readFileSync(signers, 'utf8')}releases@credit.example valid-after="20260101Z" ${formatPublicKey(own.publicKey)}\n`);
    expect(() => buildRelease({ root, signer: own })).toThrow(/still lists the example key/);
    writeFileSync(signers, `releases@credit.example namespaces="credit-lists-release",valid-after="20260101Z" ${formatPublicKey(own.publicKey)}\n`);
    release(root, own);
    expect(verifyArchive(path.join(root, 'releases')).problems).toEqual([]);
  });

  it('release:verify refuses a non-example archive signed with it', () => {
    const root = fixtureRepo('1.0.0');
    notExample(root);
    const own = freshSigner();
    const signers = path.join(root, 'releases', 'allowed_signers');
    writeFileSync(signers, `releases@credit.example valid-after="20260101Z" ${formatPublicKey(own.publicKey)}\n`);
    release(root, own);
    writeFileSync(signers, `${readFileSync(signers, 'utf8')}${readFileSync(path.join(REPO, 'releases', 'allowed_signers'), 'utf8')}`);
    const index = path.join(root, 'releases', 'index.json');
    writeFileSync(`${index}.sig`, sign(EXAMPLE_SIGNER, readFileSync(index)));
    const { problems } = verifyArchive(path.join(root, 'releases'));
    expect(problems).toEqual([expect.objectContaining({ file: 'releases/index.json.sig', en: expect.stringContaining('signed with the example key, whose private half is public') })]);
  });

  it('release:build refuses a key that allowed_signers does not list, or not on the release date', () => {
    const root = fixtureRepo('1.0.0');
    expect(() => buildRelease({ root, signer: freshSigner() })).toThrow(/is not a valid release key in releases\/allowed_signers on the release date/);
    const signers = path.join(root, 'releases', 'allowed_signers');
    writeFileSync(signers, readFileSync(signers, 'utf8').replace('valid-after="20260320Z"', 'valid-after="20270101Z"'));
    expect(() => buildRelease({ root, signer: EXAMPLE_SIGNER })).toThrow(/valid: 2027-01-01 – …/);
  });
});

describe('release:sign-index', () => {
  it('re-signs the index after a rotation, and refuses when anything but the index signature is wrong', () => {
    const root = tempDir();
    cpSync(fixtureRoot, root, { recursive: true });
    const releases = path.join(root, 'releases');
    const next = freshSigner();
    // Rotation: the new key from today, the old one retired today; releases signed before keep verifying at their dates.
    const signers = path.join(releases, 'allowed_signers');
    writeFileSync(
      signers,
      readFileSync(signers, 'utf8').replace('valid-after="20260320Z"', 'valid-after="20260320Z",valid-before="20261201Z"') +
        `releases-2@credit-lists.example namespaces="credit-lists-release",valid-after="20261201Z" ${formatPublicKey(next.publicKey)}\n`,
    );
    const now = new Date('2026-12-02T00:00:00Z');
    expect(verifyArchive(releases, 'releases', { now }).problems.map((p) => p.file)).toEqual(['releases/index.json.sig']);
    expect(() => resignIndex(root, EXAMPLE_SIGNER, now)).toThrow(/is not a valid release key/);
    resignIndex(root, next, now);
    expect(verifyArchive(releases, 'releases', { now }).problems).toEqual([]);

    flipByte(path.join(releases, '1.0.0', 'bases.json'), 5);
    expect(() => resignIndex(root, next, now)).toThrow(/problems besides the index signature/);
  });

  it('runs from the command line with --key', () => {
    const root = tempDir();
    cpSync(fixtureRoot, root, { recursive: true });
    rmSync(path.join(root, 'releases', 'index.json.sig'));
    const r = runScript('release-sign-index.ts', ['--root', root, '--key', EXAMPLE_KEY]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Re-signed releases/index.json.sig');
    expect(verifyArchive(path.join(root, 'releases')).problems).toEqual([]);
  });
});

describe('the governance check', () => {
  it('lets the index signature and allowed_signers change with the keys, never an archived manifest signature', () => {
    const repo = TempRepo.create();
    try {
      release(repo.dir);
      const base = repo.commit('release 1.0.0');
      const next = freshSigner();
      const signers = path.join(repo.dir, 'releases', 'allowed_signers');
      writeFileSync(signers, `${readFileSync(signers, 'utf8')}releases-2@credit-lists.example namespaces="credit-lists-release",valid-after="20260320Z" ${formatPublicKey(next.publicKey)}\n`);
      resignIndex(repo.dir, next);
      const rotated = repo.commit('rotate the release key');
      const modified = (head: string) => checkGovernance({ root: repo.dir, base, head }).diagnostics.filter((d) => d.code === 'G13-release-modified');
      expect(modified(rotated)).toEqual([]);
      const manifestSig = path.join(repo.dir, 'releases', '1.0.0', 'manifest.json.sig');
      writeFileSync(manifestSig, sign(next, readFileSync(path.join(repo.dir, 'releases', '1.0.0', 'manifest.json'))));
      expect(modified(repo.commit('re-sign an archived manifest')).map((d) => d.file)).toEqual(['releases/1.0.0/manifest.json.sig']);
    } finally {
      repo.dispose();
    }
  });
});
