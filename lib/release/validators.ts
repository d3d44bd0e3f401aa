// Checking published documents against the published format's JSON Schema with ajv (2020-12, strict), as consumers do.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PUBLISHED_SCHEMAS, type PublishedDocument } from '../../schemas/release.ts';
import { publishedJsonSchemaFor } from '../json-schema.ts';

let compiled: Map<PublishedDocument, ValidateFunction> | undefined;

function validators(): Map<PublishedDocument, ValidateFunction> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  compiled = new Map();
  for (const doc of Object.keys(PUBLISHED_SCHEMAS) as PublishedDocument[]) compiled.set(doc, ajv.compile(publishedJsonSchemaFor(doc)));
  return compiled;
}

/** Schema errors of a published document, as "/json/pointer message" lines; empty when it conforms. */
export function schemaErrors(doc: PublishedDocument, data: unknown): string[] {
  const validate = validators().get(doc)!;
  if (validate(data)) return [];
  return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}
