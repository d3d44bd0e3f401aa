// The file kinds of the repository: where each lives, how its files are named, and its schema.
import type { z } from 'zod';
import { BASIS_ID_PATTERN } from './common.ts';
import { CatalogueItem } from './catalogue.ts';
import { Measure } from './measure.ts';
import { Exemption } from './exemption.ts';
import { Basis } from './basis.ts';
import { Jurisdiction } from './jurisdiction.ts';

export * from './common.ts';
export * from './lifecycle.ts';
export * from './catalogue.ts';
export * from './measure.ts';
export * from './exemption.ts';
export * from './basis.ts';
export * from './jurisdiction.ts';
export * from './substantive.ts';
export * from './profile.ts';

export type ListKind = 'catalogue' | 'measure' | 'exemption';
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

export const FILE_KINDS: Record<FileKind, FileKindSpec> = {
  catalogue: {
    kind: 'catalogue',
    folder: 'catalogue',
    idPattern: /^ML-\d{4}$/,
    idExample: 'ML-0001',
    idPrefix: 'ML-',
    schema: CatalogueItem,
    jsonSchema: 'catalogue-item.schema.json',
    label: { zh: '公共信用信息补充目录', en: 'Supplementary catalogue of public credit information' },
  },
  measure: {
    kind: 'measure',
    folder: 'measures',
    idPattern: /^CS-\d{4}$/,
    idExample: 'CS-0001',
    idPrefix: 'CS-',
    schema: Measure,
    jsonSchema: 'measure.schema.json',
    label: { zh: '失信惩戒措施补充清单', en: 'Supplementary list of punishment measures' },
  },
  exemption: {
    kind: 'exemption',
    folder: 'exemptions',
    idPattern: /^HM-\d{4}$/,
    idExample: 'HM-0001',
    idPrefix: 'HM-',
    schema: Exemption,
    jsonSchema: 'exemption.schema.json',
    label: { zh: '社会信用惩戒豁免行为清单', en: 'List of behaviours exempt from credit punishment' },
  },
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

export const LIST_KINDS: ListKind[] = ['catalogue', 'measure', 'exemption'];
