// G30-upstream-modified: a vendored upstream file edited or deleted, in a real git repository.
import { describe, expect, it } from 'vitest';
import { attemptUpstream, entry, measures, useUpstreamRepo } from '../helpers/upstream-repo.ts';

useUpstreamRepo();

describe('G30-upstream-modified', () => {
  it('refuses an edited or deleted vendored file, at that file', () => {
    const edited = attemptUpstream((r) => r.write('upstream/370000/1.0.0/measures.json', measures(entry('CS-0001', '限制一（改）'), entry('CS-0002', '限制二'))));
    expect(edited.map((d) => [d.code, d.severity, d.file])).toEqual([['G30-upstream-modified', 'error', 'upstream/370000/1.0.0/measures.json']]);
    const deleted = attemptUpstream((r) => r.remove('upstream/370000/1.0.0/measures.json'));
    expect(deleted.map((d) => [d.code, d.message.en])).toEqual([['G30-upstream-modified', 'Vendored upstream file upstream/370000/1.0.0/measures.json was deleted']]);
  });
});
