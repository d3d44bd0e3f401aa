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

export interface SchemaIssue {
  /** JSON pointer of the offending value, "" for the document itself. */
  pointer: string;
  message: string;
}

/** Schema errors of a published document (at most 20); empty when it conforms. */
export function schemaIssues(doc: PublishedDocument, data: unknown): SchemaIssue[] {
  const validate = validators().get(doc)!;
  if (validate(data)) return [];
  return (validate.errors ?? []).slice(0, 20).map((e) => ({
    pointer: e.instancePath,
    message: `${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
  }));
}

/** Schema errors of a published document, as "/json/pointer message" lines; empty when it conforms. */
export function schemaErrors(doc: PublishedDocument, data: unknown): string[] {
  return schemaIssues(doc, data).map((i) => `${i.pointer || '/'} ${i.message}`);
}
