// The list vocabulary: each list kind's folder, IDs, URL, published files and names, declared once.
// Everything that names a list (the loader, releases, the site, the rules) reads it from here.
import type { Label } from './common.ts';

/**
 * One word names a list's data folder, its URL segment and its published files (`<folder>.json`, `<folder>.csv`).
 * `since` is the published-format version in which the list's files first appear (later lists join additively).
 */
const VOCABULARY = {
  catalogue: {
    folder: 'catalogue',
    idPrefix: 'ML',
    jsonSchema: 'catalogue-item.schema.json',
    since: '1.0',
    label: { zh: '公共信用信息补充目录', en: 'Supplementary catalogue of public credit information' },
    short: { zh: '信用信息目录', en: 'Catalogue' },
    entry: { zh: '目录事项', en: 'catalogue item' },
  },
  measure: {
    folder: 'measures',
    idPrefix: 'CS',
    jsonSchema: 'measure.schema.json',
    since: '1.0',
    label: { zh: '失信惩戒措施补充清单', en: 'Supplementary list of punishment measures' },
    short: { zh: '惩戒措施', en: 'Measures' },
    entry: { zh: '惩戒措施', en: 'measure' },
  },
  exemption: {
    folder: 'exemptions',
    idPrefix: 'HM',
    jsonSchema: 'exemption.schema.json',
    since: '1.0',
    label: { zh: '社会信用惩戒豁免行为清单', en: 'List of behaviours exempt from credit punishment' },
    short: { zh: '豁免行为', en: 'Exemptions' },
    entry: { zh: '豁免事项', en: 'exemption' },
  },
  incentive: {
    folder: 'incentives',
    idPrefix: 'JL',
    jsonSchema: 'incentive.schema.json',
    since: '1.1',
    label: { zh: '守信激励措施清单', en: 'List of incentive measures for trustworthy subjects' },
    short: { zh: '守信激励', en: 'Incentives' },
    entry: { zh: '激励措施', en: 'incentive' },
  },
} as const;

export type ListKind = keyof typeof VOCABULARY;
/** A list's folder, URL segment and published name. */
export type PublishedList = (typeof VOCABULARY)[ListKind]['folder'];

export interface ListSpec<K extends ListKind = ListKind> {
  kind: K;
  folder: (typeof VOCABULARY)[K]['folder'];
  /** URL segment of the list's pages: its folder. */
  slug: (typeof VOCABULARY)[K]['folder'];
  /** Name of the list in releases (`catalogue.json`, manifest counts, changes): its folder. */
  published: (typeof VOCABULARY)[K]['folder'];
  /** Prefix of serial IDs, with the hyphen: ML-. */
  idPrefix: string;
  /** ML-0001 … ML-9999. */
  idPattern: RegExp;
  idExample: string;
  /** Generated JSON Schema file name in schemas/. */
  jsonSchema: string;
  /** First published-format version that carries the list. */
  since: string;
  /** The list's full name. */
  label: Label;
  /** Its name in navigation. */
  short: Label;
  /** What one entry is called: 目录事项 / catalogue item. */
  entry: Label;
}

/** Every list kind, in display order. */
export const LIST_KINDS = Object.keys(VOCABULARY) as ListKind[];

export const LISTS = Object.fromEntries(
  LIST_KINDS.map((kind) => {
    const v = VOCABULARY[kind];
    const idPrefix = `${v.idPrefix}-`;
    return [kind, { ...v, kind, slug: v.folder, published: v.folder, idPrefix, idPattern: new RegExp(`^${idPrefix}\\d{4}$`), idExample: `${idPrefix}0001` }];
  }),
) as unknown as { [K in ListKind]: ListSpec<K> };

/** Published list names, in display order. */
export const PUBLISHED_LISTS = LIST_KINDS.map((k) => LISTS[k].published) as PublishedList[];

/** The list kind a published name (or URL segment, or folder) stands for. */
export const LIST_OF_PUBLISHED = Object.fromEntries(LIST_KINDS.map((k) => [LISTS[k].published, k])) as Record<PublishedList, ListKind>;

/** The published name of a list kind. */
export const PUBLISHED_OF_LIST = Object.fromEntries(LIST_KINDS.map((k) => [k, LISTS[k].published])) as { [K in ListKind]: ListSpec<K>['published'] };

/**
 * Where the release archive lives, the name of its version index, and the signature files: the index's signature and
 * the signing keys beside the index, and each release's manifest signature in its folder (RELEASING.md §6).
 */
export const ARCHIVE = {
  dir: 'releases',
  index: 'index.json',
  indexSignature: 'index.json.sig',
  allowedSigners: 'allowed_signers',
  manifestSignature: 'manifest.json.sig',
} as const;
