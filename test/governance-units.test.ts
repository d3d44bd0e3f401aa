// The pieces of the governance check on their own: field classes, the state machine, changesets, the release index.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../lib/governance/checks/index.ts';
import type { z } from 'zod';
import { FIELD_CLASSES, FILE_KINDS, fieldClass, LIST_KINDS, substantiveFields } from '../schemas/index.ts';
import { parseChangeset, versionBump } from '../lib/governance/changeset.ts';
import { compareEntry, type Entry } from '../lib/governance/compare-entry.ts';
import { allowedAfter, isDecision, NONE, replay as replayUnder, type Procedure } from '../lib/lifecycle/index.ts';
import { classifyPath, firstDifferentLine, indexRegression } from '../lib/governance/paths.ts';
import { CODES } from '../lib/governance/codes.ts';

/** Top-level field names of an object schema or of every option of a union. */
function topLevelFields(schema: z.ZodType): Set<string> {
  const def = (schema as unknown as { _zod: { def: { shape?: Record<string, unknown>; options?: z.ZodType[] } } })._zod.def;
  if (def.shape) return new Set(Object.keys(def.shape));
  return new Set((def.options ?? []).flatMap((o) => [...topLevelFields(o)]));
}

describe('substantive fields are declared in the model', () => {
  it.each(LIST_KINDS)('every field of a %s is classified, and only real fields are', (kind) => {
    const fields = topLevelFields(FILE_KINDS[kind].schema);
    expect(new Set(Object.keys(FIELD_CLASSES[kind]))).toEqual(fields);
  });
  it('the Chinese text is substantive; translations and notes are editorial; records are lifecycle', () => {
    expect(fieldClass('catalogue', 'title')).toBe('substantive');
    expect(fieldClass('catalogue', 'disclosure')).toBe('substantive');
    expect(fieldClass('measure', 'title_en')).toBe('editorial');
    expect(fieldClass('exemption', 'notes')).toBe('editorial');
    expect(fieldClass('measure', 'approval')).toBe('lifecycle');
    expect(fieldClass('measure', 'unheard_of')).toBe('substantive');
    expect(substantiveFields('exemption')).toContain('applies_to');
  });
});

describe('the lifecycle state machine', () => {
  const ev = (...events: string[]) => events.map((event) => ({ event: event as never }));
  const CONSULTED: Procedure = { consultation: true };
  const UNCONSULTED: Procedure = { consultation: false };
  const replay = (history: { event: never }[]) => replayUnder(history, CONSULTED);
  it('accepts the procedure', () => {
    const r = replay(ev('proposed', 'consultation_opened', 'consultation_closed', 'approved', 'corrected', 'amendment_proposed', 'consultation_opened', 'consultation_closed', 'amended', 'repeal_proposed', 'repealed'));
    expect(r.failedAt).toBeUndefined();
    expect(r.states.at(-1)).toMatchObject({ phase: 'repealed', published: false });
  });
  it('keeps the approved version standing while an amendment is open, and after it is dropped', () => {
    const r = replay(ev('imported', 'amendment_proposed', 'consultation_opened'));
    expect(r.states.at(-1)).toEqual({ phase: 'consultation', track: 'amendment', published: true });
    expect(replay(ev('imported', 'amendment_proposed', 'rejected')).states.at(-1)).toMatchObject({ phase: 'approved', published: true });
  });
  it('refuses skipped steps and final states', () => {
    expect(replay(ev('proposed', 'approved')).failedAt).toBe(1);
    expect(replay(ev('proposed', 'consultation_opened', 'approved')).failedAt).toBe(2);
    expect(replay(ev('approved')).failedAt).toBe(0);
    expect(replay(ev('proposed', 'rejected', 'consultation_opened')).failedAt).toBe(2);
    expect(replay(ev('imported', 'amendment_proposed', 'consultation_opened', 'consultation_closed', 'approved')).failedAt).toBe(4);
    expect(allowedAfter(NONE, CONSULTED).sort()).toEqual(['consultation_opened', 'imported', 'proposed']);
  });
  it('decides on a proposal without consultation only where the entry is outside the consultation scope', () => {
    expect(replayUnder(ev('proposed', 'approved'), UNCONSULTED).states.at(-1)).toEqual({ phase: 'approved', track: 'new', published: true });
    expect(replayUnder(ev('imported', 'amendment_proposed', 'amended'), UNCONSULTED).failedAt).toBeUndefined();
    expect(replayUnder(ev('imported', 'amendment_proposed', 'amended'), CONSULTED).failedAt).toBe(2);
    // Still no decision out of nothing, and a consultation held voluntarily is still a path.
    expect(replayUnder(ev('approved'), UNCONSULTED).failedAt).toBe(0);
    expect(replayUnder(ev('proposed', 'consultation_opened', 'consultation_closed', 'approved'), UNCONSULTED).failedAt).toBeUndefined();
    expect(replayUnder(ev('proposed', 'consultation_opened', 'approved'), UNCONSULTED).failedAt).toBe(2);
    expect(allowedAfter({ phase: 'proposed', track: 'new', published: false }, UNCONSULTED)).toContain('approved');
    expect(allowedAfter({ phase: 'proposed', track: 'new', published: false }, CONSULTED)).not.toContain('approved');
  });
  it('a decision is a new status of approved, rejected or repealed, or a new decision record', () => {
    const approved = { status: 'approved', approval: { body: 'x', date: '2026-01-01', document_number: '1', effective: '2026-01-01' }, history: [] } as never;
    expect(isDecision(undefined, approved)).toBe(true);
    expect(isDecision(approved, approved)).toBe(false);
    expect(isDecision({ status: 'consultation', history: [] } as never, approved)).toBe(true);
    expect(isDecision(undefined, { status: 'proposed', history: [] } as never)).toBe(false);
  });
  it('reports in the head version, by data path', () => {
    const head = { kind: 'x', title: 't', status: 'approved', history: [{ date: '2026-01-01', event: 'approved' }] } as unknown as Entry;
    const { findings } = compareEntry({ kind: 'measure', head, config: { minimumDays: 30, approvingBody: 'B' } });
    expect(findings).toEqual([expect.objectContaining({ code: 'transition', path: ['history', 0, 'event'] })]);
  });
});

