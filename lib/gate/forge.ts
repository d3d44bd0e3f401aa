// The forge's REST API, as the gate needs it: GitHub's, and the compatible endpoints of Gitea and Forgejo.
import type { Review, ReviewState } from './decide.ts';

export interface ForgeOptions {
  /** https://api.github.com, or https://git.example.gov.cn/api/v1 for Gitea/Forgejo. */
  apiUrl: string;
  /** owner/name */
  repo: string;
  token?: string;
  fetch?: typeof fetch;
}

export interface PullInfo {
  number: number;
  headSha: string;
  baseSha: string;
  author?: string;
}

export interface PullFile {
  filename: string;
  /** added, removed, modified, renamed, … (GitHub and Gitea use the same words). */
  status: string;
  previousFilename?: string;
}

/** GitHub lists at most 3,000 files of a pull request: a list that long may be cut, so the gate fails closed. */
export const FILE_LIST_LIMIT = 3000;

export interface Forge {
  pull(n: number): Promise<PullInfo>;
  files(n: number): Promise<PullFile[]>;
  /** Accounts that authored or committed the pull request's commits. */
  pushers(n: number): Promise<string[]>;
  reviews(n: number): Promise<Review[]>;
  /** A file's bytes at a commit; undefined if it does not exist there. */
  content(path: string, ref: string): Promise<Uint8Array | undefined>;
}

export class ForgeError extends Error {}

const REVIEW_STATES: Record<string, ReviewState> = {
  APPROVED: 'APPROVED',
  CHANGES_REQUESTED: 'CHANGES_REQUESTED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED', // Gitea/Forgejo
  COMMENTED: 'COMMENTED',
  COMMENT: 'COMMENTED', // Gitea/Forgejo
  DISMISSED: 'DISMISSED',
  PENDING: 'PENDING',
  REQUEST_REVIEW: 'PENDING', // Gitea/Forgejo: a review was requested, none given
};

/** One review from either forge's JSON; undefined for reviews without a user (deleted accounts). */
export function normaliseReview(raw: unknown): Review | undefined {
  const r = raw as { user?: { login?: string } | null; state?: string; commit_id?: string | null; submitted_at?: string; dismissed?: boolean };
  const login = r.user?.login;
  if (!login || typeof r.state !== 'string') return undefined;
  const state = r.dismissed ? 'DISMISSED' : (REVIEW_STATES[r.state.toUpperCase()] ?? 'COMMENTED');
  return { login, state, commitId: r.commit_id ?? null, ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}) };
}

function nextLink(link: string | null): string | undefined {
  return link?.split(',').map((p) => /<([^>]+)>\s*;\s*rel="next"/.exec(p)?.[1]).find(Boolean);
}

export function forge(opts: ForgeOptions): Forge {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const base = opts.apiUrl.replace(/\/+$/, '');
  if (!/^[\w.-]+\/[\w.-]+$/.test(opts.repo)) throw new ForgeError(`invalid repository "${opts.repo}" (owner/name)`);
  const repoUrl = `${base}/repos/${opts.repo}`;
  const headers: Record<string, string> = {
    Accept: 'application/vnd.github+json, application/json',
    'X-GitHub-Api-Version': '2022-11-28',
    'User-Agent': 'credit-lists-approval-gate',
    ...(opts.token ? { Authorization: `token ${opts.token}` } : {}),
  };

  async function get(url: string): Promise<Response> {
    const res = await doFetch(url, { headers });
    if (!res.ok && res.status !== 404) throw new ForgeError(`${res.status} ${res.statusText} from ${url}`);
    return res;
  }
  async function json(url: string): Promise<unknown> {
    const res = await get(url);
    if (res.status === 404) throw new ForgeError(`404 Not Found from ${url}`);
    return res.json();
  }
  /** Every page of a list endpoint, following the Link header both forges send. */
  async function list(url: string): Promise<unknown[]> {
    const out: unknown[] = [];
    for (let next: string | undefined = url, pages = 0; next && pages < 100; pages++) {
      const res = await get(next);
      if (res.status === 404) throw new ForgeError(`404 Not Found from ${next}`);
      out.push(...((await res.json()) as unknown[]));
      next = nextLink(res.headers.get('link'));
    }
    return out;
  }

  return {
    async pull(n) {
      const p = (await json(`${repoUrl}/pulls/${n}`)) as { number: number; head: { sha: string }; base: { sha: string }; user?: { login?: string } };
      return { number: p.number, headSha: p.head.sha, baseSha: p.base.sha, ...(p.user?.login ? { author: p.user.login } : {}) };
    },
    async files(n) {
      const raw = (await list(`${repoUrl}/pulls/${n}/files?per_page=100&limit=50`)) as { filename: string; status: string; previous_filename?: string }[];
      return raw.map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}) }));
    },
    async pushers(n) {
      const raw = (await list(`${repoUrl}/pulls/${n}/commits?per_page=100&limit=50`)) as { author?: { login?: string } | null; committer?: { login?: string } | null }[];
      return [...new Set(raw.flatMap((c) => [c.author?.login, c.committer?.login].filter((l): l is string => typeof l === 'string' && l !== '')))];
    },
    async reviews(n) {
      return (await list(`${repoUrl}/pulls/${n}/reviews?per_page=100&limit=50`)).flatMap((r) => normaliseReview(r) ?? []);
    },
    async content(path, ref) {
      const encoded = path.split('/').map(encodeURIComponent).join('/');
      const res = await get(`${repoUrl}/contents/${encoded}?ref=${encodeURIComponent(ref)}`);
      if (res.status === 404) return undefined;
      const body = (await res.json()) as { type?: string; encoding?: string; content?: string };
      if (body.type !== 'file' || body.encoding !== 'base64' || typeof body.content !== 'string') throw new ForgeError(`unexpected contents response for ${path}`);
      return Buffer.from(body.content, 'base64');
    },
  };
}
