// Temporary repositories for release tests: a copy of the base fixture with a package.json, edited like a clerk would.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { buildRelease, writeToArchive, type BuiltRelease } from '../../lib/release/build.ts';
import { EXAMPLE_KEY_FIXTURE } from '../../lib/init.ts';
import { EXAMPLE_KEY_FILE } from '../../lib/release/signing.ts';
import { parsePrivateKey, type Signer } from '../../lib/release/sshsig.ts';

import { BASE_FIXTURE, REPO_ROOT } from '../helpers/paths.ts';

export const REPO = REPO_ROOT;
export const FIXTURE = BASE_FIXTURE;
/** The example release key (its private half is committed on purpose), which the fixture's releases/allowed_signers lists. */
// A repository made by npm run init keeps it among the test fixtures, where release:build never looks (lib/init.ts).
export const EXAMPLE_KEY = existsSync(path.join(REPO, EXAMPLE_KEY_FILE)) ? path.join(REPO, EXAMPLE_KEY_FILE) : path.join(REPO, EXAMPLE_KEY_FIXTURE);
export const EXAMPLE_SIGNER: Signer = parsePrivateKey(readFileSync(EXAMPLE_KEY, 'utf8'));

const temps: string[] = [];

export function tempDir(prefix = 'release-'): string {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
}

export function cleanTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A repository made of the base fixture, at a version. */
export function fixtureRepo(version = '1.0.0'): string {
  const root = path.join(tempDir(), 'repo');
  cpSync(FIXTURE, root, { recursive: true });
  setVersion(root, version);
  return root;
}

export function setVersion(root: string, version: string): void {
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'fixture', version, private: true }, null, 2) + '\n');
}

/** Edit a YAML data file in place, keeping its modeline and comments. */
export function editYaml(root: string, file: string, edit: (data: Record<string, unknown>) => void): void {
  const full = path.join(root, file);
  const doc = parseDocument(readFileSync(full, 'utf8'));
  const data = doc.toJS() as Record<string, unknown>;
  edit(data);
  const next = parseDocument(readFileSync(full, 'utf8'));
  next.contents = next.createNode(data) as typeof next.contents;
  writeFileSync(full, next.toString());
}

export function copyYaml(root: string, from: string, to: string, edit: (data: Record<string, unknown>) => void): void {
  cpSync(path.join(root, from), path.join(root, to));
  editYaml(root, to, edit);
}

/** Build the repository's current version into its archive, signed with the example key. */
export function release(root: string, signer: Signer = EXAMPLE_SIGNER): BuiltRelease {
  const built = buildRelease({ root, signer });
  writeToArchive(root, built);
  return built;
}

export function readJson<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Every file below a folder, relative, sorted, with its bytes. */
export function treeBytes(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, r)).isDirectory()) walk(r);
      else out.set(r, readFileSync(path.join(dir, r)));
    }
  };
  walk('');
  return out;
}

/** Run one of the scripts with the project's Node, as npm run would. */
export function runScript(script: string, args: string[], cwd = REPO): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(REPO, 'scripts', script), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Flip the lowest bit of one byte of a file. */
export function flipByte(file: string, position: number): void {
  const bytes = readFileSync(file);
  bytes[position] = bytes[position]! ^ 0x01;
  writeFileSync(file, bytes);
}
