// G18-release-not-rebuilt: A new release is a rebuild: its files are exactly what release:build makes from the head's data, and package.json's version is the index's latest.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRelease } from '../../release/build.ts';
import { canonicalJson } from '../../release/canonical.ts';
import { ENTRY_FOLDERS, RELEASES_DIR } from '../../ids.ts';
import { FILE_KINDS } from '../../../schemas/index.ts';
import type { Snapshot } from '../../git.ts';
import { RELEASE_INDEX } from '../paths.ts';
import { type GovernanceCheck } from './check.ts';

export const check = {
  key: 'releaseNotRebuilt',
  code: 'G18-release-not-rebuilt',
  severity: 'error',
  title: { zh: '新发布的版本须与用本次数据构建的结果完全一致', en: 'A new release is exactly what release:build makes from the change’s data' },
  source: 'RELEASING.md；npm run release:build',
  reports:
    'a release folder added by the change that differs, byte for byte, from what `release:build` produces from the head’s own data and archive; a release that cannot be built from it; `package.json`’s version not the index’s latest',
  change(c, report) {
    const added = new Set(c.byClass.release.filter((ch) => ch.status === 'A').flatMap((ch) => /^releases\/([^/]+)\//.exec(ch.path)?.[1] ?? []));
    const indexChanged = c.byClass.release.some((ch) => ch.path === RELEASE_INDEX);
    if (!added.size && !indexChanged) return;
    const indexBytes = c.head.readMany([RELEASE_INDEX]).get(RELEASE_INDEX);
    let latest: string | undefined;
    try {
      latest = indexBytes ? (JSON.parse(indexBytes.toString('utf8')) as { latest?: string }).latest : undefined;
    } catch {
      latest = undefined; // G13 or release:verify says what is wrong with the index
    }
    const version = packageVersion(c.head);
    if (latest !== undefined && version !== latest)
      report(
        'package.json',
        { line: 1, col: 1 },
        { zh: `package.json 的版本号 ${version ?? '（无）'} 不是发布索引的最新版本 ${latest}`, en: `package.json's version ${version ?? '(none)'} is not the release index's latest, ${latest}` },
        { zh: '版本号和发布版本只由 changesets 的版本合并请求一起改变（npm run version-packages）。', en: 'The version and the release change together, only in the changesets version pull request (npm run version-packages).' },
      );
    // Releases superseded within the change were each built from the data of their own time: the latest is rebuilt here.
    for (const v of added) {
      if (v !== latest) continue;
      const dir = materialise(c.head);
      try {
        let built;
        try {
          built = buildRelease({ root: dir, version: v });
        } catch (err) {
          const why = err as { zh?: string; message?: string };
          report(
            `${RELEASES_DIR}/${v}/manifest.json`,
            { line: 1, col: 1 },
            { zh: `无法用本次变更的数据构建版本 ${v}：${why.zh ?? why.message ?? ''}`, en: `Release ${v} cannot be built from this change's data: ${why.message ?? ''}` },
            { zh: '发布版本只能由 npm run release:build 从合并后的数据生成。', en: 'A release is only what npm run release:build makes from the merged data.' },
          );
          continue;
        }
        const expected = new Map([...built.files].map(([name, bytes]) => [`${RELEASES_DIR}/${v}/${name}`, bytes]));
        expected.set(RELEASE_INDEX, Buffer.from(canonicalJson(built.index), 'utf8'));
        // Signatures (*.sig) are made with a key this check does not hold: release:verify checks them.
        const present = c.head.list(`${RELEASES_DIR}/${v}`).filter((f) => !f.endsWith('.sig'));
        const actual = c.head.readMany([...new Set([...expected.keys(), ...present])]);
        for (const file of [...new Set([...expected.keys(), ...present])].sort()) {
          const want = expected.get(file);
          const got = actual.get(file);
          if (want && got && want.equals(got)) continue;
          report(
            file,
            { line: got && want ? firstDifference(got, want) : 1, col: 1 },
            !want
              ? { zh: `${file} 不是 release:build 生成的文件`, en: `${file} is not a file release:build makes` }
              : !got
                ? { zh: `${file} 缺失：release:build 会生成该文件`, en: `${file} is missing: release:build makes it` }
                : { zh: `${file} 与用本次变更的数据重新构建的结果不一致`, en: `${file} differs from what release:build makes from this change's data` },
            { zh: '发布版本必须由 npm run release:build 从本次变更的数据生成，不能手工编辑或用其他数据生成。', en: 'A release must be what npm run release:build makes from this change’s own data: never edited by hand or built from other data.' },
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  },
} as const satisfies GovernanceCheck;

function packageVersion(s: Snapshot): string | undefined {
  try {
    const v = (JSON.parse(s.readMany(['package.json']).get('package.json')?.toString('utf8') ?? '{}') as { version?: unknown }).version;
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The files release:build reads, written from a snapshot into a fresh temporary folder. */
function materialise(s: Snapshot): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'governance-release-'));
  const folders = [...ENTRY_FOLDERS, RELEASES_DIR].map((f) => `${f}/`);
  const wanted = s.list().filter((f) => f === 'package.json' || f === FILE_KINDS.jurisdiction.file || folders.some((d) => f.startsWith(d)));
  for (const [file, bytes] of s.readMany(wanted)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), bytes);
  }
  return dir;
}

/** 1-based line of the first byte where two files differ. */
function firstDifference(a: Buffer, b: Buffer): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.subarray(0, i).toString('utf8').split('\n').length;
}
