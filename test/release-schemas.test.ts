// The published format's schemas: no stale file, relative $ids (their drift is checked with the rest in schemas.test.ts).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedSchemas, PUBLISHED_SCHEMA_DIR } from '../lib/json-schema.ts';

const dir = path.join(import.meta.dirname, '..', 'schemas');

describe('published format schemas', () => {
  const generated = generatedSchemas();

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