describe('changesets', () => {
  it('reads packages and bumps, with their lines', () => {
    const p = parseChangeset('---\n"a": minor\n\'b\': patch\n---\n\n说明\n');
    expect([...p.releases]).toEqual([
      ['a', 'minor'],
      ['b', 'patch'],
    ]);
    expect(p.lines.get('b')).toBe(3);
    expect(p.problems).toEqual([]);
  });
  it('an empty changeset releases nothing', () => {
    expect(parseChangeset('---\n---\n').releases.size).toBe(0);
  });
  it('reports what is malformed', () => {
    expect(parseChangeset('no front matter').problems).toHaveLength(1);
    expect(parseChangeset('---\n"a": big\n---\n').problems[0]).toMatchObject({ line: 2 });
  });
  it('a version that moved in the range is a bump', () => {
    expect(versionBump('1.2.3', '2.0.0')).toBe('major');
    expect(versionBump('1.2.3', '1.3.0')).toBe('minor');
    expect(versionBump('1.2.3', '1.2.4')).toBe('patch');
    expect(versionBump('1.2.3', '1.2.3')).toBe('none');
    expect(versionBump(undefined, '1.0.0')).toBe('none');
  });
});

describe('paths and releases', () => {
  it('classifies paths', () => {
    expect(classifyPath('catalogue/ML-0001.yaml')).toBe('data');
    expect(classifyPath('jurisdiction.yaml')).toBe('data');
    expect(classifyPath('bases/x.yaml')).toBe('data');
    expect(classifyPath('schemas/lifecycle.ts')).toBe('system');
    expect(classifyPath('.github/workflows/pr.yml')).toBe('system');
    expect(classifyPath('package-lock.json')).toBe('system');
    expect(classifyPath('tsconfig.json')).toBe('system');
    expect(classifyPath('astro.config.mjs')).toBe('system');
    expect(classifyPath('.changeset/config.json')).toBe('system');
    expect(classifyPath('.changeset/brave-cats.md')).toBe('changeset');
    expect(classifyPath('releases/1.0.0/manifest.json')).toBe('release');
    expect(classifyPath('GOVERNANCE.md')).toBe('other');
  });
  it('the index may only grow', () => {
    const v1 = { latest: '1.0.0', versions: [{ version: '1.0.0' }] };
    expect(indexRegression(v1, { latest: '1.1.0', versions: [{ version: '1.1.0' }, { version: '1.0.0' }] })).toBeUndefined();
    expect(indexRegression(v1, { latest: '1.1.0', versions: [{ version: '1.1.0' }] })).toBe('$.versions[0]');
    expect(indexRegression(v1, { latest: '1.0.0', versions: [{ version: '1.0.0', sha: 'x' }] })).toBe('$.versions[0]');
    expect(indexRegression({ byVersion: { '1.0.0': { sha: 'a' } } }, { byVersion: { '1.0.0': { sha: 'b' } } })).toBe('$.byVersion.1.0.0.sha');
    expect(indexRegression(v1, { versions: [{ version: '1.0.0' }] })).toBe('$.latest');
  });
  it('first different line', () => {
    expect(firstDifferentLine('a\nb\nc', 'a\nx\nc')).toBe(2);
    expect(firstDifferentLine('a', 'a\nb')).toBe(2);
  });
  it('every code is stable and unique', () => {
    const codes = Object.values(CODES).map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^G\d\d-[a-z-]+$/);
  });
});

describe('governance checks are modules', () => {
  it('each check has its code, severity, title and source, and its own test file named after it', () => {
    for (const c of CHECKS) {
      expect(c.code).toMatch(/^G\d\d-[a-z-]+$/);
      expect(['error', 'warning']).toContain(c.severity);
      expect(c.title.zh && c.title.en && c.source && c.reports).toBeTruthy();
      expect('entry' in c || 'change' in c).toBe(true);
      expect(existsSync(path.join(import.meta.dirname, 'governance', `${c.code}.test.ts`)), c.code).toBe(true);
      expect(existsSync(path.join(import.meta.dirname, '..', 'lib', 'governance', 'checks', `${c.code}.ts`)), c.code).toBe(true);
    }
    expect(CHECKS.map((c) => c.code)).toEqual([...CHECKS.map((c) => c.code)].sort());
  });
});
