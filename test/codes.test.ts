// The one registry of diagnostic codes (lib/codes.ts): unique, documented, and covering every code the toolkit emits.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_REGISTRY, registered } from '../lib/codes.ts';
import { rulesDoc, withGovernanceTable } from '../lib/rules-doc.ts';
import { validate } from '../lib/validate.ts';
import { loadCases, materialise } from './fixture-cases.ts';

const ROOT = path.join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.(ts|astro)$/.test(f.name))
    .map((f) => path.relative(ROOT, path.join(f.parentPath, f.name)));
}

/** Families of codes, by their prefix (file-, yaml-, schema-, lifecycle-…), and the numbered ones (P01-, L01-, G01-). */
const FAMILY_PREFIXES = [...new Set(CODE_REGISTRY.filter((c) => !/^[A-Z]\d/.test(c.code)).map((c) => c.code.split('-')[0]!))];
const CODE_LIKE = new RegExp(`^(?:(?:${FAMILY_PREFIXES.join('|')})-[a-z0-9]+(?:-[a-z0-9]+)*|[A-Z]\\d\\d[a-z]?-[a-z0-9]+(?:-[a-z0-9]+)*)$`);

describe('the code registry', () => {
  it('registers each code once', () => {
    const codes = CODE_REGISTRY.map((c) => c.code);
    expect(codes.length).toBe(new Set(codes).size);
    expect(FAMILY_PREFIXES.sort()).toEqual(['file', 'id', 'lifecycle', 'ref', 'schema', 'upstream', 'yaml']);
  });

  it('every code-like literal in the toolkit, and every `code:` literal, is a registered code', () => {
    const unregistered: string[] = [];
    const found = new Set<string>();
    for (const file of [...sourceFiles('lib'), ...sourceFiles('scripts'), ...sourceFiles('schemas'), ...sourceFiles('site/src')]) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/(code\s*:\s*)?(['"`])([A-Za-z0-9-]+)\2/g)) {
        const literal = m[3]!;
        const asCode = m[1] !== undefined && literal.includes('-');
        if (!asCode && !CODE_LIKE.test(literal)) continue;
        found.add(literal);
        if (!registered(literal)) unregistered.push(`${file}: ${literal}`);
      }
    }
    expect(unregistered).toEqual([]);
    // The scan sees the codes where they are emitted: the loader's, the lifecycle's, the rules' and governance's.
    for (const c of ['yaml-syntax', 'schema-unknown-field', 'lifecycle-record-unsupported', 'P01-provincial-basis', 'G05-trail-mismatch']) expect(found).toContain(c);
  });

  it('the scan would catch an unregistered code', () => {
    expect(CODE_LIKE.test('lifecycle-made-up')).toBe(true);
    expect(CODE_LIKE.test('G99-made-up')).toBe(true);
    expect(registered('lifecycle-made-up')).toBeUndefined();
  });

  it('every code the invalid fixtures produce is registered', () => {
    const produced = new Set(loadCases().flatMap((c) => validate(materialise(c)).diagnostics.map((d) => d.code)));
    expect([...produced].filter((c) => !registered(c))).toEqual([]);
    expect(produced.size).toBeGreaterThan(30);
  });

  it('docs/rules.md and GOVERNANCE.md’s table are generated from it (run npm run schemas if not)', () => {
    expect(readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesDoc());
    const governance = readFileSync(path.join(ROOT, 'GOVERNANCE.md'), 'utf8');
    expect(withGovernanceTable(governance)).toBe(governance);
    for (const c of CODE_REGISTRY) expect(rulesDoc()).toContain(`\`${c.code}\``);
  });
});
