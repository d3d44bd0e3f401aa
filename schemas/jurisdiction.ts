// The one configuration file of a jurisdiction: who it is, who approves, and the numbers its rules use.
import { z } from 'zod';
import { describe, labelledEnum, MAX_ID_LENGTH, MAX_LIST_ITEMS, NonEmptyText, uniqueList, HttpUrl } from './common.ts';
import { Channel } from './lifecycle.ts';
import { UpstreamPin } from './upstream.ts';

export const JURISDICTION_LEVELS = labelledEnum(
  {
    province: { zh: '省级', en: 'Province' },
    city: { zh: '设区的市', en: 'City' },
  },
  { zh: '行政级别', en: 'Level' },
);

export const Department = z
  .strictObject({
    id: z.string().max(MAX_ID_LENGTH).regex(/^[a-z][a-z0-9-]*$/).meta(describe('部门编号（小写字母、数字、连字符）', 'Department ID (lowercase letters, digits, hyphens)')),
    name: NonEmptyText.meta(describe('部门全称', 'Full name')),
    name_en: NonEmptyText.optional(),
  })
  .meta(describe('部门', 'A department'));

export const Jurisdiction = z
  .strictObject({
    name: NonEmptyText.meta(describe('名称', 'Name', { examples: ['山东省'] })),
    name_en: NonEmptyText.optional(),
    level: JURISDICTION_LEVELS,
    division_code: z.string().regex(/^\d{6}$/).meta(describe('行政区划代码', 'Administrative division code', { examples: ['370000'] })),
    parent_division_code: z.string().regex(/^\d{6}$/).optional().meta(describe('上级行政区划代码（设区的市填写所在省）', 'Parent division code (for a city, its province)')),
    example: z.boolean().meta(describe('是否为示例数据（网站会显著标注）', 'Whether this is example data (the site says so prominently)')),
    approving_body: NonEmptyText.meta(describe('审定机关', 'The approving body', { examples: ['山东省社会信用体系建设领导小组'] })),
    credit_office: NonEmptyText.meta(describe('信用办', 'The credit office')),
    approvers: uniqueList(NonEmptyText).min(1).meta(describe('有权记录审定的代码托管平台账号', 'Forge accounts that may record approvals')),
    consultation: z
      .strictObject({
        minimum_days: z.int().min(1).meta(describe('征求意见最少天数', 'Minimum consultation length in days')),
        default_channel: Channel,
      })
      .meta(describe('公开征求意见', 'Public consultation')),
    objection_working_days: z.int().min(1).meta(describe('异议核实反馈时限（工作日）', 'Working days to answer an objection before listing')),
    disclosure_caps: z
      .strictObject({
        max_months: z.int().min(1).meta(describe('失信信息披露期限上限（月）', 'Longest disclosure period of dishonesty information, months')),
        basis: NonEmptyText.meta(describe('上限的依据', 'Where the cap comes from')),
      })
      .meta(describe('披露期限上限', 'Disclosure caps')),
    categories: uniqueList(NonEmptyText).min(1).meta(describe('目录信息类别', 'Catalogue categories')),
    national_catalogue: z
      .array(NonEmptyText)
      .max(MAX_LIST_ITEMS)
      .optional()
      .meta(describe('全国公共信用信息基础目录已列事项名称（补充目录不得重复）', 'Titles already in the national base catalogue (the supplement must not repeat them)')),
    departments: uniqueList(Department, (d) => d.id).min(1).meta(describe('部门', 'Departments')),
    upstream: z
      .array(UpstreamPin)
      .min(1)
      .optional()
      .meta(describe('本辖区清单所依据的上级清单（固定版本）；引用其条目时写“行政区划代码:编号”，如 370000:ML-0023', 'Upper levels whose published lists this repository builds on (pinned); cite their entries as <division code>:<ID>, e.g. 370000:ML-0023')),
    repository_url: HttpUrl.meta(describe('仓库地址（用于评论链接）', 'Repository URL, for comment links')),
    site_url: HttpUrl.optional().meta(describe('网站地址', 'Published site URL')),
  })
  .meta({ ...describe('辖区配置', 'Jurisdiction configuration') });
export type Jurisdiction = z.infer<typeof Jurisdiction>;
