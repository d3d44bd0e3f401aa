// JSON Schema (2020-12) generated from the zod model, for editors, ajv and downstream users.
import { z } from 'zod';
import { FILE_KINDS, type FileKind } from '../schemas/index.ts';
import { PUBLISHED_SCHEMAS, type PublishedDocument } from '../schemas/release.ts';

export const GENERATED_BANNER = 'GENERATED from the zod model in schemas/*.ts by `npm run schemas`. Do not edit by hand.';

/** Folder (under schemas/) of the published format's schemas; the site serves it as /api/v1/schemas/. */
export const PUBLISHED_SCHEMA_DIR = 'published';

export function jsonSchemaFor(kind: FileKind): Record<string, unknown> {
  const spec = FILE_KINDS[kind];
  const generated = z.toJSONSchema(spec.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $comment: GENERATED_BANNER, ...rest };
}

/** Schema of a published document: what the builder writes (`io: 'output'`), `$id` relative so it resolves wherever it is served. */
export function publishedJsonSchemaFor(doc: PublishedDocument): Record<string, unknown> {
  const spec = PUBLISHED_SCHEMAS[doc];
  const generated = z.toJSONSchema(spec.schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: spec.schemaFile, $comment: GENERATED_BANNER, ...rest };
}

/** File name (relative to schemas/) → serialized schema, exactly as committed: authoring schemas, then the published format's. */
export function generatedSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of Object.keys(FILE_KINDS) as FileKind[])
    out.set(FILE_KINDS[kind].jsonSchema, JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n');
  for (const doc of Object.keys(PUBLISHED_SCHEMAS) as PublishedDocument[])
    out.set(`${PUBLISHED_SCHEMA_DIR}/${PUBLISHED_SCHEMAS[doc].schemaFile}`, JSON.stringify(publishedJsonSchemaFor(doc), null, 2) + '\n');
  return out;
}
