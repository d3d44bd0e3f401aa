// CSV cells a spreadsheet could run as a formula, after trimming or normalising the text, are kept as text.
import { describe, expect, it } from 'vitest';
import { couldRunAsFormula, csvCell } from '../lib/release/csv.ts';

describe('the formula-injection guard', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [' =1+1', "' =1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\u00a0=HYPERLINK("x")', `"'\u00a0=HYPERLINK(""x"")"`],
    ['\ufeff=1', "'\ufeff=1"],
    ['\u200b+1', "'\u200b+1"],
    ['\n=1', `"'\n=1"`],
    ['\t1', "'\t1"],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['﹦1', "'﹦1"],
    ['\u22121', "'\u22121"],
  ])('guards %j', (value, cell) => {
    expect(couldRunAsFormula(value)).toBe(true);
    expect(csvCell(value)).toBe(cell);
  });

  it.each(['限制参加政府采购', '第十三条', '2026-03-01', '示例〔2026〕1号', 'a=b', '1年6个月', '', ' ', '（一）=', '“=”'])('leaves %j alone', (value) => {
    expect(couldRunAsFormula(value)).toBe(false);
    expect(csvCell(value)).toBe(value);
  });
});
