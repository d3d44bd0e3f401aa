// `npm run init`: a new jurisdiction's repository that passes its own checks at once, again with entries, and releases 1.0.0 first.
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_KEY_FIXTURE, EXAMPLE_ONLY_TESTS, initRepository, packageNameFor } from '../lib/init.ts';
import { firstVersionFix } from '../lib/release/first-version.ts';
import { formatPublicKey, fingerprint } from '../lib/release/sshsig.ts';
import { UsageError } from '../lib/validate.ts';
import { EXAMPLE_KEY } from './release/helpers.ts';

const TOOLKIT = path.join(import.meta.dirname, '..');
const SHANGHAI = path.join(import.meta.dirname, 'fixtures', 'jurisdictions', 'shanghai');
const work = mkdtempSync(path.join(tmpdir(), 'init-'));
const repo = path.join(work, 'shanghai');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run one of the new repository's own scripts with the pinned Node, as `npm run` would. */
const script = (name: string, ...args: string[]) => spawnSync(process.execPath, [path.join(repo, 'scripts', name), ...args], { cwd: repo, encoding: 'utf8' });
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const read = (rel: string) => readFileSync(path.join(repo, rel), 'utf8');

// The jurisdiction's own release key pair, made as a credit office would (here with Node's crypto: PKCS#8 private, OpenSSH public).
const pair = generateKeyPairSync('ed25519');
const publicKey = { raw: Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url') };
const privateKeyFile = path.join(work, 'release-signing-key');
const publicKeyFile = `${privateKeyFile}.pub`;
writeFileSync(privateKeyFile, pair.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string, { mode: 0o600 });
writeFileSync(publicKeyFile, `${formatPublicKey(publicKey)} 上海市信用办发布密钥\n`);

beforeAll(() => {
  initRepository({ folder: repo, name: '上海市', nameEn: 'Shanghai Municipality', divisionCode: '310000', repositoryUrl: 'https://forge.example/shanghai-credit-lists', signingKey: publicKeyFile });
  // The dependencies are this checkout's: linking them keeps the test cheap (a user runs npm ci).
  symlinkSync(path.join(TOOLKIT, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
}, 60_000);

describe('npm run init', () => {
  it('makes a repository with a fresh history, the toolkit, empty lists and no releases', () => {
    expect(git('rev-list', '--count', 'HEAD').trim()).toBe('1');
    for (const dir of ['lib', 'schemas', 'scripts', 'site', 'test', '.github', 'docs']) expect(existsSync(path.join(repo, dir)), dir).toBe(true);
    for (const dir of ['catalogue', 'measures', 'exemptions', 'incentives']) expect(readdirSync(path.join(repo, dir))).toEqual(['.gitkeep']);
    // No release yet; only the jurisdiction's release key, listed from --signing-key.
    expect(readdirSync(path.join(repo, 'releases'))).toEqual(['allowed_signers']);
    expect(readdirSync(path.join(repo, '.changeset')).sort()).toEqual(['README.md', 'config.json']);
    for (const t of EXAMPLE_ONLY_TESTS) expect(existsSync(path.join(repo, t)), t).toBe(false);
    // The release tests' example key comes along as a test fixture only: release:build never finds it at keys/.
    expect(existsSync(path.join(repo, 'keys'))).toBe(false);
    expect(existsSync(path.join(repo, EXAMPLE_KEY_FIXTURE))).toBe(true);
    // The test fixtures' regulations come along with the fixtures that quote them.
    for (const law of ['上海市社会信用条例(2017-06-23).md', '深圳经济特区社会信用条例(2023-01-06).md']) expect(existsSync(path.join(repo, 'reference', 'laws', law)), law).toBe(true);
  });

  it('names the package after the jurisdiction, at 0.0.0, in package.json and the lockfile', () => {
    const pkg = JSON.parse(read('package.json')) as { name: string; version: string };
    expect(pkg).toMatchObject({ name: 'shanghai-credit-lists', version: '0.0.0' });
    const lock = JSON.parse(read('package-lock.json')) as { name: string; version: string; packages: Record<string, { name: string; version: string }> };
    expect([lock.name, lock.version, lock.packages['']!.name, lock.packages['']!.version]).toEqual(['shanghai-credit-lists', '0.0.0', 'shanghai-credit-lists', '0.0.0']);
    expect(packageNameFor({ divisionCode: '441900' })).toBe('credit-lists-441900');
  });

  it('writes its own README, CHANGELOG, CODEOWNERS and forms, and a commented jurisdiction.yaml, naming no other jurisdiction', () => {
    const example = parse(readFileSync(path.join(TOOLKIT, 'jurisdiction.yaml'), 'utf8')) as { name: string; repository_url: string };
    for (const rel of ['README.md', 'CHANGELOG.md', 'package.json', 'jurisdiction.yaml', '.github/CODEOWNERS', '.github/ISSUE_TEMPLATE/config.yml', '.github/ISSUE_TEMPLATE/proposal.yml']) {
      expect(read(rel), rel).not.toContain(example.name);
      expect(read(rel), rel).not.toContain(example.repository_url);
    }
    expect(read('README.md')).toContain('上海市');
    expect(read('CHANGELOG.md')).toContain('1.0.0');
    expect(read('.github/ISSUE_TEMPLATE/config.yml')).toContain('https://forge.example/shanghai-credit-lists');
    const j = read('jurisdiction.yaml');
    expect(j).toMatch(/^# yaml-language-server: \$schema=\.\/schemas\/jurisdiction\.schema\.json\n/);
    for (const setting of ['lists:', 'sufficient_levels:', 'time_limits:', 'periods:', 'serious_list_grounds:']) expect(j).toContain(`# ${setting}`);
    expect(parse(j)).toMatchObject({ name: '上海市', level: 'province', division_code: '310000', example: false });
  });

  it('passes its own checks with no entries: validation and generated files', () => {
    const v = script('validate.ts');
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const s = script('schemas.ts', '--check');
    expect(s.status, s.stderr).toBe(0);
  }, 60_000);

  it('keeps passing with entries copied in, and its first release is 1.0.0 whatever the changeset says', () => {
    const commit = (message: string) => {
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', message);
    };
    // The credit office fills in jurisdiction.yaml first (maintainers review it); departments' entries follow under it.
    cpSync(path.join(SHANGHAI, 'jurisdiction.yaml'), path.join(repo, 'jurisdiction.yaml'));
    expect(script('validate.ts').status).toBe(0);
    commit('jurisdiction.yaml from the regulation');
    for (const dir of ['catalogue', 'measures', 'exemptions', 'bases']) cpSync(path.join(SHANGHAI, dir), path.join(repo, dir), { recursive: true });
    const v = script('validate.ts');
    expect(v.status, v.stdout + v.stderr).toBe(0);
    writeFileSync(path.join(repo, '.changeset', 'first-edition.md'), '---\n"shanghai-credit-lists": minor\n---\n\n首批条目。First entries.\n');
    commit('First entries');
    const g = script('governance.ts', '--base', 'HEAD~1', '--head', 'HEAD');
    expect(g.status, g.stdout + g.stderr).toBe(0);

    // What `npm run version-packages` does after `changeset version` took 0.0.0 to 0.1.0.
    const pkg = JSON.parse(read('package.json')) as Record<string, unknown>;
    writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ ...pkg, version: '0.1.0' }, null, 2)}\n`);
    writeFileSync(path.join(repo, 'CHANGELOG.md'), `# shanghai-credit-lists\n\n## 0.1.0\n\n### Minor Changes\n\n- 首批条目。\n`);
    const f = script('first-version.ts');
    expect(f.status, f.stderr).toBe(0);
    expect((JSON.parse(read('package.json')) as { version: string }).version).toBe('1.0.0');
    expect(read('CHANGELOG.md')).toContain('## 1.0.0');
    // Signed with the jurisdiction's own key, the one npm run init listed; the toolkit's example key is not trusted here.
    const wrong = script('release-build.ts', '--key', EXAMPLE_KEY);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('releases/allowed_signers');
    const b = script('release-build.ts', '--key', privateKeyFile);
    expect(b.status, b.stdout + b.stderr).toBe(0);
    expect((JSON.parse(read('releases/index.json')) as { latest: string }).latest).toBe('1.0.0');
    const r = script('release-verify.ts');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    // OpenSSH itself accepts the index signature against the allowed_signers line npm run init wrote.
    const ssh = execFileSync('bash', ['-c', 'ssh-keygen -Y verify -f releases/allowed_signers -I releases@forge.example -n credit-lists-release -s releases/index.json.sig < releases/index.json'], { cwd: repo, encoding: 'utf8' });
    expect(ssh).toContain('Good "credit-lists-release" signature for releases@forge.example');
  }, 120_000);
});

describe('npm run init and the release key', () => {
  it('lists the key of --signing-key in releases/allowed_signers, for release signatures only', () => {
    const line = read('releases/allowed_signers').split('\n').find((l) => l && !l.startsWith('#'))!;
    expect(line).toBe(`releases@forge.example namespaces="credit-lists-release" ${formatPublicKey(publicKey)} 上海市信用办发布密钥`);
    // The fingerprint to announce is OpenSSH's, and the file names no other key.
    const listed = execFileSync('bash', ['-c', `grep -o 'ssh-ed25519 [A-Za-z0-9+/=]*' releases/allowed_signers | ssh-keygen -lf -`], { cwd: repo, encoding: 'utf8' });
    expect(listed.trim().split('\n')).toHaveLength(1);
    expect(listed).toContain(fingerprint(publicKey));
  });

  it('refuses a private key, the example key or a missing file, before writing anything', () => {
    const attempt = (signingKey: string) => {
      const folder = path.join(work, `refused-${path.basename(signingKey)}`);
      let err: unknown;
      try {
        initRepository({ folder, signingKey, git: false });
      } catch (e) {
        err = e;
      }
      expect(err, signingKey).toBeInstanceOf(UsageError);
      expect(existsSync(folder), folder).toBe(false);
      return err as UsageError;
    };
    expect(attempt(privateKeyFile).message).toContain('private key');
    const examplePub = path.join(work, 'example.pub');
    writeFileSync(examplePub, readFileSync(path.join(TOOLKIT, 'releases', 'allowed_signers'), 'utf8').match(/ssh-ed25519 \S+/)![0]);
    expect(attempt(examplePub).message).toContain('example key');
    expect(attempt(path.join(work, 'nowhere.pub')).message).toContain('not found');
  });

  it('without a key, release:build refuses with the steps to list one, and those steps work', () => {
    const other = path.join(work, 'no-key');
    const r = initRepository({ folder: other, name: '上海市', nameEn: 'Shanghai Municipality', divisionCode: '310000', repositoryUrl: 'https://forge.example/shanghai-credit-lists', git: false });
    expect(r.signingKeyFingerprint).toBeUndefined();
    expect(existsSync(path.join(other, 'releases'))).toBe(false);
    symlinkSync(path.join(TOOLKIT, 'node_modules'), path.join(other, 'node_modules'), 'dir');
    for (const part of ['jurisdiction.yaml', 'catalogue', 'measures', 'exemptions', 'bases']) cpSync(path.join(SHANGHAI, part), path.join(other, part), { recursive: true });
    writeFileSync(path.join(other, 'package.json'), readFileSync(path.join(other, 'package.json'), 'utf8').replace('"version": "0.0.0"', '"version": "1.0.0"'));
    const build = () => spawnSync(process.execPath, [path.join(other, 'scripts', 'release-build.ts'), '--key', privateKeyFile], { cwd: other, encoding: 'utf8' });
    const refused = build();
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stderr).toContain('releases/allowed_signers 不存在');
    expect(refused.stderr).toContain('releases/allowed_signers does not exist');
    expect(refused.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.signingSteps.every((step) => refused.stderr.includes(step))).toBe(true);
    // The printed steps, run as printed (the key pair made by them), list a key that then signs the release.
    for (const step of r.signingSteps) execFileSync('bash', ['-c', step], { cwd: other, stdio: 'pipe' });
    const signed = spawnSync(process.execPath, [path.join(other, 'scripts', 'release-build.ts'), '--key', path.join(other, 'release-signing-key')], { cwd: other, encoding: 'utf8' });
    expect(signed.status, signed.stdout + signed.stderr).toBe(0);
    expect(existsSync(path.join(other, 'releases', '1.0.0', 'manifest.json.sig'))).toBe(true);
  }, 120_000);
});

describe('the first version', () => {
  const pkg = (version: string) => `${JSON.stringify({ name: 'x', version }, null, 2)}\n`;
  it('becomes 1.0.0 from any 0.x bump before the first release, and is left alone otherwise', () => {
    expect(firstVersionFix({ released: false, packageJson: pkg('0.0.1') })?.packageJson).toContain('"version": "1.0.0"');
    expect(firstVersionFix({ released: false, packageJson: pkg('0.1.0'), changelog: '# x\n\n尚未发布。No release yet.\n\n## 0.1.0\n' })?.changelog).toBe('# x\n\n\n## 1.0.0\n');
    expect(firstVersionFix({ released: false, packageJson: pkg('0.0.0') })).toBeUndefined();
    expect(firstVersionFix({ released: true, packageJson: pkg('0.2.0') })).toBeUndefined();
    expect(firstVersionFix({ released: false, packageJson: pkg('2.0.0') })).toBeUndefined();
  });
});
