// The approval gate: a pull request that records a decision of the approving body needs a configured approver's review.
import type { Status } from '../../schemas/index.ts';
import type { Bilingual } from '../diagnostics.ts';

/** An entry whose status the pull request sets to a decision, or whose decision record it writes. */
export interface DecisionChange {
  file: string;
  id: string;
  from?: Status;
  to: Status;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

/** A review, normalised from GitHub's or Gitea/Forgejo's shape. */
export interface Review {
  login: string;
  state: ReviewState;
  /** The commit the review was given on; null when the forge no longer knows it. */
  commitId?: string | null;
  submittedAt?: string;
}

export interface GateInput {
  changes: DecisionChange[];
  /** Data files the gate could not read: it cannot tell what they decide, so it fails closed. */
  unreadable?: string[];
  reviews: Review[];
  /** Forge accounts allowed to approve decisions: `approvers` of jurisdiction.yaml on the base branch. */
  approvers: string[];
  /** The pull request's current head commit: approvals of earlier commits do not count. */
  headSha: string;
  /** The pull request's author, who cannot approve their own decision. */
  author?: string;
  /** Accounts that authored or committed the pull request's commits: their approvals do not count either. */
  pushers?: string[];
  /** Why the gate could not see the whole change (a file list cut at the forge's limit…): it fails closed. */
  incomplete?: Bilingual[];
  /** How many approvers must approve; 1 unless configured otherwise. */
  required?: number;
}

export interface GateResult {
  pass: boolean;
  /** Approvers whose approval counts. */
  approvedBy: string[];
  reasons: Bilingual[];
}

const DECISIVE: ReviewState[] = ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'];

export function decideGate(input: GateInput): GateResult {
  const reasons: Bilingual[] = [];
  const unreadable = input.unreadable ?? [];
  const incomplete = input.incomplete ?? [];
  reasons.push(...incomplete);
  for (const f of unreadable)
    reasons.push({ zh: `无法读取 ${f}，不能判断其是否包含审定决定`, en: `${f} cannot be read, so the gate cannot tell whether it records a decision` });
  if (input.changes.length === 0 && unreadable.length === 0 && incomplete.length === 0)
    return { pass: true, approvedBy: [], reasons: [{ zh: '本合并请求不记录审定决定，无需审定人批准。', en: 'This pull request records no decision; no approver review is needed.' }] };

  for (const c of input.changes)
    reasons.push({ zh: `${c.id}：${c.from ?? '（新条目）'} → ${c.to}`, en: `${c.id}: ${c.from ?? '(new entry)'} → ${c.to}` });

  // Each reviewer's latest decisive review counts; a later comment leaves an approval standing, as on GitHub.
  const latest = new Map<string, Review>();
  const when = (r: Review) => Date.parse(r.submittedAt ?? '') || 0;
  const ordered = [...input.reviews].sort((a, b) => when(a) - when(b));
  for (const r of ordered) if (DECISIVE.includes(r.state)) latest.set(r.login.toLowerCase(), r);

  const approvers = new Set(input.approvers.map((a) => a.toLowerCase()));
  const author = input.author?.toLowerCase();
  const pushers = new Set((input.pushers ?? []).map((p) => p.toLowerCase()));
  const ownWork: string[] = [];
  const approvedBy: string[] = [];
  const stale: Review[] = [];
  const blocking: string[] = [];
  const others: string[] = [];
  for (const [login, r] of latest) {
    if (!approvers.has(login)) {
      if (r.state === 'APPROVED') others.push(r.login);
      continue;
    }
    if (r.state === 'CHANGES_REQUESTED') blocking.push(r.login);
    else if (r.state === 'APPROVED') {
      if (login === author) continue;
      if (pushers.has(login)) {
        ownWork.push(r.login);
        continue;
      }
      if (r.commitId && r.commitId !== input.headSha) stale.push(r);
      else if (r.commitId) approvedBy.push(r.login);
      else stale.push(r);
    }
  }
  const required = input.required ?? 1;
  const pass = unreadable.length === 0 && incomplete.length === 0 && blocking.length === 0 && approvedBy.length >= required;

  if (approvedBy.length) reasons.push({ zh: `已由审定人 ${approvedBy.join('、')} 在最新提交上批准。`, en: `Approved on the latest commit by ${approvedBy.join(', ')}.` });
  for (const r of stale)
    reasons.push({
      zh: `${r.login} 的批准针对旧提交 ${(r.commitId ?? '未知').slice(0, 7)}，之后又有修改：请在最新提交上重新批准。`,
      en: `${r.login} approved an earlier commit ${(r.commitId ?? 'unknown').slice(0, 7)}; the pull request changed since: approve the latest commit again.`,
    });
  if (ownWork.length)
    reasons.push({ zh: `${ownWork.join('、')} 的批准不计入：其本人向本合并请求提交过修改。`, en: `Approvals by ${ownWork.join(', ')} do not count: they pushed commits to this pull request.` });
  for (const b of blocking) reasons.push({ zh: `审定人 ${b} 要求修改。`, en: `Approver ${b} requested changes.` });
  if (others.length)
    reasons.push({ zh: `${others.join('、')} 的批准不计入：不在 jurisdiction.yaml 的 approvers 中。`, en: `Approvals by ${others.join(', ')} do not count: not among the approvers in jurisdiction.yaml.` });
  if (!pass && approvedBy.length < required)
    reasons.push({
      zh: `需要 ${required} 名审定人（${input.approvers.join('、')}）在最新提交上批准（Approve）本合并请求，其中不含作者本人和向其提交过修改的人。`,
      en: `${required} approver(s) (${input.approvers.join(', ')}) must approve the latest commit of this pull request, its author and those who pushed commits to it excluded.`,
    });
  return { pass, approvedBy, reasons };
}
