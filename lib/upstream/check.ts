// Checking an upstream release's files against the pin: the manifest's hash, then every listed file's size and hash.
import type { Manifest } from '../../schemas/release.ts';
import type { UpstreamPin } from '../../schemas/upstream.ts';
import { sha256 } from '../release/canonical.ts';
import { schemaErrors } from '../release/validators.ts';

export const MANIFEST_FILE = 'manifest.json';

/** A release file name as the builder writes them: no folders, no dot-files, nothing a path could escape with. */
const SAFE_NAME = /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9]+)+$/;

export interface UpstreamProblem {
  /** The file at fault, as shown to people (e.g. `upstream/110000/2.0.2/catalogue.json`). */
  file: string;
  zh: string;
  en: string;
}

/** A manifest's bytes checked against the pin; the parsed manifest when it is the pinned one. */
export function checkManifest(bytes: Uint8Array, pin: UpstreamPin, shown: string, problems: UpstreamProblem[]): Manifest | undefined {
  const file = `${shown}/${MANIFEST_FILE}`;
  const actual = sha256(bytes);
  if (actual !== pin.manifest_sha256) {
    problems.push({
      file,
      zh: `SHA-256 为 ${actual}，与 jurisdiction.yaml 中固定的 manifest_sha256（${pin.manifest_sha256}）不符：不是所固定的版本，或文件被改动过`,
      en: `SHA-256 is ${actual}, not the manifest_sha256 pinned in jurisdiction.yaml (${pin.manifest_sha256}): not the pinned release, or the file was changed`,
    });
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (err) {
    problems.push({ file, zh: `不是有效的 JSON：${(err as Error).message}`, en: `is not valid JSON: ${(err as Error).message}` });
    return undefined;
  }
  const errors = schemaErrors('manifest', data);
  if (errors.length) {
    problems.push({ file, zh: `不符合发布格式：${errors.join('；')}`, en: `does not conform to the published format: ${errors.join('; ')}` });
    return undefined;
  }
  const manifest = data as Manifest;
  if (manifest.version !== pin.version) {
    problems.push({ file, zh: `版本为 ${manifest.version}，固定的是 ${pin.version}`, en: `is version ${manifest.version}, but ${pin.version} is pinned` });
    return undefined;
  }
  for (const f of manifest.files)
    if (!SAFE_NAME.test(f.path) || f.path === MANIFEST_FILE) {
      problems.push({ file, zh: `列有不允许的文件名“${f.path}”`, en: `lists a file name that is not allowed: "${f.path}"` });
      return undefined;
    }
  return manifest;
}

/** One listed file's bytes against the manifest. */
export function checkListedFile(entry: Manifest['files'][number], bytes: Uint8Array | undefined, shown: string, problems: UpstreamProblem[]): boolean {
  const file = `${shown}/${entry.path}`;
  if (bytes === undefined) {
    problems.push({ file, zh: `文件缺失（${MANIFEST_FILE} 列有此文件）`, en: `is missing (listed in ${MANIFEST_FILE})` });
    return false;
  }
  if (bytes.length !== entry.bytes || sha256(bytes) !== entry.sha256) {
    problems.push({
      file,
      zh: `大小或 SHA-256 与 ${MANIFEST_FILE} 中记录的不符：文件被改动过`,
      en: `size or SHA-256 does not match ${MANIFEST_FILE}: the file was changed`,
    });
    return false;
  }
  return true;
}
