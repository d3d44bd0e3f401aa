// The committed JSON Schemas (authoring and published format) are exactly what the zod model generates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedSchemas, PUBLISHED_SCHEMA_DIR } from '../lib/json-schema.ts';

const dir = path.join(import.meta.dirname, '..', 'schemas');

describe('generated JSON Schema files', () => {
  const generated = generatedSchemas();

  it.each([...generated.keys()])('schemas/%s is current (npm run schemas regenerates it)', (name) => {
    const file = path.join(dir, name);
    expect(existsSync(file), `schemas/${name} is missing`).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(generated.get(name));
  });

  it('has no stale published schema left behind', () => {
    const committed = readdirSync(path.join(dir, PUBLISHED_SCHEMA_DIR)).map((n) => `${PUBLISHED_SCHEMA_DIR}/${n}`);
    expect(committed.sort()).toEqual([...generated.keys()].filter((n) => n.startsWith(`${PUBLISHED_SCHEMA_DIR}/`)).sort());
  });

  it('gives each published schema a relative $id equal to its file name, and the banner', () => {
    for (const [name, text] of generated) {
      if (!name.startsWith(`${PUBLISHED_SCHEMA_DIR}/`)) continue;
      const schema = JSON.parse(text) as Record<string, unknown>;
      expect(schema.$id).toBe(path.posix.basename(name));
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(String(schema.$comment)).toMatch(/^GENERATED .* Do not edit by hand\.$/);
    }
  });
});
