// The approval gate: the pure decision, and the whole run against recorded-shape API responses of GitHub and Gitea/Forgejo.
import { cpSync, mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decideGate, type Review } from '../lib/gate/decide.ts';
import { FILE_LIST_LIMIT, forge, normaliseReview } from '../lib/gate/forge.ts';
import { runGate } from '../lib/gate/run.ts';
import { validate } from '../lib/validate.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const GATE = path.join(FIXTURES, 'gate');
const HEAD = '9f2c4e1b7d3a5f6081c2e4b6d8f0a1c3e5b7d9f1';
const BASE = 'e1a3c5b7d9f1a2c4e6b8d0f2a4c6e8b0d2f4a6c8';
const json = (rel: string) => JSON.parse(readFileSync(path.join(GATE, rel), 'utf8')) as unknown;

/**
 * A forge that answers from the fixtures: pull, files (two pages, linked), reviews, and file contents —
 * the base fixture at the base commit, with the pull request's changes on top at the head commit.
 */
function fakeForge(apiUrl: string, answers: { pull: string; files: string[]; reviews: string; commits?: string }, requests: string[] = []) {
  let fileList: unknown[] | undefined;
  const respond = (body: unknown, status = 200, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  const fetch = (async (input: string | URL | Request) => {
    const url = new URL(String(input));
    requests.push(url.pathname + url.search);
    const p = url.pathname.replace(new URL(apiUrl).pathname.replace(/\/$/, ''), '');
    if (p === '/repos/example/shandong-credit-lists/pulls/42') return respond(json(answers.pull));
    if (p === '/repos/example/shandong-credit-lists/pulls/42/files') {
      const page = Number(url.searchParams.get('page') ?? 1);
      const next: Record<string, string> = page < answers.files.length ? { link: `<${apiUrl}/repos/example/shandong-credit-lists/pulls/42/files?page=${page + 1}>; rel="next", <${apiUrl}/x?page=9>; rel="last"` } : {};
      if (fileList) return respond(fileList);
      return respond(json(answers.files[page - 1]!), 200, next);
    }
    if (p === '/repos/example/shandong-credit-lists/pulls/42/reviews') return respond(json(answers.reviews));
    if (p === '/repos/example/shandong-credit-lists/pulls/42/commits') return respond(json(answers.commits ?? 'github/commits-42.json'));
    const m = /^\/repos\/example\/shandong-credit-lists\/contents\/(.+)$/.exec(p);
    if (m) {
      const file = decodeURIComponent(m[1]!);
      const ref = url.searchParams.get('ref');
      const candidates = ref === HEAD ? [path.join(GATE, 'head', file), path.join(FIXTURES, 'base', file)] : ref === BASE ? [path.join(FIXTURES, 'base', file)] : [];
      const found = candidates.find((c) => existsSync(c));
      if (!found) return respond({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents' }, 404);
      return respond({ type: 'file', encoding: 'base64', name: path.basename(file), path: file, content: readFileSync(found).toString('base64').replace(/(.{60})/g, '$1\n') });
    }
    return respond({ message: 'Not Found' }, 404);
  }) as typeof globalThis.fetch;
  const api = forge({ apiUrl, repo: 'example/shandong-credit-lists', token: 't', fetch });
  return Object.assign(api, {
    /** Answer the file list with these entries instead of the fixture's pages. */
    withFiles(files: unknown[]) {
      fileList = files;
      return api;
    },
  });
}

const github = (reviews: string) => fakeForge('https://api.github.com', { pull: 'github/pull-42.json', files: ['github/files-42-page1.json', 'github/files-42-page2.json'], reviews: `github/reviews-42-${reviews}.json` });

describe('the pull request fixture is a real, valid change', () => {
  it('the head state validates', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gate-'));
    cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
    cpSync(path.join(GATE, 'head'), dir, { recursive: true });
    expect(validate(dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});

describe('the gate against GitHub responses', () => {
  it('passes with an approver’s approval of the head commit; a later comment does not undo it', async () => {
    const requests: string[] = [];
    const api = fakeForge('https://api.github.com', { pull: 'github/pull-42.json', files: ['github/files-42-page1.json', 'github/files-42-page2.json'], reviews: 'github/reviews-42-approved.json' }, requests);
    const run = await runGate(api, 42);
    expect(run.changes).toEqual([{ file: 'measures/CS-0001.yaml', id: 'CS-0001', from: 'consultation', to: 'approved' }]);
    expect(run.pass).toBe(true);
    expect(run.approvedBy).toEqual(['credit-office']);
    // Both pages of files were read, and contents at the base and the head commits.
    expect(requests).toContain('/repos/example/shandong-credit-lists/pulls/42/files?page=2');
    expect(requests).toContain(`/repos/example/shandong-credit-lists/contents/measures/CS-0001.yaml?ref=${HEAD}`);
    expect(requests).toContain(`/repos/example/shandong-credit-lists/contents/jurisdiction.yaml?ref=${BASE}`);
  });
  it('fails without any review', async () => {
    const run = await runGate(github('none'), 42);
    expect(run.pass).toBe(false);
    expect(run.reasons.map((r) => r.en).join('\n')).toContain('credit-office');
  });
  it('fails when the approval is for an earlier commit', async () => {
    const run = await runGate(github('stale'), 42);
    expect(run.pass).toBe(false);
    expect(run.reasons.map((r) => r.en).join('\n')).toContain('earlier commit 3b5d7f9');
  });
  it('fails when only someone who is not an approver approved', async () => {
    const run = await runGate(github('non-approver'), 42);
    expect(run.pass).toBe(false);
    expect(run.reasons.map((r) => r.zh).join('\n')).toContain('hrss-clerk 的批准不计入');
  });
  it('fails when the approver’s latest review requests changes (login case does not matter)', async () => {
    const run = await runGate(github('changes-requested'), 42);
    expect(run.pass).toBe(false);
    expect(run.reasons.map((r) => r.en).join('\n')).toContain('requested changes');
  });
});

describe('the gate against Gitea/Forgejo responses', () => {
  it('reads REQUEST_CHANGES, dismissed reviews and COMMENT, under /api/v1', async () => {
    const requests: string[] = [];
    const api = fakeForge('https://forge.example/api/v1', { pull: 'gitea/pull-42.json', files: ['gitea/files-42.json'], reviews: 'gitea/reviews-42.json' }, requests);
    const run = await runGate(api, 42);
    expect(requests[0]).toBe('/api/v1/repos/example/shandong-credit-lists/pulls/42');
    expect(run.changes).toHaveLength(1);
    expect(run.pass).toBe(true);
  });
  it('normalises both forges’ review states', () => {
    expect(normaliseReview({ user: { login: 'a' }, state: 'REQUEST_CHANGES', commit_id: 'x' })?.state).toBe('CHANGES_REQUESTED');
    expect(normaliseReview({ user: { login: 'a' }, state: 'APPROVED', dismissed: true })?.state).toBe('DISMISSED');
    expect(normaliseReview({ user: { login: 'a' }, state: 'COMMENT' })?.state).toBe('COMMENTED');
    expect(normaliseReview({ user: null, state: 'APPROVED' })).toBeUndefined();
  });
});

describe('the decision itself', () => {
  const change = [{ file: 'catalogue/ML-0003.yaml', id: 'ML-0003', from: 'consultation' as const, to: 'approved' as const }];
  const r = (login: string, state: Review['state'], commitId: string | null = 'h', submittedAt = '2026-01-01T00:00:00Z'): Review => ({ login, state, commitId, submittedAt });
  it('needs no review when nothing is decided', () => {
    expect(decideGate({ changes: [], reviews: [], approvers: ['a'], headSha: 'h' }).pass).toBe(true);
  });
  it('the author cannot approve their own decision', () => {
    expect(decideGate({ changes: change, reviews: [r('a', 'APPROVED')], approvers: ['a'], headSha: 'h', author: 'A' }).pass).toBe(false);
  });
  it('a dismissed approval no longer counts; a later approval does', () => {
    const reviews = [r('a', 'APPROVED', 'h', '2026-01-01T00:00:00Z'), r('a', 'DISMISSED', 'h', '2026-01-02T00:00:00Z')];
    expect(decideGate({ changes: change, reviews, approvers: ['a'], headSha: 'h' }).pass).toBe(false);
    expect(decideGate({ changes: change, reviews: [...reviews, r('a', 'APPROVED', 'h', '2026-01-03T00:00:00Z')], approvers: ['a'], headSha: 'h' }).pass).toBe(true);
  });
  it('a required count above one', () => {
    const input = { changes: change, reviews: [r('a', 'APPROVED')], approvers: ['a', 'b'], headSha: 'h', required: 2 };
    expect(decideGate(input).pass).toBe(false);
    expect(decideGate({ ...input, reviews: [r('a', 'APPROVED'), r('b', 'APPROVED')] }).pass).toBe(true);
  });
  it('an unreadable data file fails closed', () => {
    expect(decideGate({ changes: [], unreadable: ['catalogue/ML-0009.yaml'], reviews: [r('a', 'APPROVED')], approvers: ['a'], headSha: 'h' }).pass).toBe(false);
  });
});

describe('what the gate no longer misses', () => {
  /** A forge whose file list, commits and contents the test gives directly. */
  function listForge(files: { filename: string; status: string; previous_filename?: string }[], opts: { commits?: string; reviews?: string } = {}) {
    return fakeForge('https://api.github.com', { pull: 'github/pull-42.json', files: ['github/files-42-page1.json'], reviews: opts.reviews ?? 'github/reviews-42-approved.json', ...(opts.commits ? { commits: opts.commits } : {}) }, []).withFiles(files);
  }
  it('an approver who pushed commits to the pull request does not count as its approver', async () => {
    const api = fakeForge('https://api.github.com', { pull: 'github/pull-42.json', files: ['github/files-42-page1.json', 'github/files-42-page2.json'], reviews: 'github/reviews-42-approved.json', commits: 'github/commits-42-approver-pushed.json' });
    const run = await runGate(api, 42);
    expect(run.changes).toHaveLength(1);
    expect(run.pass).toBe(false);
    expect(run.approvedBy).toEqual([]);
    expect(run.reasons.map((r) => r.en).join('\n')).toContain('credit-office do not count: they pushed commits');
  });
  it('fails closed when the file list reaches the forge’s limit', async () => {
    const many = Array.from({ length: FILE_LIST_LIMIT }, (_, i) => ({ filename: `docs/n${i}.md`, status: 'added' }));
    const run = await runGate(listForge(many), 42);
    expect(run.pass).toBe(false);
    expect(run.reasons.map((r) => r.en).join('\n')).toContain(`the forge's limit (${FILE_LIST_LIMIT})`);
  });
  it('a file reported as copied is new where it lands: an approved copy is a decision', async () => {
    const run = await runGate(listForge([{ filename: 'measures/CS-0001.yaml', status: 'copied', previous_filename: 'catalogue/ML-0001.yaml' }], { reviews: 'github/reviews-42-none.json' }), 42);
    expect(run.changes).toEqual([{ file: 'measures/CS-0001.yaml', id: 'CS-0001', to: 'approved' }]);
    expect(run.pass).toBe(false);
  });
  it('a file renamed out of a list folder does not crash the gate (governance refuses it as G01)', async () => {
    const run = await runGate(listForge([{ filename: 'docs/ML-0001.yaml', status: 'renamed', previous_filename: 'catalogue/ML-0001.yaml' }]), 42);
    expect(run.changes).toEqual([]);
    expect(run.pass).toBe(true);
  });
});
