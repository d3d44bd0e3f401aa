// A city's git repository with the province's release 1.0.0 vendored and pinned at base, for the upstream governance checks.
import { afterAll, beforeAll } from 'vitest';
import { checkGovernance } from '../../lib/governance/check.ts';
import { TempRepo } from './temp-repo.ts';

export let repo: TempRepo;
let base: string;
let n = 0;

export const entry = (id: string, content: string, legal_status = 'in_force') => ({ id, content, legal_status, status: legal_status === 'repealed' ? 'repealed' : 'approved' });
export const measures = (...entries: object[]) => JSON.stringify({ entries }, null, 2) + '\n';
const pin = (version: string) => `upstream:\n  - division_code: "370000"\n    name: 山东省\n    version: ${version}\n    source: ../province/releases\n    manifest_sha256: ${'a'.repeat(64)}\n`;

export function useUpstreamRepo(): void {
  beforeAll(() => {
    repo = TempRepo.create();
    repo.write('upstream/370000/1.0.0/measures.json', measures(entry('CS-0001', '限制一'), entry('CS-0002', '限制二')));
    repo.write('jurisdiction.yaml', repo.read('jurisdiction.yaml') + pin('1.0.0'));
    base = repo.commit('city on the province 1.0.0');
  });
  afterAll(() => repo.dispose());
}

/** Make a change on a branch from base and return the upstream checks' findings. */
export function attemptUpstream(change: (r: TempRepo) => void) {
  repo.git('checkout', '-q', '-B', `attempt-${++n}`, base);
  change(repo);
  const head = repo.commit(`attempt ${n}`);
  return checkGovernance({ root: repo.dir, base, head }).diagnostics.filter((d) => d.code.startsWith('G3'));
}
