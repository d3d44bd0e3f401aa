// G31-upstream-moved: a pin moved to a new upstream version, in a real git repository.
import { describe, expect, it } from 'vitest';
import { attemptUpstream, entry, measures, repo, useUpstreamRepo } from '../helpers/upstream-repo.ts';

useUpstreamRepo();

describe('G31-upstream-moved', () => {
  it('lists what the new upstream version adds, amends and repeals, at the pin’s version', () => {
    const found = attemptUpstream((r) => {
      r.write('upstream/370000/2.0.0/measures.json', measures(entry('CS-0001', '限制一（修订）'), entry('CS-0002', '限制二', 'repealed'), entry('CS-0003', '限制三')));
      r.write('jurisdiction.yaml', r.read('jurisdiction.yaml').replace('version: 1.0.0', 'version: 2.0.0'));
    });
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d).toMatchObject({ code: 'G31-upstream-moved', severity: 'warning', file: 'jurisdiction.yaml' });
    expect(d!.line).toBe(repo.read('jurisdiction.yaml').split('\n').findIndex((l) => l.includes('version: 2.0.0')) + 1);
    expect(d!.message.zh).toBe('山东省（370000）由 1.0.0 版改为 2.0.0 版，上级条目的变化：新增：CS-0003；修订或勘误：CS-0001；废止：CS-0002');
  });

  it('says nothing when the pin stays', () => {
    expect(attemptUpstream((r) => r.write('README.md', 'x\n'))).toEqual([]);
  });
});
