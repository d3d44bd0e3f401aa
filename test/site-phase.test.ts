// Where an entry stands on a day: the legal effect as releases state it, and the consultation window.
import { describe, expect, it } from 'vitest';
import type { Lifecycle } from '../schemas/index.ts';
import { phaseOf, todayIn, windowState } from '../lib/site/phase.ts';

const approval = { body: '山东省人民政府', date: '2026-03-20', document_number: '示例〔2026〕1号', effective: '2026-05-01' };
const consultation = { opens: '2026-02-01', closes: '2026-03-02', channel: { kind: 'forge' as const } };
const history = [{ date: '2026-01-05', event: 'proposed' as const }];

describe('phaseOf', () => {
  it('approved: scheduled before its effective date, in force from it', () => {
    const e: Lifecycle = { status: 'approved', approval, consultation, history };
    expect(phaseOf(e, '2026-04-30')).toMatchObject({ code: 'scheduled', inForce: false, effective: '2026-05-01' });
    expect(phaseOf(e, '2026-05-01')).toMatchObject({ code: 'in_force', inForce: true });
  });

  it('under consultation: upcoming, open (both ends inclusive) and closed', () => {
    const e: Lifecycle = { status: 'consultation', consultation, history };
    expect(phaseOf(e, '2026-01-31').code).toBe('consultation_upcoming');
    expect(phaseOf(e, '2026-02-01').code).toBe('consultation_open');
    expect(phaseOf(e, '2026-03-02')).toMatchObject({ code: 'consultation_open', opens: '2026-02-01', closes: '2026-03-02', inForce: false });
    expect(phaseOf(e, '2026-03-03').code).toBe('consultation_closed');
  });

  it('an approved amendment not yet effective: the earlier version stays in force', () => {
    const e: Lifecycle = {
      status: 'approved',
      approval: { ...approval, date: '2026-10-15', effective: '2026-12-01' },
      consultation,
      history: [...history, { date: '2026-03-20', event: 'approved' }, { date: '2026-10-15', event: 'amended' }],
    };
    expect(phaseOf(e, '2026-11-22')).toMatchObject({ code: 'amendment_scheduled', inForce: true, effective: '2026-12-01' });
    expect(phaseOf(e, '2026-12-01')).toMatchObject({ code: 'in_force', inForce: true });
  });

  it('an amendment under consultation leaves the approved version in force', () => {
    const e: Lifecycle = { status: 'consultation', approval, consultation: { ...consultation, opens: '2026-09-01', closes: '2026-09-30' }, history };
    expect(phaseOf(e, '2026-09-10')).toMatchObject({ code: 'consultation_open', inForce: true });
  });

  it('repealed: still in force until the repeal takes effect', () => {
    const repeal = { reason: '理由', body: '山东省人民政府', date: '2026-10-15', document_number: '示例〔2026〕12号', effective: '2026-11-01' };
    const e: Lifecycle = { status: 'repealed', approval, consultation, repeal, history };
    expect(phaseOf(e, '2026-10-31')).toMatchObject({ code: 'repeal_scheduled', inForce: true, repealEffective: '2026-11-01' });
    expect(phaseOf(e, '2026-11-01')).toMatchObject({ code: 'repealed', inForce: false });
  });

  it('proposed and rejected entries have no legal effect', () => {
    expect(phaseOf({ status: 'proposed', proposal: { department: 'sdrc', date: '2026-01-05' }, history }, '2026-02-01')).toMatchObject({ code: 'proposed', inForce: false });
    expect(phaseOf({ status: 'rejected', rejection: { date: '2026-02-01', reason: '理由' }, history }, '2026-03-01')).toMatchObject({ code: 'rejected', inForce: false });
  });
});

describe('dates', () => {
  it('windowState compares calendar days', () => {
    expect(windowState('2026-02-01', '2026-03-02', '2026-02-15')).toBe('open');
  });
  it('todayIn uses China time: 20:00 UTC is already the next day in Shandong', () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-11-22T20:00:00Z'))).toBe('2026-11-23');
    expect(todayIn('Asia/Shanghai', new Date('2026-11-22T10:00:00Z'))).toBe('2026-11-22');
  });
});
