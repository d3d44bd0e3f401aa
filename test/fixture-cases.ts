// Invalid fixtures: small edit specs applied to a copy of the valid base repository, each named after what it breaks.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { BASE_FIXTURE, FIXTURES } from './helpers/paths.ts';

export { FIXTURES };
export const BASE = BASE_FIXTURE;

export interface ExpectedDiagnostic {
  code: string;
  file: string;
  line: number;
  col?: number;
  severity?: 'error' | 'warning';
}

export interface FixtureCase {
  name: string;
  description: string;
  /** Per file, [old, new] text replacements; each old text must occur. */
  edit?: Record<string, [string, string][]>;
  write?: Record<string, string>;
  writeBase64?: Record<string, string>;
  rename?: Record<string, string>;
  copy?: Record<string, string>;
  prepend_bom?: string[];
  expect: ExpectedDiagnostic[];
}

export function loadCases(): FixtureCase[] {
  const dir = path.join(FIXTURES, 'invalid');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(path.join(dir, f), 'utf8')) }));
}

/** A fresh temporary copy of the base repository with the case's edits applied. */
export function materialise(c: FixtureCase): string {
  const root = mkdtempSync(path.join(tmpdir(), `fixture-${c.name}-`));
  cpSync(BASE, root, { recursive: true });
  for (const [file, edits] of Object.entries(c.edit ?? {})) {
    const p = path.join(root, file);
    let text = readFileSync(p, 'utf8');
    for (const [from, to] of edits) {
      if (!text.includes(from)) throw new Error(`fixture ${c.name}: "${from}" not found in ${file}`);
      text = text.replace(from, to);
    }
    writeFileSync(p, text);
  }
  for (const [file, text] of Object.entries(c.write ?? {})) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  for (const [file, b64] of Object.entries(c.writeBase64 ?? {})) writeFileSync(path.join(root, file), Buffer.from(b64, 'base64'));
  for (const [from, to] of Object.entries(c.rename ?? {})) renameSync(path.join(root, from), path.join(root, to));
  for (const [from, to] of Object.entries(c.copy ?? {})) cpSync(path.join(root, from), path.join(root, to));
  for (const file of c.prepend_bom ?? []) {
    const p = path.join(root, file);
    writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(p)]));
  }
  return root;
}
