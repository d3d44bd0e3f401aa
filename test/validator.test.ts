// Every invalid fixture yields exactly its expected problems, at the right place; the messages people read are pinned.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatText } from '../lib/format.ts';
import { RULES } from '../lib/rules/index.ts';
import { rulesDoc } from '../lib/rules-doc.ts';
import { validate } from '../lib/validate.ts';
import { BASE, loadCases, materialise } from './fixture-cases.ts';

const cases = loadCases();

describe('the valid base repository', () => {
  it('has no problems at all', () => {
    const r = validate(BASE);
    expect(r.diagnostics).toEqual([]);
    expect(r.files).toHaveLength(7);
  });
});

describe("the repository's own data", () => {
  it('validates with no errors', () => {
    const errors = validate(path.join(import.meta.dirname, '..')).diagnostics.filter((d) => d.severity === 'error');
    expect(formatText(errors, 0)).toBe(formatText([], 0));
  });
});

describe.each(cases)('fixture $name', (c) => {
  const result = validate(materialise(c));
  const got = result.diagnostics.map((d) => ({ code: d.code, file: d.file, line: d.line, col: d.col, severity: d.severity }));

  it(`reports exactly the expected problems: ${c.description}`, () => {
    expect(got).toEqual(c.expect);
  });

  it('is named after a problem it produces', () => {
    expect(got.map((d) => d.code)).toContain(c.name);
  });

  it('gives every problem a message and a hint in Chinese and English', () => {
    for (const d of result.diagnostics) {
      for (const text of [d.message.zh, d.hint.zh]) expect(text).toMatch(/[\u4e00-\u9fff]/);
      for (const text of [d.message.en, d.hint.en]) expect(text).toMatch(/[A-Za-z]{3}/);
    }
  });

  it('prints the same text as before (snapshot)', () => {
    expect(formatText(result.diagnostics, result.files.length)).toMatchSnapshot();
  });
});

describe('coverage of the rules by fixtures', () => {
  it('every rule has a failing fixture named after its code', () => {
    const names = new Set(cases.map((c) => c.name));
    for (const rule of RULES) expect(names, rule.code).toContain(rule.code);
  });

  it('every rule states its source and a bilingual title', () => {
    for (const rule of RULES) {
      expect(rule.source.length, rule.code).toBeGreaterThan(3);
      expect(rule.title.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.title.en).toMatch(/[A-Za-z]/);
    }
  });

  it('every code a fixture produces is documented in docs/rules.md', () => {
    const doc = rulesDoc();
    for (const c of cases) for (const e of c.expect) expect(doc, `${c.name}: ${e.code}`).toContain(`\`${e.code}\``);
  });

  it('rule codes are unique', () => {
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
  });
});

describe('P05 and periods set by law', () => {
  it('accepts a longer period when a law or administrative regulation sets it', () => {
    const root = materialise({
      name: 'period-set-by-law',
      description: '',
      edit: { 'catalogue/ML-0001.yaml': [['period: {years: 1}', 'period: {years: 5}\n  period_basis: {basis: wage-payment-regulation, articles: [第四十八条]}']] },
      expect: [],
    });
    expect(validate(root).diagnostics).toEqual([]);
  });

  it('does not accept a period set by a mere normative document', () => {
    const root = materialise({
      name: 'period-set-by-notice',
      description: '',
      edit: { 'catalogue/ML-0001.yaml': [['period: {years: 1}', 'period: {years: 5}\n  period_basis: {basis: shandong-social-credit-regulation, articles: [第十三条]}']] },
      expect: [],
    });
    expect(validate(root).diagnostics.map((d) => d.code)).toEqual(['P05-severity-period']);
  });
});

describe('an unknown kind', () => {
  it('does not hide the entry’s other problems', () => {
    const root = materialise({
      name: 'unknown-kind',
      description: '',
      edit: { 'measures/CS-0001.yaml': [['kind: rights_reducing', 'kind: 减损权益'], ['duration: ', 'durration: ']] },
      expect: [],
    });
    const got = validate(root).diagnostics.map((d) => `${d.code}@${d.line}`);
    expect(got).toEqual(expect.arrayContaining(['schema-enum@2', 'schema-unknown-field@16', 'schema-required@2']));
  });
});

describe('checking selected files', () => {
  const c = cases.find((x) => x.name === 'P05-severity-period')!;
  const root = materialise(c);

  it('checks just the named file, with the cross-file rules that start from it', () => {
    const r = validate(root, [`${root}/catalogue/ML-0001.yaml`]);
    expect(r.files).toEqual(['catalogue/ML-0001.yaml']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['P05-severity-period']);
  });

  it('does not report problems of files it was not asked about', () => {
    const r = validate(root, [`${root}/measures/CS-0001.yaml`]);
    expect(r.diagnostics).toEqual([]);
  });

  it('still resolves references from the named file into unnamed ones', () => {
    const dangling = materialise(cases.find((x) => x.name === 'ref-entry')!);
    const r = validate(dangling, [`${dangling}/measures/CS-0001.yaml`]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ref-entry']);
  });

  it('rejects a path that is not a data file', () => {
    expect(() => validate(root, [`${root}/README.md`])).toThrow(/not a data file/);
  });
});
