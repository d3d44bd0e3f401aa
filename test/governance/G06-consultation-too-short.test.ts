// G06-consultation-too-short: each attempt is made in a real git repository and rejected with this code at the right line.
import { describe, expect, it } from 'vitest';
import { attempt, lineOf, ML, useViolationRepo } from '../helpers/governance-attempt.ts';
import { PROPOSAL } from '../helpers/proposal.ts';

useViolationRepo();

describe('G06-consultation-too-short', () => {
  it('G06: a consultation shorter than configured', () => {
    const r = attempt((x) => {
      x.write(
        'catalogue/ML-0003.yaml',
        PROPOSAL.replace('status: proposed', 'status: consultation\nconsultation:\n  opens: "2026-11-10"\n  closes: "2026-11-19"\n  channel: {kind: forge}') +
          '  - {date: "2026-11-10", event: consultation_opened}\n',
      );
      x.changeset('c', 'patch');
    });
    expect(r.errors).toEqual(['G06-consultation-too-short']);
    expect(r.diagnostics[0]!.line).toBe(lineOf('catalogue/ML-0003.yaml', 'closes: "2026-11-19"'));
  });
});
