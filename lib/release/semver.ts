// Ordering release versions (semver 2.0.0 precedence, build metadata not used).
import { SEMVER_PATTERN } from '../../schemas/release.ts';

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

export function parseSemver(version: string): SemVer | undefined {
  const m = SEMVER_PATTERN.exec(version);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split('.') : [] };
}

function compareIdentifiers(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) return Number(a) - Number(b);
  if (an !== bn) return an ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative if a precedes b. Both must be valid versions. */
export function compareSemver(a: string, b: string): number {
  const x = parseSemver(a);
  const y = parseSemver(b);
  if (!x || !y) throw new Error(`not a semver version: ${!x ? a : b}`);
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core) return core;
  if (!x.prerelease.length || !y.prerelease.length) return y.prerelease.length - x.prerelease.length;
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    if (x.prerelease[i] === undefined) return -1;
    if (y.prerelease[i] === undefined) return 1;
    const c = compareIdentifiers(x.prerelease[i]!, y.prerelease[i]!);
    if (c) return c;
  }
  return 0;
}

/** A release that changes only the patch number publishes corrections only: it keeps its edition. */
export function isPatchStep(previous: string, next: string): boolean {
  const p = parseSemver(previous)!;
  const n = parseSemver(next)!;
  return p.major === n.major && p.minor === n.minor;
}
