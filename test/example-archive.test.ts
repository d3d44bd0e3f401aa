// The bundled example's release archive: several editions showing every kind of change, and tamper-evident to the byte.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RELEASES_DIR, readIndex } from '../lib/release/archive.ts';
import { verifyArchive } from '../lib/release/verify.ts';
import type { ChangesFile } from '../schemas/release.ts';
import { cleanTemps, flipByte, readJson, REPO, tempDir, treeBytes } from './release/helpers.ts';

afterEach(cleanTemps);

const releases = path.join(REPO, RELEASES_DIR);

describe('the example release archive', () => {
  it('holds at least two releases', () => {
    expect(verifyArchive(releases, RELEASES_DIR).releases).toBeGreaterThanOrEqual(2);
  });

  it('shows every kind of change in its later releases', () => {
    const index = readIndex(releases)!;
    const kinds = new Set<string>();
    for (const r of index.releases.filter((x) => x.previousVersion))
      for (const c of readJson<ChangesFile>(path.join(releases, r.version, 'changes.json')).changes) {
        kinds.add(c.change);
        if (c.change === 'amended') expect(c.fields?.length, `${r.version} ${c.id}`).toBeGreaterThan(0);
      }
    expect([...kinds].sort()).toEqual(['added', 'amended', 'corrected', 'repealed']);
  });

  it('fails verification, naming the file, when any byte of any archived file is flipped', () => {
    const copy = path.join(tempDir(), RELEASES_DIR);
    cpSync(releases, copy, { recursive: true });
    // allowed_signers is the trust anchor, not a signed file: consumers pin their own copy.
    for (const file of [...treeBytes(copy).keys()].filter((f) => f !== 'allowed_signers')) {
      const full = path.join(copy, file);
      const original = readFileSync(full);
      flipByte(full, Math.floor(original.length / 3));
      const { problems } = verifyArchive(copy, RELEASES_DIR);
      expect(problems.some((p) => p.file === `${RELEASES_DIR}/${file}` || p.en.includes(`${RELEASES_DIR}/${file}`)), file).toBe(true);
      cpSync(path.join(releases, file), full);
    }
  });
});
