// The mistakes a department clerk makes, each answered in the clerk's terms at the right line, with the fix.
// The messages are pinned by snapshots; each case also asserts the essentials, so a snapshot update cannot hide a regression.
import { describe, expect, it } from 'vitest';
import { formatText } from '../lib/format.ts';
import { validate } from '../lib/validate.ts';
import { materialise } from './fixture-cases.ts';

interface Mistake {
  name: string;
  file: string;
  edits: [string, string][];
  /** code@line of the one problem it must produce (and only problems of this code). */
  expect: string;
  /** Text the hint must contain: the fix. */
  hint: string;
}

const MISTAKES: Mistake[] = [
  { name: 'a full-width colon after a field name', file: 'measures/CS-0001.yaml', edits: [['title: 限制参加政府采购', 'title：限制参加政府采购']], expect: 'yaml-colon@3', hint: '改为：title: 限制参加政府采购' },
  { name: 'no space after the colon', file: 'measures/CS-0001.yaml', edits: [['title: 限制参加政府采购', 'title:限制参加政府采购']], expect: 'yaml-colon@3', hint: '改为：title: 限制参加政府采购' },
  { name: 'a full-width colon in a nested field', file: 'measures/CS-0001.yaml', edits: [['  responsible_persons: true', '  responsible_persons：true']], expect: 'yaml-colon@7', hint: '改为：responsible_persons: true' },
  { name: 'a 3-space indentation', file: 'catalogue/ML-0001.yaml', edits: [['  period: {years: 1}', '   period: {years: 1}']], expect: 'yaml-indent@17', hint: '改为 2 个空格' },
  { name: 'a 3-space indentation on a first child', file: 'catalogue/ML-0001.yaml', edits: [['  opens: "2026-02-01"', '   opens: "2026-02-01"']], expect: 'yaml-indent@28', hint: '改为 2 个空格' },
  { name: 'a full-width comma inside a flow list of IDs', file: 'measures/CS-0001.yaml', edits: [['triggers: [ML-0002]', 'triggers: [ML-0002，ML-0001]']], expect: 'ref-entry@10', hint: '改为：[ML-0002, ML-0001]' },
  { name: 'full-width brackets around a list', file: 'measures/CS-0001.yaml', edits: [['triggers: [ML-0002]', 'triggers: ［ML-0002］']], expect: 'schema-type@10', hint: '改为：[ML-0002]' },
  { name: 'a full-width comma between departments', file: 'catalogue/ML-0001.yaml', edits: [['providers: [hrss]', 'providers: [hrss，finance]']], expect: 'schema-format@11', hint: '[hrss, finance]' },
  { name: 'a Chinese label for a kind of measure', file: 'measures/CS-0001.yaml', edits: [['kind: rights_reducing', 'kind: 减损权益']], expect: 'schema-enum@2', hint: '您是不是要写 rights_reducing？' },
  { name: 'a Chinese label for the nature', file: 'catalogue/ML-0001.yaml', edits: [['nature: dishonesty', 'nature: 失信信息']], expect: 'schema-enum@5', hint: '您是不是要写 dishonesty？' },
  { name: 'a misspelt code', file: 'catalogue/ML-0001.yaml', edits: [['update_frequency: within_7_working_days', 'update_frequency: within_7_workingdays']], expect: 'schema-enum@22', hint: '您是不是要写 within_7_working_days' },
  { name: 'a misspelt department', file: 'measures/CS-0001.yaml', edits: [['implementers: [finance]', 'implementers: [finace]']], expect: 'ref-department@9', hint: '您是不是要写 finance（山东省财政厅）？' },
  { name: 'the registered name of a department', file: 'measures/CS-0001.yaml', edits: [['implementers: [finance]', 'implementers: [山东省财政厅]']], expect: 'schema-format@9', hint: '您是不是要写 finance？' },
  { name: 'the proposing department by its name', file: 'measures/CS-0001.yaml', edits: [['  department: finance', '  department: 山东省财政厅']], expect: 'schema-format@20', hint: '这里要写它的编号：finance' },
  { name: 'a basis written as the law’s title', file: 'measures/CS-0001.yaml', edits: [['  - basis: wage-payment-regulation', '  - basis: 保障农民工工资支付条例']], expect: 'schema-format@12', hint: '您是不是要写 wage-payment-regulation？' },
  { name: 'a basis written with book-title marks', file: 'measures/CS-0001.yaml', edits: [['  - basis: wage-payment-regulation', '  - basis: 《保障农民工工资支付条例》']], expect: 'schema-format@12', hint: 'wage-payment-regulation' },
  { name: 'a misspelt basis ID', file: 'measures/CS-0001.yaml', edits: [['  - basis: wage-payment-regulation', '  - basis: wage-payment-regulaton']], expect: 'P13-basis-missing@12', hint: '您是不是要写 wage-payment-regulation' },
  { name: 'an ID number with a wrong check digit, written in groups', file: 'catalogue/ML-0001.yaml', edits: [['response: 采纳1条，明确了“经责令限期缴纳”的前提。', 'response: 来信人 110105 19491231 0021 的意见已采纳。']], expect: 'P14-personal-data@33', hint: '×××' },
];

describe.each(MISTAKES)('$name', (m) => {
  const root = materialise({ name: 'clerk', description: m.name, edit: { [m.file]: m.edits }, expect: [] });
  const result = validate(root);
  const [code, line] = m.expect.split('@') as [string, string];

  it(`is reported as ${m.expect}, with the fix`, () => {
    const own = result.diagnostics.filter((d) => d.file === m.file && d.severity === 'error');
    expect(own.map((d) => `${d.code}@${d.line}`)).toContain(m.expect);
    expect(own.filter((d) => d.code.startsWith('yaml-') || d.code === code).map((d) => `${d.code}@${d.line}`)).toEqual([m.expect]);
    const d = own.find((x) => x.code === code && x.line === Number(line))!;
    expect(`${d.message.zh} ${d.hint.zh}`).toContain(m.hint);
  });

  it('reads as before (snapshot)', () => {
    expect(formatText(result.diagnostics, result.files.length)).toMatchSnapshot();
  });
});
