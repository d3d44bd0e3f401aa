// The public-text checks themselves: what they catch in Chinese prose, and what they leave alone.
import { describe, expect, it } from 'vitest';
import { internalNames, pageText, typographyProblems } from '../lib/site/typography.ts';

const codes = (html: string) => pageText(html).runs.flatMap((r) => typographyProblems(r).map((p) => p.rule));

describe('Chinese typography', () => {
  it('catches half-width punctuation and stray spaces, across inline elements', () => {
    expect(codes('<p>现行有效: 28</p>')).toEqual(['halfwidth-punctuation']);
    expect(codes('<li><a href="#">已审定</a> <span class="count">(25)</span></li>')).toEqual(['halfwidth-punctuation']);
    expect(codes('<p>自动生成。 状态</p>')).toEqual(['space-after-fullwidth']);
    expect(codes('<p>原审定 示例</p>')).toEqual(['space-between-han']);
    expect(codes('<p>名称 ，内容</p>')).toEqual(['space-before-fullwidth']);
  });

  it('leaves alone good Chinese, English, verbatim quotations, recorded notes and blocks apart', () => {
    expect(codes('<p>现行有效：28 · 征求意见中：4（含当日）。</p>')).toEqual([]);
    expect(codes('<p>ML-0001 拖欠农民工工资，2026-11-17 至 2026-12-16。</p>')).toEqual([]);
    expect(codes('<p lang="en">Status: in force (28)</p>')).toEqual([]);
    expect(codes('<blockquote class="article"><p>下列惩戒措施:</p></blockquote>')).toEqual([]);
    expect(codes('<td data-recorded>原审定 示例〔2026〕3号</td>')).toEqual([]);
    // A cell whose end tag is left out ends where the next begins: the next cell is not part of the recorded note.
    expect(codes('<tr><td data-recorded>原审定 示例<td>原审定 示例</td></tr>')).toEqual(['space-between-han']);
    expect(codes('<dt>名称</dt><dd>内容</dd>')).toEqual([]);
    expect(codes('<p>接口：<code>/api/v1/</code> · 订阅</p>')).toEqual([]);
    expect(codes('<script>const a = "中文: x";</script><p>好</p>')).toEqual([]);
  });
});

describe('internal names', () => {
  it('finds file names, field names and the tooling’s words', () => {
    expect(internalNames('按 jurisdiction.yaml 配置')).toHaveLength(1);
    expect(internalNames('现移入 earlier_rounds 保留')).toHaveLength(1);
    expect(internalNames('保留在 history 中')).toHaveLength(1);
    expect(internalNames('不在本仓库中')).toHaveLength(1);
    expect(internalNames('formatVersion')).toHaveLength(1);
    expect(internalNames('History and approval trail, in the history of the entry')).toEqual([]);
    expect(internalNames('下载 catalogue.json 或 catalogue.csv')).toEqual([]);
  });
});
