// What a changed path is: department data, a system file, the release archive, a changeset, or other (docs).
import { kindOfPath } from '../repository.ts';
import { ARCHIVE } from '../../schemas/index.ts';
import { isChangesetFile } from './changeset.ts';

export type PathClass = 'data' | 'system' | 'release' | 'changeset' | 'other';

/** The toolkit, its configuration and its workflows: reviewed by maintainers, never mixed with department data. */
const SYSTEM_FOLDERS = ['schemas/', 'scripts/', 'lib/', 'site/', 'test/', 'keys/', '.github/', '.gitea/', '.forgejo/', '.ci/', '.husky/'];
const SYSTEM_FILES = new Set(['package.json', 'package-lock.json', '.changeset/config.json', '.node-version', '.nvmrc', '.npmrc', '.gitignore', '.gitattributes']);
const ROOT_CONFIG = /^(?:tsconfig(?:\.[\w-]+)?\.json|[\w-]+\.config\.(?:[cm]?[jt]s|json))$/;

export function classifyPath(file: string): PathClass {
  if (kindOfPath(file)) return 'data';
  if (file.startsWith(`${ARCHIVE.dir}/`)) return 'release';
  if (isChangesetFile(file)) return 'changeset';
  if (SYSTEM_FILES.has(file) || SYSTEM_FOLDERS.some((d) => file.startsWith(d)) || (!file.includes('/') && ROOT_CONFIG.test(file))) return 'system';
  return 'other';
}

/** The archive's index grows by new versions; every other file of the archive is written once, except: */
export const RELEASE_INDEX = `${ARCHIVE.dir}/${ARCHIVE.index}`;
/**
 * Not written once: the index signature is made again whenever the index changes or keys rotate, and allowed_signers
 * changes with the keys; release:verify checks both (and CODEOWNERS puts releases/ before both reviewers).
 */
export const RELEASE_SIGNING_FILES: ReadonlySet<string> = new Set([`${ARCHIVE.dir}/${ARCHIVE.indexSignature}`, `${ARCHIVE.dir}/${ARCHIVE.allowedSigners}`]);

/**
 * Where the index at head drops or alters what the index at base held, as a JSON path; undefined if it only grew.
 * Top-level scalars (such as `latest`) may change; arrays keep every earlier element unchanged; nested objects keep theirs.
 */
export function indexRegression(base: unknown, head: unknown, at = '$', top = true): string | undefined {
  if (Array.isArray(base)) {
    if (!Array.isArray(head)) return at;
    const i = base.findIndex((b) => !head.some((h) => JSON.stringify(h) === JSON.stringify(b)));
    return i < 0 ? undefined : `${at}[${i}]`;
  }
  if (base && typeof base === 'object') {
    if (!head || typeof head !== 'object' || Array.isArray(head)) return at;
    for (const [k, v] of Object.entries(base)) {
      if (!(k in head)) return `${at}.${k}`;
      const hv = (head as Record<string, unknown>)[k];
      if (v && typeof v === 'object') {
        const r = indexRegression(v, hv, `${at}.${k}`, false);
        if (r) return r;
      } else if (!top && v !== hv) return `${at}.${k}`;
    }
    return undefined;
  }
  return top || base === head ? undefined : at;
}

/** 1-based line of the first difference between two texts. */
export function firstDifferentLine(a: string, b: string): number {
  const la = a.split('\n');
  const lb = b.split('\n');
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return Math.min(i + 1, Math.max(lb.length, 1));
}
