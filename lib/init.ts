// `npm run init -- <folder>`: a new repository for a new jurisdiction — the toolkit, empty lists (all four), a commented
// jurisdiction.yaml to fill in, version 0.0.0, no releases, and its own README, CHANGELOG, CODEOWNERS and forms.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { UsageError } from './validate.ts';
import { FILE_KINDS, JURISDICTION_LEVELS, LIST_KINDS } from '../schemas/index.ts';
import { ALLOWED_SIGNERS, EXAMPLE_KEY_FILE, firstAllowedSigners, signingIdentityOf, signingSetupSteps, SigningError } from './release/signing.ts';
import { RELEASES_DIR } from './release/archive.ts';

/** Tests that read the bundled example's own data, release archive, README or example city, or its names: they stay with the example. */
export const EXAMPLE_ONLY_TESTS = [
  'test/example-data.test.ts',
  'test/example-archive.test.ts',
  'test/site-e2e.test.ts',
  'test/site-releases.test.ts',
  // The example's release archive (releases/) and the city layered on it (examples/).
  'test/checklist.test.ts',
  'test/checklist-cli.test.ts',
  'test/checklist-archive.test.ts',
  'test/checklist-publish.test.ts',
  'test/upstream-sync.test.ts',
  'test/upstream-layering.test.ts',
  // The example's README recipes, and the example's names (a new jurisdiction's own check is the grep).
  'test/readme-recipes.test.ts',
  'test/toolkit-names-no-jurisdiction.test.ts',
  // The example's public pages and its glossary (vocabulary/ is the example's: its terms cite the example's register).
  'test/site-public.test.ts',
  'test/site-glossary.test.ts',
  // Parts of these read the example's archive (releases/2.0.2, the signed index) or init the example itself.
  'test/release-signing.test.ts',
  'test/release-build.test.ts',
  'test/init.test.ts',
];

/** The toolkit's example signing key, which the release tests sign their fixtures with: a test fixture in a new repository, never at keys/ where release:build would find it. */
export const EXAMPLE_KEY_FIXTURE = 'test/fixtures/example-release-key/EXAMPLE-ONLY-release-signing-key';

/** Toolkit paths copied as they are (data, releases and the example's documents are not). */
const TOOLKIT = ['lib', 'schemas', 'scripts', 'site', 'test', 'docs', '.github', '.ci', '.changeset/config.json', '.changeset/README.md', 'tsconfig.json', 'vitest.config.ts', '.gitignore', '.node-version', 'GOVERNANCE.md', 'RELEASING.md', 'CONTRIBUTING.md', 'package-lock.json'];
/** Never copied from anywhere: build output, dependencies, caches. */
const SKIP = new Set(['node_modules', 'dist', '.astro', 'coverage', 'vitest-report.json', '.git']);
/** Generated here rather than copied. */
const GENERATED = new Set(['.github/CODEOWNERS']);

export interface InitOptions {
  folder: string;
  /** The toolkit repository to copy from (default: this one). */
  source?: string;
  name?: string;
  nameEn?: string;
  level?: string;
  divisionCode?: string;
  parentDivisionCode?: string;
  approvingBody?: string;
  creditOffice?: string;
  repositoryUrl?: string;
  packageName?: string;
  /** Forge organisation whose teams own the repository (CODEOWNERS). */
  forgeOrg?: string;
  /** The jurisdiction's release public key (an OpenSSH .pub file): listed in releases/allowed_signers. */
  signingKey?: string;
  /** Skip `git init` (tests that only look at files). */
  git?: boolean;
}

export interface InitResult {
  folder: string;
  packageName: string;
  files: number;
  /** The listed release key's fingerprint; undefined when no key was given (releases/allowed_signers is then still to make). */
  signingKeyFingerprint?: string;
  /** What to run to list a release key later, when none was given. */
  signingSteps: string[];
}

const TOOLKIT_ROOT = path.join(import.meta.dirname, '..');

function copyTree(from: string, to: string, skip: (rel: string) => boolean, rel = ''): number {
  const st = statSync(from);
  if (st.isDirectory()) {
    let n = 0;
    for (const name of readdirSync(from).sort()) {
      if (SKIP.has(name)) continue;
      const r = rel ? `${rel}/${name}` : name;
      if (skip(r)) continue;
      n += copyTree(path.join(from, name), path.join(to, name), skip, r);
    }
    return n;
  }
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
  return 1;
}

