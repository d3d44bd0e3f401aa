// The whole change from base to head, as the governance checks of the repository read it: what was deleted, what
// cannot be read, the new IDs, the release archive, the system files, the changesets and the bumps.
import type { Bilingual, Diagnostic } from '../diagnostics.ts';
import type { Change, Snapshot } from '../git.ts';
import type { Bump } from './bump.ts';
import type { ParsedChangeset } from './changeset.ts';

export interface ChangeSet {
  base: Snapshot;
  head: Snapshot;
  /** The base holds no entry and no release: the repository is being set up. */
  setUp: boolean;
  /** Changed files by class (see paths.ts). */
  byClass: Record<'data' | 'system' | 'release' | 'changeset' | 'other', Change[]>;
  /** Data files deleted at head; `twin` is the file they were renamed to, if any. */
  deleted: { path: string; kind: string; twin?: string }[];
  /** Changed data files that cannot be read at head, with the loader's errors. */
  unreadable: { path: string; errors: Diagnostic[] }[];
  /** Entries added at head, with their IDs. */
  added: { path: string; id: string }[];
  /** Which of `ids` were used before base: an entry file of that ID in any commit leading to base, or the ID in a release published at base. */
  usedBefore(ids: readonly string[]): Set<string>;
  /** Changesets written in the change, parsed. */
  changesets: { file: string; parsed: ParsedChangeset }[];
  /** The package name the changesets must name. */
  packageName: string | undefined;
  /** The bump the data change requires and why; the bump the changesets (or a release made in the range) provide. */
  required: Bump;
  reason: Bilingual | undefined;
  provided: Bump;
  /** The changeset line that provides the strongest bump. */
  strongest: { file: string; line: number } | undefined;
}

/** How a check of the whole change reports: its own code is filled in. */
export type ChangeReport = (file: string, pos: { line: number; col: number }, message: Bilingual, hint: Bilingual, path?: string) => void;
