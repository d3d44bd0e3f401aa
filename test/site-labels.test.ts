// Field names shown on the site come from the model's metadata, stripped of authoring hints.
import { describe, expect, it } from 'vitest';
import { enumTitle, fieldLabel, literalLabel, mustLabel, plainLabel } from '../lib/site/labels.ts';
import { MEASURE_KINDS, NATURE } from '../schemas/index.ts';

describe('plainLabel', () => {
  it('drops hints after a colon or semicolon and a trailing parenthesis', () => {
    expect(plainLabel({ title: '信息类别：须为 jurisdiction.yaml 的 categories 之一', description: '信息类别：须为…。Category: one of categories in jurisdiction.yaml' })).toEqual({ zh: '信息类别', en: 'Category' });
    expect(plainLabel({ title: '提供单位（部门编号）', description: '提供单位（部门编号）。Providing bodies (department IDs)' })).toEqual({ zh: '提供单位', en: 'Providing bodies' });
  });
  it('keeps a parenthesis inside the name', () => {
    expect(plainLabel({ title: '公开（公示）期限；mode 为 not_public 时可省略', description: 'x。Disclosure (publicity) period; may be omitted' })).toEqual({ zh: '公开（公示）期限', en: 'Disclosure (publicity) period' });
  });
  it('splits a labelled enumeration’s “中文 English” title', () => {
    expect(enumTitle(NATURE)).toEqual({ zh: '信息性质', en: 'Nature of the information' });
    expect(enumTitle(MEASURE_KINDS)).toEqual({ zh: '措施类别', en: 'Kind of measure' });
  });
});

describe('fieldLabel', () => {
  it('finds fields through unions, optional wrappers and nesting', () => {
    expect(fieldLabel('catalogue', 'title')).toEqual({ zh: '信息事项名称', en: 'Name of the information item' });
    expect(fieldLabel('measure', 'title')).toEqual({ zh: '措施名称', en: 'Name of the measure' });
    expect(fieldLabel('catalogue', 'list.removal_conditions')).toEqual({ zh: '移出条件', en: 'Removal conditions' });
    expect(fieldLabel('measure', 'target.responsible_persons')?.zh).toBe('是否同时惩戒法定代表人、主要负责人、实际控制人等');
    expect(fieldLabel('catalogue', 'consultation.closes')).toEqual({ zh: '征求意见截止日期', en: 'Consultation closes' });
    expect(fieldLabel('basis', 'level')).toEqual({ zh: '效力层级', en: 'Level' });
  });
  it('returns undefined for a field the model does not have, and mustLabel throws', () => {
    expect(fieldLabel('catalogue', 'no_such_field')).toBeUndefined();
    expect(() => mustLabel('catalogue', 'no_such_field')).toThrow(/No label/);
  });
  it('labels one value of a literal-typed field', () => {
    expect(literalLabel('catalogue', 'kind', 'serious_dishonesty_list')?.zh).toBe('严重失信主体名单信息');
  });
});
