// The committed JSON Schemas are exactly what the zod model generates, and ajv agrees with zod on every fixture.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FILE_KINDS, type FileKind } from '../schemas/index.ts';
import { generatedSchemas, GENERATED_BANNER } from '../lib/json-schema.ts';
import { rulesDoc } from '../lib/rules-doc.ts';
import { discover } from '../lib/repository.ts';
import { parseYaml, decodeUtf8 } from '../lib/yaml.ts';
import { BASE, loadCases, materialise } from './fixture-cases.ts';

const SCHEMAS = path.join(import.meta.dirname, '..', 'schemas');
const ROOT = path.join(import.meta.dirname, '..');

describe('generated JSON Schema', () => {
  it.each([...generatedSchemas()])('schemas/%s is up to date (run npm run schemas if not)', (name, content) => {
    expect(readFileSync(path.join(SCHEMAS, name), 'utf8')).toBe(content);
  });

  it('docs/rules.md lists every rule as the code defines it (run npm run schemas if not)', () => {
    expect(readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesDoc());
  });

  it('says it is generated', () => {
    for (const [, content] of generatedSchemas()) expect(JSON.parse(content).$comment).toBe(GENERATED_BANNER);
  });

  it('is 2020-12 and carries Chinese titles for editors', () => {
    const s = JSON.parse(readFileSync(path.join(SCHEMAS, 'measure.schema.json'), 'utf8'));
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(s)).toContain('惩戒对象');
  });
});

function ajvFor(kind: FileKind) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, FILE_KINDS[kind].jsonSchema), 'utf8')));
}

/** Every data file that parses as YAML, from the base fixture, every invalid fixture and the repository itself. */
function corpus(): { label: string; kind: FileKind; data: unknown }[] {
  const roots = [BASE, ...loadCases().map(materialise)];
  if (existsSync(path.join(ROOT, 'catalogue'))) roots.push(ROOT);
  const out: { label: string; kind: FileKind; data: unknown }[] = [];
  for (const root of roots)
    for (const { kind, file } of discover(root)) {
      const abs = path.join(root, file);
      if (!existsSync(abs)) continue;
      const { text, problems } = decodeUtf8(readFileSync(abs));
      if (problems.length) continue;
      const parsed = parseYaml(text);
      if (parsed.problems.length) continue;
      out.push({ label: `${path.basename(root)}/${file}`, kind, data: parsed.data });
    }
  return out;
}

describe('ajv (2020-12) and zod agree', () => {
  const validators = new Map((Object.keys(FILE_KINDS) as FileKind[]).map((k) => [k, ajvFor(k)]));
  const files = corpus();

  it('the corpus has valid and invalid files of every kind', () => {
    const verdicts = files.map((f) => FILE_KINDS[f.kind].schema.safeParse(f.data).success);
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
    expect(new Set(files.map((f) => f.kind)).size).toBe(Object.keys(FILE_KINDS).length);
  });

  it.each(files.map((f) => [f.label, f] as const))('%s', (_label, f) => {
    const zodOk = FILE_KINDS[f.kind].schema.safeParse(f.data).success;
    const ajvOk = validators.get(f.kind)!(f.data);
    expect(ajvOk).toBe(zodOk);
  });
});
