// A real, throw-away git repository holding a copy of a fixture, for tests that compare revisions.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';

import { BASE_FIXTURE } from './paths.ts';

export const FIXTURE_BASE = BASE_FIXTURE;
export const PACKAGE_NAME = 'shandong-credit-lists';

export class TempRepo {
  readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  /** A repository whose first commit holds the fixture, a package.json and an empty .changeset/. */
  static create(fixture = FIXTURE_BASE, version = '1.0.0'): TempRepo {
    const repo = new TempRepo(mkdtempSync(path.join(tmpdir(), 'gov-')));
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'user.email', 'test@example.invalid');
    repo.git('config', 'user.name', 'Test');
    repo.git('config', 'commit.gpgsign', 'false');
    cpSync(fixture, repo.dir, { recursive: true });
    repo.write('package.json', JSON.stringify({ name: PACKAGE_NAME, version, private: true }, null, 2) + '\n');
    repo.write('.changeset/config.json', '{}\n');
    repo.commit('base');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }).trim();
  }

  read(rel: string): string {
    return readFileSync(path.join(this.dir, rel), 'utf8');
  }

  write(rel: string, text: string): this {
    mkdirSync(path.dirname(path.join(this.dir, rel)), { recursive: true });
    writeFileSync(path.join(this.dir, rel), text);
    return this;
  }

  remove(rel: string): this {
    rmSync(path.join(this.dir, rel), { recursive: true, force: true });
    return this;
  }

  /** Edit a YAML data file in place, keeping its comments and modeline. */
  edit(rel: string, change: (doc: Document) => void): this {
    const doc = parseDocument(this.read(rel));
    change(doc);
    return this.write(rel, doc.toString({ lineWidth: 0 }));
  }

  /** Append a history event. */
  event(rel: string, event: Record<string, unknown>): this {
    return this.edit(rel, (d) => d.addIn(['history'], d.createNode(event, { flow: true })));
  }

  changeset(name: string, bump: 'patch' | 'minor' | 'major' | 'empty', pkg = PACKAGE_NAME): this {
    const front = bump === 'empty' ? '' : `"${pkg}": ${bump}\n`;
    return this.write(`.changeset/${name}.md`, `---\n${front}---\n\n${name}\n`);
  }

  /** Commit everything; returns the new commit's SHA. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
