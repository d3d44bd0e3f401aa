// The lifecycle module: where an entry stands on a day (its legal effect as releases state it, the consultation
// window), replayed from its history; records the history does not support are not read as in force.
import { describe, expect, it } from 'vitest';
import type { Lifecycle } from '../schemas/index.ts';
import { isDeepStrictEqual } from 'node:util';
import { dispositionOf, isDecision, legalStatusOn, phaseOn as phaseOf, sameData, standsOnEarlierVersion, windowState } from '../lib/lifecycle/index.ts';
import { todayIn } from '../lib/today.ts';

const approval = { body: '山东省人民政府', date: '2026-03-20', document_number: '示例〔2026〕1号', effective: '2026-05-01' };
const consultation = { opens: '2026-02-01', closes: '2026-03-02', channel: { kind: 'forge' as const } };
type H = Lifecycle['history'];
const history: H = [{ date: '2026-01-05', event: 'proposed' }];
const consulted: H = [...history, { date: '2026-02-01', event: 'consultation_opened' }, { date: '2026-03-03', event: 'consultation_closed' }];
const approvedHistory: H = [...consulted, { date: '2026-03-20', event: 'approved', ref: '示例〔2026〕1号' }];

describe('phaseOf', () => {
  it('approved: scheduled before its effective date, in force from it', () => {
    const e: Lifecycle = { status: 'approved', approval, consultation, history: approvedHistory };
    expect(phaseOf(e, '2026-04-30')).toMatchObject({ code: 'scheduled', inForce: false, effective: '2026-05-01' });
    expect(phaseOf(e, '2026-05-01')).toMatchObject({ code: 'in_force', inForce: true });
  });

  it('under consultation: upcoming, open (both ends inclusive) and closed', () => {
    const e: Lifecycle = { status: 'consultation', consultation, history: [...history, { date: '2026-02-01', event: 'consultation_opened' }] };
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
      earlier_rounds: [{ consultation, approval }],
      history: [
        ...approvedHistory,
        { date: '2026-08-01', event: 'amendment_proposed' },
        { date: '2026-09-01', event: 'consultation_opened' },
        { date: '2026-10-01', event: 'consultation_closed' },
        { date: '2026-10-15', event: 'amended' },
      ],
    };
    expect(phaseOf(e, '2026-11-22')).toMatchObject({ code: 'amendment_scheduled', inForce: true, effective: '2026-12-01' });
    expect(phaseOf(e, '2026-12-01')).toMatchObject({ code: 'in_force', inForce: true });
  });

  it('an amendment under consultation leaves the approved version in force', () => {
    const e: Lifecycle = {
      status: 'consultation',
      approval,
      consultation: { ...consultation, opens: '2026-09-01', closes: '2026-09-30' },
      history: [...approvedHistory, { date: '2026-08-01', event: 'amendment_proposed' }, { date: '2026-09-01', event: 'consultation_opened' }],
    };
    expect(phaseOf(e, '2026-09-10')).toMatchObject({ code: 'consultation_open', inForce: true });
    expect(standsOnEarlierVersion(e)).toBe(true);
    expect(dispositionOf(e, true)).toBe('carried');
    expect(dispositionOf(e, false)).toBe('unpublished');
  });

  it('repealed: still in force until the repeal takes effect', () => {
    const repeal = { reason: '理由', body: '山东省人民政府', date: '2026-10-15', document_number: '示例〔2026〕12号', effective: '2026-11-01' };
    const e: Lifecycle = { status: 'repealed', approval, consultation, repeal, history: [...approvedHistory, { date: '2026-10-15', event: 'repealed', ref: '示例〔2026〕12号' }] };
    expect(phaseOf(e, '2026-10-31')).toMatchObject({ code: 'repeal_scheduled', inForce: true, repealEffective: '2026-11-01' });
    expect(phaseOf(e, '2026-11-01')).toMatchObject({ code: 'repealed', inForce: false });
  });

  it('proposed and rejected entries have no legal effect', () => {
    expect(phaseOf({ status: 'proposed', proposal: { department: 'sdrc', date: '2026-01-05' }, history }, '2026-02-01')).toMatchObject({ code: 'proposed', inForce: false });
    expect(phaseOf({ status: 'rejected', rejection: { date: '2026-02-01', reason: '理由' }, history: [...history, { date: '2026-02-01', event: 'rejected' }] }, '2026-03-01')).toMatchObject({ code: 'rejected', inForce: false });
  });

  it('a proposal carrying an approval record is not in force: the history supports no approval', () => {
    const e: Lifecycle = { status: 'proposed', proposal: { department: 'sdrc', date: '2026-01-05' }, approval, history };
    expect(phaseOf(e, '2026-06-01')).toEqual({ code: 'proposed', inForce: false });
    expect(legalStatusOn(e, '2026-06-01')).toBeUndefined();
    expect(standsOnEarlierVersion(e)).toBe(false);
    expect(dispositionOf(e, true)).toBe('unpublished');
  });

  it('an amendment approved before the version it replaces took effect is only scheduled', () => {
    const early = { ...approval, effective: '2026-12-31' };
    const e: Lifecycle = {
      status: 'approved',
      approval: { ...approval, date: '2026-10-15', document_number: '示例〔2026〕12号', effective: '2027-01-31' },
      consultation,
      earlier_rounds: [{ consultation, approval: early }],
      history: [...approvedHistory, { date: '2026-08-01', event: 'amendment_proposed' }, { date: '2026-09-01', event: 'consultation_opened' }, { date: '2026-10-01', event: 'consultation_closed' }, { date: '2026-10-15', event: 'amended' }],
    };
    expect(legalStatusOn(e, '2026-11-01')).toBe('scheduled');
    expect(phaseOf(e, '2026-11-01').inForce).toBe(false);
    // A release knows the version it replaces from the previous release, and reads that instead.
    const previous: Lifecycle = { status: 'approved', approval, history: approvedHistory };
    expect(legalStatusOn(e, '2026-11-01', previous)).toBe('amendment_scheduled');
  });
});

describe('sameData', () => {
  it('says what node:util says of plain data, without node:util (the module runs in the browser too)', () => {
    const approval = { body: '山东省人民政府', date: '2026-03-20', document_number: '示例〔2026〕1号', effective: '2026-05-01' };
    const pairs: [unknown, unknown][] = [
      [approval, { ...approval }],
      [approval, { ...approval, effective: '2026-06-01' }],
      [approval, { ...approval, note: undefined }],
      [{ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] }],
      [{ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }],
      [[1, 2], [1, 2, 3]],
      [[], {}],
      [{ 0: 'a' }, ['a']],
      [null, {}],
      [undefined, null],
      [1, '1'],
      [[approval, undefined], [approval, undefined]],
      [[undefined], []],
    ];
    for (const [a, b] of pairs) expect(sameData(a, b), JSON.stringify([a, b])).toBe(isDeepStrictEqual(a, b));
  });
});

describe('isDecision', () => {
  const approved: Lifecycle = { status: 'approved', approval, consultation, history: approvedHistory };
  const closed: Lifecycle = { status: 'consultation', consultation, history: consulted };
  it('a decision status reached, a decision event appended, or a decision record written', () => {
    expect(isDecision(undefined, approved)).toBe(true);
    expect(isDecision(approved, approved)).toBe(false);
    expect(isDecision(closed, approved)).toBe(true);
    expect(isDecision(undefined, { status: 'proposed', history } as Lifecycle)).toBe(false);
    // An approval record slipped into a proposal is a decision too: the gate asks for an approver.
    expect(isDecision({ status: 'proposed', history }, { status: 'proposed', history, approval })).toBe(true);
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
