// The file kinds of the repository: where each lives, how its files are named, and its schema.
import type { z } from 'zod';
import { BASIS_ID_PATTERN } from './common.ts';
import { CatalogueItem } from './catalogue.ts';
import { Measure } from './measure.ts';
import { Exemption } from './exemption.ts';
import { Incentive } from './incentive.ts';
import { Basis } from './basis.ts';
import { Jurisdiction } from './jurisdiction.ts';
import { LIST_KINDS, LISTS, type ListKind } from './lists.ts';

export * from './common.ts';
export * from './lifecycle.ts';
export * from './catalogue.ts';
export * from './measure.ts';
export * from './exemption.ts';
export * from './incentive.ts';
export * from './basis.ts';
export * from './jurisdiction.ts';
export * from './upstream.ts';
export * from './substantive.ts';
export * from './lists.ts';
export * from './fields.ts';
export * from './registry.ts';
export * from './legal-status.ts';
export * from './profile.ts';

export type FileKind = ListKind | 'basis' | 'jurisdiction';

export interface FileKindSpec {
  kind: FileKind;
  /** Folder of one-entry-per-file data, relative to the repository root (none for the single config file). */
  folder?: string;
  /** The single file's path, for kinds kept in one file. */
  file?: string;
  /** What a file name (without .yaml) must look like; the name is the entry's ID. */
  idPattern?: RegExp;
  /** An example ID, shown in messages. */
  idExample?: string;
  /** Prefix of serial IDs, for the scaffolder. */
  idPrefix?: string;
  schema: z.ZodType;
  /** Generated JSON Schema file name in schemas/. */
  jsonSchema: string;
  label: { zh: string; en: string };
}

/** The schema of each list kind; everything else about a list is in its vocabulary (lists.ts). */
export const LIST_SCHEMAS: Record<ListKind, z.ZodType> = { catalogue: CatalogueItem, measure: Measure, exemption: Exemption, incentive: Incentive };

const listKinds = Object.fromEntries(
  LIST_KINDS.map((kind) => {
    const { folder, idPattern, idExample, idPrefix, jsonSchema, label } = LISTS[kind];
    return [kind, { kind, folder, idPattern, idExample, idPrefix, schema: LIST_SCHEMAS[kind], jsonSchema, label }];
  }),
) as Record<ListKind, FileKindSpec>;

export const FILE_KINDS: Record<FileKind, FileKindSpec> = {
  ...listKinds,
  basis: {
    kind: 'basis',
    folder: 'bases',
    idPattern: BASIS_ID_PATTERN,
    idExample: 'provincial-credit-regulation',
    schema: Basis,
    jsonSchema: 'basis.schema.json',
    label: { zh: '法律依据登记册', en: 'Legal-basis register' },
  },
  jurisdiction: {
    kind: 'jurisdiction',
    file: 'jurisdiction.yaml',
    schema: Jurisdiction,
    jsonSchema: 'jurisdiction.schema.json',
    label: { zh: '辖区配置', en: 'Jurisdiction configuration' },
  },
};
