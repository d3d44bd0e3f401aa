// The site's own words in Chinese and English. Names of fields and values come from the model (lib/site/labels.ts,
// the schemas' labelledEnum labels); only the interface text lives here.
import { durationLabel, type Duration, type Label } from '../../schemas/index.ts';
import type { Lang } from './routes.ts';

export const UI = {
  siteName: { zh: '社会信用清单', en: 'Social credit lists' },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  menu: { zh: '主导航', en: 'Main navigation' },
  home: { zh: '首页', en: 'Home' },
  search: { zh: '搜索', en: 'Search' },
  consultations: { zh: '征求意见', en: 'Consultations' },
  releases: { zh: '发布版本', en: 'Releases' },
  bases: { zh: '法律依据', en: 'Legal bases' },
  departments: { zh: '部门', en: 'Departments' },
  participate: { zh: '参与：提建议与提意见', en: 'Take part: propose and comment' },
  participateShort: { zh: '参与', en: 'Take part' },
  about: { zh: '关于', en: 'About' },
  glossary: { zh: '术语解释', en: 'Glossary' },
  glossaryIntro: {
    zh: '清单中的用语和豁免效果的通俗解释。解释不代替法律条文；每条解释后列出相关条文，可点击查看原文。',
    en: 'Plain-language explanations of the terms used in the lists and of the exemption effects. They do not replace the law; the articles concerned follow each one, linked to their text.',
  },
  glossaryIndex: { zh: '术语索引', en: 'Terms' },
  glossaryEffects: { zh: '术语解释：不记录、不公示、不惩戒、可不惩戒和从轻的区别', en: 'Glossary: not recorded, not published, not punished, may be left unpunished, punished leniently' },
  alsoCalled: { zh: '常见说法：', en: 'Also called: ' },
  seeArticles: { zh: '相关条文：', en: 'See: ' },
  otherLang: { zh: 'English', en: '中文' },
  otherLangName: { zh: '英文版', en: 'Chinese version' },
  exampleBanner: {
    zh: '示例数据，非官方发布。本站所载清单是依据官方法规文本编写的演示数据，征求意见、审定等程序记录（文号以“示例”开头）均为示意，不具有法律效力。',
    en: 'Example data, not an official publication. The lists shown are demonstration data built from official legal texts; their consultation and approval records (document numbers beginning 示例) are illustrative and have no legal effect.',
  },
  dataChinese: { zh: '', en: 'The data is in Chinese; English titles are shown where the entry has one.' },
  asOf: { zh: '状态按此日期计算：', en: 'Statuses as of ' },
  builtFrom: { zh: '本站由仓库中的数据自动生成。', en: 'This site is generated from the data in the repository.' },
  repository: { zh: '数据仓库', en: 'Data repository' },
  feeds: { zh: '订阅', en: 'Feeds' },
  api: { zh: '数据接口（JSON）', en: 'Data API (JSON)' },
  sitemap: { zh: '网站地图', en: 'Sitemap' },
  // Home
  homeIntro: {
    zh: '依照《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）的清单管理要求，本站公开四份清单：公共信用信息补充目录、失信惩戒措施补充清单、社会信用惩戒豁免行为清单，以及依地方性法规编制的守信激励措施清单。每个条目都写明法律依据、提供或实施单位、期限和审定记录；未列入清单的信息不得归集，未列入清单的措施不得实施。守信激励措施只能依据目录中记录的表彰奖励、信用评价结果等守信信息给予，不得限制其他主体。',
    en: 'Under the list-based management required by the State Council General Office (国办发〔2020〕49号), this site publishes four lists: the supplementary catalogue of public credit information, the supplementary list of punishment measures, the list of behaviours exempt from credit punishment, and the list of incentive measures for trustworthy subjects compiled under local regulations. Every entry states its legal basis, the bodies that provide or implement it, its periods and its approval record; information not in the catalogue may not be collected, and measures not in the list may not be applied. Incentives are granted only on positive information recorded in the catalogue (honours, credit evaluation results) and never restrict anyone else.',
  },
  lists: { zh: '四份清单', en: 'The four lists' },
  total: { zh: '条目', en: 'entries' },
  inForceCount: { zh: '现行有效', en: 'in force' },
  openCount: { zh: '征求意见中', en: 'open for comment' },
  underWay: { zh: '正在办理修订、废止或纳入程序', en: 'With a procedure under way (inclusion, amendment or repeal)' },
  latestRelease: { zh: '最新发布版本', en: 'Latest release' },
  noRelease: { zh: '尚无发布版本。清单经审定后以版本形式发布。', en: 'No release yet. The lists are published as versioned releases once approved.' },
  openNow: { zh: '正在征求意见', en: 'Open for comment now' },
  noneOpen: { zh: '目前没有正在征求意见的条目。', en: 'Nothing is open for comment at the moment.' },
  upcoming: { zh: '即将开始征求意见', en: 'Consultations about to open' },
  closesOn: { zh: '截止日期', en: 'Closes' },
  opensOn: { zh: '开始日期', en: 'Opens' },
  daysLeft: { zh: '剩余天数', en: 'Days left' },
  searchPlaceholder: { zh: '输入关键词，如：拖欠、政府采购', en: 'Keywords, e.g. 拖欠 (wage arrears)' },
  // Lists and facets
  all: { zh: '全部', en: 'All' },
  filters: { zh: '筛选', en: 'Filter' },
  skipToTable: { zh: '跳到清单表格', en: 'Skip to the table' },
  clearFilter: { zh: '清除筛选', en: 'Clear the filter' },
  shown: { zh: '共 {n} 项', en: '{n} entries' },
  emptyList: { zh: '此清单暂无条目。', en: 'This list has no entries yet.' },
  printHint: { zh: '本表可直接打印（使用浏览器的“打印”功能），打印时只保留表格。', en: 'This table prints as is (use the browser’s Print command); printing keeps only the table.' },
  downloads: { zh: '下载', en: 'Download' },
  downloadLatest: { zh: '下载最新发布版本中的本清单', en: 'Download this list as published in the latest release' },
  no: { zh: '序号', en: 'No.' },
  id: { zh: '编号', en: 'ID' },
  // Entry
  status: { zh: '状态', en: 'Status' },
  overview: { zh: '基本信息', en: 'Details' },
  overviewDraft: { zh: '基本信息（修订草案）', en: 'Details (draft amendment)' },
  overviewInForce: { zh: '现行版本（发布版本 {version}）', en: 'The version in force (release {version})' },
  lastUpdated: { zh: '最后更新', en: 'Last updated' },
  amendmentChanges: { zh: '本次修订的内容', en: 'What the amendment changes' },
  amendmentIntro: { zh: '审定前，现行版本（发布版本 {version}）继续有效。下表列出修订草案改动的项目。', en: 'Until the amendment is approved, the version in force (release {version}) applies. The table lists what the draft changes.' },
  fieldName: { zh: '项目', en: 'Field' },
  inForceVersion: { zh: '现行版本', en: 'In force' },
  draftVersion: { zh: '修订草案', en: 'Draft' },
  legalBases: { zh: '法律依据', en: 'Legal bases' },
  quoted: { zh: '条文原文', en: 'Text of the article' },
  related: { zh: '关联条目', en: 'Related entries' },
  triggers: { zh: '触发本措施的目录事项', en: 'Catalogue items that trigger this measure' },
  triggeredBy: { zh: '据此信息实施的惩戒措施', en: 'Measures applied on this information' },
  upstreamItem: { zh: '上级目录事项', en: 'Upper-level catalogue item' },
  upstreamItemNote: { zh: '本事项由上级编制，见{source}；本页列出上级和{self}据此信息实施的惩戒措施。', en: 'This item is the upper level’s ({source}); this page lists the measures both levels apply on it.' },
  upstreamItemOnSite: { zh: '在上级网站查看', en: 'On the upper level’s site' },
  upperMeasures: { zh: '{name}的惩戒措施', en: 'Measures of {name}' },
  ownMeasures: { zh: '{self}的惩戒措施', en: 'Measures of this jurisdiction' },
  ownExemptions: { zh: '{self}适用于该事项的豁免', en: 'This jurisdiction’s exemptions that concern it' },
  repealedUpstream: { zh: '（已废止）', en: ' (repealed)' },
  qualifying: { zh: '据以激励的目录事项', en: 'Catalogue items that qualify for this incentive' },
  qualifiesFor: { zh: '据此信息实施的守信激励措施', en: 'Incentives granted on this information' },
  exemptionsApplying: { zh: '适用的豁免', en: 'Exemptions that apply' },
  appliesToAllNote: { zh: '（适用于全部条目）', en: ' (applies to every entry)' },
  appliesTo: { zh: '本豁免适用于', en: 'This exemption applies to' },
  appliesToAll: { zh: '全部目录事项和惩戒措施', en: 'every catalogue item and measure' },
  noRelated: { zh: '无', en: 'None' },
  trail: { zh: '历史与审定记录', en: 'History and approval trail' },
  earlierRounds: { zh: '此前各轮的程序记录', en: 'Records of earlier rounds' },
  round: { zh: '第 {n} 轮', en: 'Round {n}' },
  date: { zh: '日期', en: 'Date' },
  event: { zh: '事件', en: 'Event' },
  reference: { zh: '文号或依据', en: 'Reference' },
  pullRequest: { zh: '合并请求', en: 'Pull request' },
  note: { zh: '说明', en: 'Note' },
  comment: { zh: '提交意见', en: 'Comment' },
  commentOnEntry: { zh: '对本条目提出意见', en: 'Comment on this entry' },
  commentOpen: { zh: '本条目正在公开征求意见，截止日期为 {date}（含当日）。', en: 'This entry is open for public comment until {date} (inclusive).' },
  commentAlways: { zh: '征求意见期之外，也可以随时对本条目提出意见或建议。', en: 'Outside a consultation you may still send comments or suggestions on this entry.' },
  viaForge: { zh: '也可以在代码托管平台提交：表单已预填本条目，需要平台账号，意见公开可见。', en: 'You may also comment on the forge: the form is prefilled with this entry; it needs an account, and comments are public.' },
  viaEmail: { zh: '发送电子邮件至', en: 'By e-mail to' },
  emailPrefilled: { zh: '按钮已预填邮件主题和正文。', en: 'The button prefills the subject and body. ' },
  viaPlatform: { zh: '在官方征求意见平台提交（请注明条目编号 {id}）：', en: 'On the official consultation platform (quote the entry ID {id}): ' },
  viaPlatformAny: { zh: '在官方征求意见平台提交（请注明条目编号）：', en: 'On the official consultation platform (quote the entry ID): ' },
  exampleAddress: { zh: '（示例地址：所依据的官方文本没有载明信用办的联系方式，正式使用前改为信用办公布的地址）', en: ' (an example address: the official texts give no contact of the credit office; replace it with the office’s published address)' },
  noAccountNeeded: { zh: '无需注册任何账号。', en: 'No account is needed.' },
  otherChannels: { zh: '其他提交方式见“参与”页面。', en: 'Other ways to comment are on the “Take part” page.' },
  noChannelConfigured: { zh: '尚未配置无需账号的意见渠道。', en: 'No channel without an account is configured yet.' },
  viewSource: { zh: '在数据仓库中查看本条目的源文件', en: 'View this entry’s source in the data repository' },
  yes: { zh: '是', en: 'Yes' },
  noValue: { zh: '否', en: 'No' },
  consultationRecord: { zh: '征求意见记录', en: 'Consultation record' },
  window: { zh: '征求意见期', en: 'Consultation window' },
  outcome: { zh: '结果', en: 'Outcome' },
  // Phase banners
  phase_in_force_since: { zh: '自 {date} 起施行。', en: 'In force since {date}.' },
  phase_scheduled_on: { zh: '将于 {date} 起施行。', en: 'Takes effect on {date}.' },
  phase_amendment_on: { zh: '修订后的版本自 {date} 起施行，此前原版本继续有效。', en: 'The amended version takes effect on {date}; until then the earlier version applies.' },
  phase_consultation_upcoming: { zh: '即将征求意见', en: 'Consultation about to open' },
  phase_consultation_closed: { zh: '征求意见已结束，待审定', en: 'Consultation closed, awaiting decision' },
  phase_window: { zh: '征求意见期：{opens} 至 {closes}（含当日）。', en: 'Consultation: {opens} to {closes} (inclusive).' },
  phase_proposed_on: { zh: '{date} 提出，尚未征求意见，不具有效力。', en: 'Proposed on {date}; not yet consulted on, no legal effect.' },
  phase_change_proposed_on: { zh: '{date} 提出修订或废止建议，尚未征求意见。', en: 'An amendment or repeal was proposed on {date}; not yet consulted on.' },
  phase_rejected_on: { zh: '{date} 决定不予采纳。', en: 'Rejected on {date}.' },
  phase_repeal_on: { zh: '自 {date} 起废止。', en: 'Repealed with effect from {date}.' },
  phase_repealed_on: { zh: '已于 {date} 废止，仅保留记录。', en: 'Repealed on {date}; kept as a record only.' },
  phase_amending: { zh: '现行版本继续有效，修订草案正在办理。', en: 'The current version stays in force while an amendment is processed.' },
  // Bases and departments
  articles: { zh: '条文', en: 'Articles' },
  citedBy: { zh: '引用本条的条目', en: 'Entries citing this article' },
  notCited: { zh: '暂无条目引用本条。', en: 'No entry cites this article yet.' },
  citingEntries: { zh: '引用条目数', en: 'Citing entries' },
  officialText: { zh: '官方文本', en: 'Official text' },
  role_bases: { zh: '依据', en: 'Basis' },
  role_repair: { zh: '不可修复的依据', en: 'Basis for no repair' },
  role_natural_persons: { zh: '公开自然人信息的依据', en: 'Basis for disclosing natural persons' },
  role_standard: { zh: '名单认定标准的依据', en: 'Basis of the list’s standard' },
  national: { zh: '全国', en: 'National' },
  provides: { zh: '提供的信息（目录事项）', en: 'Information it provides (catalogue items)' },
  implements: { zh: '实施的惩戒措施和激励措施', en: 'Measures and incentives it implements' },
  proposedBy: { zh: '提出的建议', en: 'Proposals it made' },
  // Consultations
  consultationsIntro: {
    zh: '清单条目在审定前须公开征求意见。下列为正在进行、即将开始和已经结束的征求意见，以及意见采纳情况。',
    en: 'Entries are put to public consultation before approval. Below: consultations open now, about to open and closed, with how the comments were handled.',
  },
  awaiting: { zh: '已结束，待审定', en: 'Closed, awaiting decision' },
  concluded: { zh: '已结束', en: 'Concluded' },
  commentsReceived: { zh: '收到意见', en: 'Comments received' },
  commentsAdopted: { zh: '采纳', en: 'Adopted' },
  response: { zh: '意见采纳情况', en: 'Response to the comments' },
  decision: { zh: '决定', en: 'Decision' },
  noneHere: { zh: '无。', en: 'None.' },
  // Releases
  releasesIntro: {
    zh: '每个发布版本都是不可更改的数据快照，供下游系统固定引用。',
    en: 'Each release is an immutable snapshot of the data that downstream systems can pin.',
  },
  signatures: {
    zh: '版本索引（index.json，列有每个版本 manifest.json 的 SHA-256）及启用签名后每个版本的 manifest.json 都有发布密钥的 OpenSSH 签名（.sig），可用 ssh-keygen -Y verify 校验。公钥：',
    en: 'The index (index.json, which lists the SHA-256 of every version’s manifest.json), and the manifest.json of every version since signing began, carry an OpenSSH signature by the release key (.sig), checked with ssh-keygen -Y verify. Public keys: ',
  },
  exampleKey: {
    zh: '示例密钥：本站的签名用示例密钥制作，其私钥随示例仓库公开，签名只作演示，不能证明任何事。',
    en: 'Example key: this site’s signatures are made with the example key, whose private half is published with the example repository; they are a demonstration and prove nothing.',
  },
  version: { zh: '版本', en: 'Version' },
  edition: { zh: '版次', en: 'Edition' },
  releaseDate: { zh: '发布日期', en: 'Release date' },
  changes: { zh: '与上一版本相比的变更', en: 'Changes since the previous release' },
  firstRelease: { zh: '首个版本：全部条目记为新增。', en: 'First release: every entry counts as added.' },
  files: { zh: '文件', en: 'Files' },
  size: { zh: '大小', en: 'Size' },
  manifest: { zh: '清单文件（manifest）', en: 'Manifest' },
  field: { zh: '字段', en: 'Field' },
  before: { zh: '原值', en: 'Before' },
  after: { zh: '新值', en: 'After' },
  previousVersion: { zh: '上一版本', en: 'Previous version' },
  counts: { zh: '条目数', en: 'Entries' },
  noChanges: { zh: '无变更。', en: 'No changes.' },
  // Official documents
  officialDocuments: { zh: '正式文件', en: 'Official documents' },
  releaseDocumentsIntro: {
    zh: '本版本清单作为通知附件的正式文本（附件标题、版次、清单各栏、文号和日期），以及意见采纳情况：',
    en: 'This release’s lists as the attachments of the official notice (attachment titles, edition, the lists’ columns, document number and date), with the response to comments (in Chinese):',
  },
  draftDocumentIntro: {
    zh: '正在征求意见的条目汇编为征求意见稿，注明征求意见期和意见反馈方式：',
    en: 'The entries open for comment, compiled as the consultation draft with the window and where to send comments (in Chinese):',
  },
  documentPage: { zh: '网页版', en: 'Web page' },
  // Search
  searchIntro: { zh: '按关键词搜索全部条目、法律依据和部门。', en: 'Search every entry, legal instrument and department.' },
  searchLabel: { zh: '关键词', en: 'Keywords' },
  searchButton: { zh: '搜索', en: 'Search' },
  searchNoScript: {
    zh: '搜索需要浏览器启用 JavaScript。也可以直接浏览四份清单，并按类别、状态等筛选。',
    en: 'Search needs JavaScript. You can also browse the four lists and filter them by category, status and more.',
  },
  filterList: { zh: '清单', en: 'List' },
  filterCategory: { zh: '信息类别', en: 'Category' },
  filterDepartment: { zh: '部门', en: 'Department' },
  anyValue: { zh: '不限', en: 'Any' },
  results: { zh: '找到 {n} 个结果', en: '{n} results' },
  moreResults: { zh: '显示更多结果', en: 'More results' },
  noResults: { zh: '没有找到结果。', en: 'No results.' },
  searching: { zh: '正在搜索…', en: 'Searching…' },
  searchFailed: { zh: '搜索暂时无法使用，请稍后再试，或从各清单页面浏览。', en: 'Search is not available just now. Please try again later, or browse the lists.' },
  searchSynonym: { zh: '“{word}”同时按清单用语“{term}”搜索。', en: '“{word}” is also searched as the lists’ term “{term}”.' },
  // 404
  notFound: { zh: '找不到页面', en: 'Page not found' },
  pages: { zh: '分页', en: 'Pages' },
  pageOf: { zh: '第 {n} 页，共 {total} 页', en: 'Page {n} of {total}' },
  previousPage: { zh: '上一页', en: 'Previous page' },
  nextPage: { zh: '下一页', en: 'Next page' },
  proposer: { zh: '提出部门', en: 'Proposed by' },
  firstShown: { zh: '以下列出前 {shown} 项，共 {n} 项；完整列表：', en: 'The first {shown} of {n} are listed; the complete lists: ' },
  allCiting: { zh: '引用本法律依据的全部条目：', en: 'Every entry citing this instrument: ' },
  shownRange: { zh: '共 {n} 项，本页显示第 {from}–{to} 项', en: '{n} entries; this page shows {from}–{to}' },
} satisfies Record<string, Label>;

export type UiKey = keyof typeof UI;

/** Interface text in a language, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, vars?: Record<string, string | number>): string {
  const text = UI[key][lang];
  // Most calls fill nothing in; they are made thousands of times per build.
  if (!vars && !text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars?.[k] ?? `{${k}}`));
}

/** The colon after a label: full-width in Chinese. */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}

/** A count or aside in brackets: full-width in Chinese. */
export function paren(lang: Lang, s: string | number): string {
  return lang === 'zh' ? `（${s}）` : ` (${s})`;
}

/** A model label in a language. */
export function l(lang: Lang, label: Label): string {
  return label[lang];
}

/** A period in words: 3年, 1年6个月, 长期 / 3 years, long term. */
export function durationText(d: Duration | undefined, lang: Lang): string {
  return d === undefined ? '—' : durationLabel(d)[lang];
}

/** Days from `today` to `date`, both YYYY-MM-DD. */
export function daysBetween(today: string, date: string): number {
  return Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
}