/** A package name from the jurisdiction: its English name, else its division code. */
export function packageNameFor(o: { nameEn?: string; divisionCode?: string }): string {
  const slug = (o.nameEn ?? '')
    .toLowerCase()
    .replace(/\b(?:province|municipality|city|county|special economic zone)\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `${slug}-credit-lists` : `credit-lists-${o.divisionCode ?? '000000'}`;
}

const q = (s: string) => JSON.stringify(s);

/** The commented jurisdiction.yaml a credit office fills in: valid as written, national rules wherever it is silent. */
export function jurisdictionTemplate(o: Required<Pick<InitOptions, 'name' | 'level' | 'divisionCode' | 'approvingBody' | 'creditOffice' | 'repositoryUrl'>> & InitOptions, categories: string[]): string {
  const lines = [
    '# yaml-language-server: $schema=./schemas/jurisdiction.schema.json',
    '# 辖区配置：本仓库所管理清单的辖区、审定机关，以及各项规则的法律选择。按本辖区的信用条例逐项填写，每项写明设定它的条款（basis）。',
    '# 没有写的项目适用国家规定（国办发〔2020〕49号、国家发展改革委令第36号）。填写方法见 docs/onboarding.md。',
    '# Jurisdiction configuration. Fill it in from your regulation, citing the article of each setting; what is left out takes the national rules.',
    `name: ${o.name}`,
    ...(o.nameEn ? [`name_en: ${o.nameEn}`] : ['# name_en: English name']),
    `# 行政级别：province（省级）、city（设区的市）、county（县级）。网站据此自称“本省”“本市”“本县”；可用 self_name 另写。`,
    `level: ${o.level}`,
    `division_code: ${q(o.divisionCode)}`,
    ...(o.parentDivisionCode ? [`parent_division_code: ${q(o.parentDivisionCode)}`] : ['# parent_division_code: "上级行政区划代码（设区的市、县级填写）"']),
    '# 示例数据须标为 true，网站会显著标注“示例”。Example data: true.',
    'example: false',
    '# 审定机关（各清单未在 lists 下另行配置时）及其依据条款。',
    `approving_body: ${o.approvingBody}`,
    '# approving_body_basis: 《……条例》第……条',
    `credit_office: ${o.creditOffice}`,
    '# 有权记录审定的代码托管平台账号。Forge accounts that may record approvals.',
    'approvers:',
    '  - credit-office',
    'consultation:',
    '  minimum_days: 30',
    '  # basis: 《……条例》第……条',
    '  default_channel:',
    '    kind: forge',
    '',
    '# ── 以下各项按条例填写；不填即适用国家规定 ─────────────────────────────',
    '# 各清单的审定（或编制公布）机关、程序、征求意见范围、专家评估、是否须引用本辖区地方性法规：',
    '# lists:',
    '#   catalogue:',
    '#     scope: supplement              # supplement（补充目录）或 whole（完整目录）',
    '#     approving_body: ……人民政府',
    '#     procedure: approve             # approve（审定、批准）或 compile_and_publish（编制后公布）',
    '#     basis: 《……条例》第……条',
    '#     consultation: {applies_to: all, basis: 《……条例》第……条}              # all / rights_reducing / none',
    '#     expert_evaluation: {applies_to: rights_reducing, basis: 《……条例》第……条}',
    '#     local_basis: {requirement: required, basis: 《……条例》第……条}         # required / recommended / not_required',
    '#   measure: {approving_body: ……, procedure: approve, basis: 《……条例》第……条}',
    '#   exemption: {approving_body: ……, basis: 《……条例》第……条}',
    '#   incentive: {approving_body: ……, procedure: compile_and_publish, basis: 《……条例》第……条}   # 守信激励措施清单',
    '# 各用途所需的依据层级（law, administrative_regulation, state_council_decision, central_policy, local_regulation, departmental_rule, local_government_rule）：',
    '# sufficient_levels:',
    '#   catalogue_item: {levels: [law, administrative_regulation, local_regulation], basis: 《……条例》第……条}',
    '#   measure_rights_reducing: {levels: [law, administrative_regulation, local_regulation], basis: ……}',
    '#   incentive: {levels: [law, administrative_regulation, local_regulation, central_policy], basis: ……}',
    '#   measure_management: {levels: [law, administrative_regulation, local_regulation, local_government_rule], basis: ……}',
    '#   natural_person_disclosure: {levels: [law, administrative_regulation], consent: true, basis: ……}',
    '#   non_standard_period: {levels: [law, administrative_regulation, local_regulation], basis: ……}',
    '# 条例规定的时限（工作日）：',
    '# time_limits:',
    '#   listing_objection: {working_days: 10, basis: ……}            # 列入严重失信主体名单前的异议核实',
    '#   information_objection: {working_days: 5, extension_working_days: 5, total_working_days: 10, basis: ……}',
    '#   information_objection_assisted: {working_days: 7, basis: ……}',
    '#   objection_marking: {working_days: 1, basis: ……}',
    '#   repair_decision: {working_days: 3, extension_working_days: 3, basis: ……}',
    '# 公开和保存期限：',
    '# periods:',
    '#   mode: separate                   # separate（分别规定）或 combined（同一期限）',
    '#   start: {event: behaviour_ended, custodial_sentence: sentence_served, basis: ……}',
    '#   extension: {until: until_removed_from_serious_list, basis: ……}',
    '#   end_action: {action: delete, basis: ……}                    # delete / archive / stop_disclosure',
    '#   cap: {max_months: 60, basis: ……}',
    '# 目录事项还须写明的要素（sector 行业领域、data_code、data_format、coverage、information_items、collection_channel）：',
    '# catalogue_elements: {required: [collection_channel], basis: ……}',
    '# 信息性质的本地名称，守信信息的依据，增设的严重失信领域：',
    '# nature_labels: {dishonesty: 不良信息, trustworthy: 守信信息}',
    '# incentive_kind_labels: {administrative: 政务便利类}',
    '# trustworthy_information: 《……条例》第……条',
    '# serious_list_grounds:',
    '#   - {id: local_ground, zh: ……, basis: 《……条例》第……条}',
    '',
    '# 目录信息类别（默认取全国公共信用信息基础目录的类别）。Catalogue categories.',
    'categories:',
    ...categories.map((c) => `  - ${c}`),
    '# 部门：提供单位和实施单位，编号用小写字母和连字符。Departments.',
    'departments:',
    '  - id: credit-office',
    `    name: ${o.creditOffice}`,
    `repository_url: ${o.repositoryUrl}`,
    '',
  ];
  return lines.join('\n');
}

function readme(o: { name: string; packageName: string }): string {
  return `# ${o.name}社会信用清单仓库 · Credit lists as code

本仓库管理${o.name}的公共信用信息目录、失信惩戒措施清单、社会信用惩戒豁免行为清单和守信激励措施清单：以 YAML 记录每个条目，
按本辖区的信用条例（\`jurisdiction.yaml\`）检查，经公开征求意见和审定后，发布为网站和版本化的 JSON。

This repository keeps ${o.name}'s public-credit-information catalogue, punishment-measure list, exemption list and incentive list as
YAML, checks them against the jurisdiction's regulation (\`jurisdiction.yaml\`), and publishes them as a site and
versioned JSON.

## 开始 · Getting started

\`\`\`sh
npm ci           # 安装（含 Node 24）Install
npm test         # 全部检查 All checks
npm run validate # 检查数据 Check the data
npm start        # 本地网站 The site, locally
\`\`\`

1. 按本辖区信用条例填写 \`jurisdiction.yaml\`：[接入指南 docs/onboarding.md](docs/onboarding.md)。
2. 登记法律依据（\`npm run new -- basis …\`），各部门提出条目（\`npm run new -- catalogue …\`）：[CONTRIBUTING.md](CONTRIBUTING.md)。
3. 征求意见、审定、发布：[GOVERNANCE.md](GOVERNANCE.md)、[RELEASING.md](RELEASING.md)。首次发布的版本为 1.0.0。

| 文档 | 读者 |
|---|---|
| [docs/onboarding.md](docs/onboarding.md) | 信用办：从建库到首次发布 Credit office: from a new repository to the first release |
| [CONTRIBUTING.md](CONTRIBUTING.md) | 部门填报指南 Departments |
| [GOVERNANCE.md](GOVERNANCE.md) | 角色、程序、检查代码 Roles, procedure, check codes |
| [RELEASING.md](RELEASING.md) | 发布 Releases |
| [docs/rules.md](docs/rules.md) | 每条检查规则及其读取的配置 Every rule and the settings it reads |
| [docs/developing.md](docs/developing.md) | 开发者 Developers |

软件包 Package: \`${o.packageName}\`. 尚未发布 No release yet.
`;
}

/** Create the repository. Refuses a folder that exists and is not empty. */
export function initRepository(opts: InitOptions): InitResult {
  const source = path.resolve(opts.source ?? TOOLKIT_ROOT);
  const folder = path.resolve(opts.folder);
  if (existsSync(folder) && readdirSync(folder).length)
    throw new UsageError(`目录 ${opts.folder} 已存在且不是空的：请指定一个新目录`, `${opts.folder} exists and is not empty: name a new folder`);
  const level = opts.level ?? 'province';
  if (!(level in JURISDICTION_LEVELS.labels))
    throw new UsageError(`行政级别须为 ${Object.keys(JURISDICTION_LEVELS.labels).join('、')} 之一`, `--level must be one of ${Object.keys(JURISDICTION_LEVELS.labels).join(', ')}`);
  for (const [flag, v] of [['--division-code', opts.divisionCode], ['--parent-division-code', opts.parentDivisionCode]] as const)
    if (v !== undefined && !/^\d{6}$/.test(v)) throw new UsageError(`${flag} 须为6位行政区划代码`, `${flag} must be a six-digit division code`);

  const sourceJurisdiction = parse(readFileSync(path.join(source, 'jurisdiction.yaml'), 'utf8')) as { categories: string[]; repository_url: string };
  const sourcePackage = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as Record<string, unknown> & { name: string; version: string };
  const name = opts.name ?? '某某省（请修改）';
  const packageName = opts.packageName ?? packageNameFor(opts);
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(packageName)) throw new UsageError(`软件包名称“${packageName}”无效：用小写字母、数字和连字符`, `Invalid package name "${packageName}": lowercase letters, digits and hyphens`);
  const repositoryUrl = opts.repositoryUrl ?? `https://forge.example/${packageName}`;
  const org = opts.forgeOrg ?? 'example-org';
  // The release key is checked before anything is written: a wrong file leaves no half-made folder.
  const identity = signingIdentityOf({ name, repository_url: repositoryUrl });
  let signers: { text: string; fingerprint: string } | undefined;
  if (opts.signingKey !== undefined) {
    if (!existsSync(opts.signingKey) || !statSync(opts.signingKey).isFile())
      throw new UsageError(`找不到发布公钥文件 ${opts.signingKey}（--signing-key）`, `Release public key file ${opts.signingKey} not found (--signing-key)`);
    try {
      signers = firstAllowedSigners(readFileSync(opts.signingKey, 'utf8'), { ...identity, shown: opts.signingKey });
    } catch (err) {
      if (err instanceof SigningError) throw new UsageError(err.zh, err.message);
      throw err;
    }
  }

  // The example's own regulation and its texts stay behind; national instruments and their texts come along.
  const bases = readdirSync(path.join(source, 'bases')).filter((f) => f.endsWith('.yaml'));
  const national = bases.filter((f) => (parse(readFileSync(path.join(source, 'bases', f), 'utf8')) as { jurisdiction: string }).jurisdiction === 'national');
  const lawFiles = new Set(
    national.flatMap((f) => [...readFileSync(path.join(source, 'bases', f), 'utf8').matchAll(/reference\/laws\/([^\s，。；、）]+?\.md)/g)].map((m) => m[1]!)),
  );

  mkdirSync(folder, { recursive: true });
  let files = 0;
  const exampleSnapshots = new Set(EXAMPLE_ONLY_TESTS.map((t) => `test/__snapshots__/${path.basename(t)}.snap`));
  const skipTest = (rel: string) => EXAMPLE_ONLY_TESTS.includes(rel) || GENERATED.has(rel) || exampleSnapshots.has(rel);
  for (const rel of TOOLKIT) {
    const from = path.join(source, rel);
    if (!existsSync(from)) continue;
    files += copyTree(from, path.join(folder, rel), (r) => skipTest(`${rel}/${r}`), '');
  }
  for (const f of national) files += copyTree(path.join(source, 'bases', f), path.join(folder, 'bases', f), () => false);
  // The test fixtures' jurisdictions (Shanghai, Shenzhen) quote their regulations from reference/laws/ too.
  const fixtureBases = path.join(source, 'test', 'fixtures');
  for (const f of readdirSync(fixtureBases, { recursive: true }) as string[])
    if (f.endsWith('.yaml') && f.includes(`${path.sep}bases${path.sep}`))
      for (const m of readFileSync(path.join(fixtureBases, f), 'utf8').matchAll(/reference\/laws\/([^\s，。；、）]+?\.md)/g)) lawFiles.add(m[1]!);
  const exampleKey = path.join(source, EXAMPLE_KEY_FILE);
  if (existsSync(exampleKey)) files += copyTree(exampleKey, path.join(folder, EXAMPLE_KEY_FIXTURE), () => false);
  for (const f of lawFiles) if (existsSync(path.join(source, 'reference', 'laws', f))) files += copyTree(path.join(source, 'reference', 'laws', f), path.join(folder, 'reference', 'laws', f), () => false);
  for (const dir of LIST_KINDS.map((k) => FILE_KINDS[k].folder!)) {
    mkdirSync(path.join(folder, dir), { recursive: true });
    writeFileSync(path.join(folder, dir, '.gitkeep'), '');
  }

  // The toolkit's identity follows the new package; legal facts are never rewritten.
  const rename = (rel: string) => {
    const p = path.join(folder, rel);
    if (!existsSync(p)) return;
    writeFileSync(p, readFileSync(p, 'utf8').split(sourceJurisdiction.repository_url).join(repositoryUrl).split(sourcePackage.name).join(packageName));
  };
  for (const rel of ['.changeset/README.md', 'RELEASING.md', 'GOVERNANCE.md', 'CONTRIBUTING.md', 'docs/developing.md', '.github/ISSUE_TEMPLATE/config.yml', '.github/ISSUE_TEMPLATE/proposal.yml', '.github/ISSUE_TEMPLATE/comment.yml', '.github/ISSUE_TEMPLATE/error.yml']) rename(rel);
  const contributing = path.join(folder, 'CONTRIBUTING.md');
  if (existsSync(contributing))
    writeFileSync(
      contributing,
      `> **说明：** 本指南的写法示例取自工具包自带的示例数据（另一辖区），只说明字段怎么写。${name}的规则以本仓库的 \`jurisdiction.yaml\` 和 [docs/rules.md](docs/rules.md) 为准。\n> The examples below come from the toolkit's bundled example (another jurisdiction) and only show how fields are written; this jurisdiction's rules are its \`jurisdiction.yaml\` and docs/rules.md.\n\n${readFileSync(contributing, 'utf8')}`,
    );

  const pkg = { ...sourcePackage, name: packageName, version: '0.0.0', description: `Policy-as-code repository of ${opts.nameEn ?? name}'s credit lists: catalogue, punishment measures, exemptions and incentives.` };
  writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const lockPath = path.join(folder, 'package-lock.json');
  if (existsSync(lockPath)) {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { name: string; version: string; packages: Record<string, { name?: string; version?: string }> };
    lock.name = packageName;
    lock.version = '0.0.0';
    if (lock.packages['']) Object.assign(lock.packages[''], { name: packageName, version: '0.0.0' });
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  }
  writeFileSync(
    path.join(folder, 'jurisdiction.yaml'),
    jurisdictionTemplate(
      { ...opts, name, level, divisionCode: opts.divisionCode ?? '000000', approvingBody: opts.approvingBody ?? `${name}人民政府`, creditOffice: opts.creditOffice ?? `${name}社会信用体系建设领导小组办公室`, repositoryUrl },
      sourceJurisdiction.categories,
    ),
  );
  if (signers) {
    mkdirSync(path.join(folder, RELEASES_DIR), { recursive: true });
    writeFileSync(path.join(folder, RELEASES_DIR, ALLOWED_SIGNERS), signers.text);
    files += 1;
  }
  writeFileSync(path.join(folder, 'README.md'), readme({ name, packageName }));
  writeFileSync(path.join(folder, 'CHANGELOG.md'), `# ${packageName}\n\n尚未发布。首次发布的版本为 1.0.0（RELEASING.md）。No release yet: the first release will be 1.0.0.\n`);
  const codeowners = readFileSync(path.join(source, '.github', 'CODEOWNERS'), 'utf8').replace(/@[a-z0-9-]+\//g, `@${org}/`);
  writeFileSync(path.join(folder, '.github', 'CODEOWNERS'), codeowners);
  files += 5;

  if (opts.git !== false) {
    const run = (args: string[]) => execFileSync('git', args, { cwd: folder, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME ?? 'credit-lists init', GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL ?? 'init@credit-lists.invalid', GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME ?? 'credit-lists init', GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL ?? 'init@credit-lists.invalid' } });
    run(['init', '-q', '-b', 'main']);
    run(['add', '-A']);
    run(['commit', '-q', '-m', `${name}：新建信用清单仓库（工具包、空清单、待填写的 jurisdiction.yaml）。New repository for ${opts.nameEn ?? name}.`]);
  }
  return { folder, packageName, files, ...(signers ? { signingKeyFingerprint: signers.fingerprint } : {}), signingSteps: signingSetupSteps(identity) };
}
