// An upper level's published release that this repository builds on: pinned by version and manifest hash.
import { z } from 'zod';
import { describe, NonEmptyText, SEMVER_PATTERN, Sha256 } from './common.ts';

/** The folder, relative to the repository root, where pinned upstream releases are vendored. */
export const UPSTREAM_DIR = 'upstream';

export const DIVISION_CODE_PATTERN = /^\d{6}$/;

export const UpstreamPin = z
  .strictObject({
    division_code: z.string().regex(DIVISION_CODE_PATTERN).meta(describe('上级辖区的行政区划代码', 'Division code of the upper level', { examples: ['110000'] })),
    name: NonEmptyText.meta(describe('上级辖区名称', 'Name of the upper level', { examples: ['某省'] })),
    version: z.string().regex(SEMVER_PATTERN).meta(describe('所依据的发布版本（固定）', 'The pinned release version', { examples: ['2.0.2'] })),
    source: NonEmptyText.meta(
      describe(
        '获取地址：上级网站 /api/v1/ 的网址，或上级仓库 releases/ 目录的本地路径（相对本仓库根目录）',
        'Where to fetch it: the base URL of the upper level site’s /api/v1/, or a local path to its releases/ folder (relative to this repository)',
        { examples: ['https://credit.example.gov.cn/api/v1/', '../province/releases'] },
      ),
    ),
    manifest_sha256: Sha256.meta(describe('该版本 manifest.json 的 SHA-256（取自上级的 index.json）', 'SHA-256 of that version’s manifest.json (from the upper level’s index.json)')),
  })
  .meta(describe('所依据的上级清单', 'An upper level’s lists this repository builds on'));
export type UpstreamPin = z.infer<typeof UpstreamPin>;

/** `110000:ML-0023` — an entry of an upstream release, named by the upper level's division code. */
export const QUALIFIED_REF_PATTERN = /^(\d{6}):([A-Z]{2}-\d{4})$/;

export function parseQualifiedRef(ref: string): { divisionCode: string; id: string } | undefined {
  const m = QUALIFIED_REF_PATTERN.exec(ref);
  return m ? { divisionCode: m[1]!, id: m[2]! } : undefined;
}
