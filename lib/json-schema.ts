// JSON Schema (2020-12) generated from the zod model, for editors, ajv and downstream users.
import { z } from 'zod';
import { FILE_KINDS, type FileKind } from '../schemas/index.ts';

export const GENERATED_BANNER = 'GENERATED from the zod model in schemas/*.ts by `npm run schemas`. Do not edit by hand.';

export function jsonSchemaFor(kind: FileKind): Record<string, unknown> {
  const spec = FILE_KINDS[kind];
  const generated = z.toJSONSchema(spec.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $comment: GENERATED_BANNER, ...rest };
}

/** File name in schemas/ → serialized schema, exactly as committed. */
export function generatedSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of Object.keys(FILE_KINDS) as FileKind[])
    out.set(FILE_KINDS[kind].jsonSchema, JSON.stringify(jsonSchemaFor(kind), null, 2) + '\n');
  return out;
}
