// Measuring validation against the floor of merely parsing the same files with `yaml`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { checklist } from './checklist/checklist.ts';
import { loadSources } from './checklist/load.ts';
import { checkGovernance } from './governance/check.ts';
import { buildRelease, writeToArchive } from './release/build.ts';
import { ALLOWED_SIGNERS, resolveSigner } from './release/signing.ts';
import { RELEASES_DIR } from './ids.ts';
import { discover } from './repository.ts';
import { catalogueFile, proposedCatalogueItem, writeSyntheticRepository } from './synthetic.ts';
import { validate } from './validate.ts';

const TOOLKIT_ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURE_BASE = path.join(TOOLKIT_ROOT, 'test', 'fixtures', 'base');

export interface ValidationBench {
  files: number;
  validateMs: number;
  parseMs: number;
  ratio: number;
  errors: number;
}

/** Parse every data file with `yaml` and nothing else: the floor validation is compared to. */
export function parseOnly(root: string): number {
  let count = 0;
  for (const { file } of discover(root)) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const doc of parseAllDocuments(text)) {
      doc.toJS();
      count++;
    }
  }
  return count;
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Time validation and parse-only over the same files, best of `rounds` for each, interleaved to share machine noise. */
export function benchValidation(root: string, rounds = 3): ValidationBench {
  let validateMs = Infinity;
  let parseMs = Infinity;
  let files = 0;
  let errors = 0;
  for (let i = 0; i < rounds; i++) {
    parseMs = Math.min(parseMs, time(() => parseOnly(root)));
    validateMs = Math.min(
      validateMs,
      time(() => {
        const r = validate(root);
        files = r.files.length;
        errors = r.diagnostics.filter((d) => d.severity === 'error').length;
      }),
    );
  }
  return { files, validateMs, parseMs, ratio: validateMs / parseMs, errors };
}

export interface GovernanceBench {
  entries: number;
  /** The pull request's files: one new entry and its (empty) changeset. */
  files: string[];
  /** `checkGovernance` between the base and the pull request's commit, best of the rounds. */
  governanceMs: number;
  /** `validate` of the one new entry file (with the cross-file rules it starts), best of the rounds. */
  validateFileMs: number;
  ratio: number;
  /** Errors the governance check reported (0 for this well-formed proposal). */
  errors: number;
}

const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }).toString();

/**
 * The governance check of a one-entry pull request (a department's new proposal and its empty changeset) on an
 * `n`-entry repository in `dir` (empty or absent), against validating just that file.
 */
export function benchGovernance(dir: string, n: number, rounds = 3): GovernanceBench {
  const { file, changeset } = onePullRequest(dir, n);
  let governanceMs = Infinity;
  let validateFileMs = Infinity;
  let errors = 0;
  for (let i = 0; i < rounds; i++) {
    validateFileMs = Math.min(validateFileMs, time(() => validate(dir, [path.join(dir, file)])));
    governanceMs = Math.min(
      governanceMs,
      time(() => {
        errors = checkGovernance({ root: dir, base: 'HEAD~1', head: 'HEAD' }).diagnostics.filter((d) => d.severity === 'error').length;
      }),
    );
  }
  return { entries: n, files: [file, changeset], governanceMs, validateFileMs, ratio: governanceMs / validateFileMs, errors };
}

/** A git repository of `n` synthetic entries in `dir`, then a commit with one department's new proposal and its empty changeset. */
export function onePullRequest(dir: string, n: number): { file: string; changeset: string } {
  const counts = writeSyntheticRepository(dir, n);
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-credit-lists', version: '1.0.0', private: true }, null, 2)}\n`);
  mkdirSync(path.join(dir, '.changeset'), { recursive: true });
  writeFileSync(path.join(dir, '.changeset', 'config.json'), '{}\n');
  git(dir, 'init', '-q', '-b', 'main');
  for (const [k, v] of [['user.email', 'bench@example.invalid'], ['user.name', 'Bench'], ['commit.gpgsign', 'false']]) git(dir, 'config', k!, v!);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  const file = catalogueFile(counts.catalogue + 1);
  const changeset = '.changeset/bench-proposal.md';
  writeFileSync(path.join(dir, file), proposedCatalogueItem(counts.catalogue + 1));
  writeFileSync(path.join(dir, changeset), '---\n---\n\n新增建议 A new proposal.\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'proposal');
  return { file, changeset };
}

export interface ChecklistBench {
  entries: number;
  /** Building and writing the release of the synthetic repository (once, to have an archive). */
  releaseMs: number;
  /** Reading and checking the archive and the jurisdiction, as `npm run checklist` does first. */
  loadMs: number;
  /** The checklist for one catalogue item, best of the rounds. */
  checklistMs: number;
  /** Measures the checklist found for it (the synthetic triggers reach every item). */
  measures: number;
}

/** The case checklist for one item on a release of `n` entries, built in `dir` (empty or absent). */
export function benchChecklist(dir: string, n: number, rounds = 5): ChecklistBench {
  writeSyntheticRepository(dir, n);
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-credit-lists', version: '1.0.0', private: true }, null, 2)}\n`);
  // The archive takes only signed releases: sign with the toolkit's example key, which the base fixture's allowed_signers lists.
  mkdirSync(path.join(dir, RELEASES_DIR), { recursive: true });
  copyFileSync(path.join(FIXTURE_BASE, RELEASES_DIR, ALLOWED_SIGNERS), path.join(dir, RELEASES_DIR, ALLOWED_SIGNERS));
  const { signer } = resolveSigner(TOOLKIT_ROOT, { env: {} })!;
  let t = performance.now();
  writeToArchive(dir, buildRelease({ root: dir, signer }));
  const releaseMs = performance.now() - t;
  t = performance.now();
  const { archive, jurisdiction } = loadSources(dir);
  const loadMs = performance.now() - t;
  let checklistMs = Infinity;
  let measures = 0;
  for (let i = 0; i < rounds; i++)
    checklistMs = Math.min(
      checklistMs,
      time(() => {
        measures = checklist(archive, { id: 'ML-0002', subject: 'legal_person', circumstances: [], date: '2026-11-22' }, jurisdiction).measures.length;
      }),
    );
  return { entries: n, releaseMs, loadMs, checklistMs, measures };
}
