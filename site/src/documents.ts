// The documents the credit office publishes, as one model that two renderers read: the print page (Chromium makes
// the PDF of it) and the DOCX writer (scripts/documents.ts reads the model as JSON). Official documents are Chinese.
import type { Jurisdiction, ListKind } from '../../schemas/index.ts';
import { LIST_KINDS } from '../../schemas/index.ts';
import { accountFreeChannels, channelAddress, isExampleAddress, type CommentChannel } from '../../lib/comment-link.ts';
import { CHANGE_KINDS } from '../../schemas/release.ts';
import type { SiteEntry, SiteModel } from '../../lib/site/model.ts';
import { publishedEntries, type SiteRelease, type SiteReleases } from '../../lib/site/releases.ts';
import { COLUMNS, listLabel, STATUS_COLUMN } from './present.ts';
import { t } from './i18n.ts';
import { markdownPlain } from '../../lib/site/markdown.ts';
import { LIST_OF_SLUG } from './routes.ts';

export interface DocTable {
  columns: string[];
  /** Plain text; a line break separates the items of a cell. */
  rows: string[][];
}

export interface DocAttachment {
  /** 附件1 */
  label: string;
  title: string;
  /** Lines under the title: edition, window, how to comment. */
  lines: string[];
  table: DocTable;
}

export interface OfficialDocument {
  /** Path of the document's page and files under the site, e.g. `documents/releases/2.0.2/`. */
  path: string;
  /** Base name of the PDF and DOCX files. */
  file: string;
  title: string;
  /** The example-data notice, when the data is an example (it must never pass for an official document). */
  notice?: string;
  /** 文号, 日期 and the like, as label and value. */
  meta: { label: string; value: string }[];
  attachments: DocAttachment[];
}

/** Cell HTML of the site's list table as the text of a document cell. */
export function cellText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/li>\s*<li>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!)
    .trim();
}

/** The list's table as printed in the notice: 序号 and the columns of the published list (without the site's status badge). */
function listTable(list: ListKind, entries: readonly SiteEntry[], model: SiteModel): DocTable {
  const columns = COLUMNS[list].filter((c) => c !== STATUS_COLUMN);
  return {
    columns: [t('zh', 'no'), ...columns.map((c) => c.label.zh)],
    rows: entries.map((e, i) => [String(i + 1), ...columns.map((c) => cellText(c.cell(e, model, 'zh')))]),
  };
}

const RESPONSE_COLUMNS = ['序号', '编号', '名称', '征求意见期', '收到意见（条）', '采纳（条）', '意见采纳情况'];

interface Consulted {
  id: string;
  title: string;
  consultation: { opens: string; closes: string; comments_received?: number; comments_adopted?: number; response?: string };
}

function responseTable(items: readonly Consulted[]): DocTable {
  return {
    columns: RESPONSE_COLUMNS,
    rows: items.map((x, i) => [
      String(i + 1),
      x.id,
      x.title,
      `${x.consultation.opens}至${x.consultation.closes}`,
      x.consultation.comments_received === undefined ? '—' : String(x.consultation.comments_received),
      x.consultation.comments_adopted === undefined ? '—' : String(x.consultation.comments_adopted),
      x.consultation.response ? markdownPlain(x.consultation.response) : '—',
    ]),
  };
}

/** A published entry (from the archive) in the shape the site's table columns read. */
function asSiteEntry(model: SiteModel, list: ListKind, data: Record<string, unknown>): SiteEntry {
  const current = model.byId.get(String(data.id));
  return { ...(current ?? { file: '', departments: [], citations: [], linksIn: [], linksOut: [], phase: { code: 'in_force', inForce: true } }), id: String(data.id), list, data } as unknown as SiteEntry;
}

const exampleNotice = (model: SiteModel) => (model.jurisdiction.example ? t('zh', 'exampleBanner') : undefined);

/** The published lists of one release, as the attachments of the notice that publishes them, and the response to comments. */
export function releaseDocument(model: SiteModel, releases: SiteReleases, release: SiteRelease): OfficialDocument {
  const j = model.jurisdiction;
  const v = release.record.version;
  const edition = release.record.edition;
  const numbers = [...new Set(release.changes.changes.map((c) => c.approval.document_number))];
  const attachments: DocAttachment[] = LIST_KINDS.map((list, i) => {
    const entries = publishedEntries(releases, v, list)
      .filter((e) => e.legal_status !== 'repealed')
      .map((e) => asSiteEntry(model, list, e));
    return {
      label: `附件${i + 1}`,
      title: `${j.name}${listLabel(list).zh}（${edition}）`,
      lines: [`共${entries.length}项`],
      table: listTable(list, entries, model),
    };
  });
  // How the comments of this release's rounds were handled: the consultation of every entry it adds, amends or repeals.
  const consulted: Consulted[] = [];
  for (const c of release.changes.changes) {
    if (c.change === 'corrected') continue;
    const list = LIST_OF_SLUG[c.list];
    const published = list ? publishedEntries(releases, v, list).find((e) => e.id === c.id) : undefined;
    const record = (published?.repeal as { consultation?: Consulted['consultation'] } | undefined)?.consultation ?? (published?.consultation as Consulted['consultation'] | undefined);
    if (record) consulted.push({ id: c.id, title: c.title, consultation: record });
  }
  if (consulted.length)
    attachments.push({
      label: `附件${attachments.length + 1}`,
      title: `意见采纳情况（${edition}）`,
      lines: [`本版本${release.changes.changes.filter((c) => c.change !== 'corrected').map((c) => CHANGE_KINDS.labels[c.change].zh).filter((x, i, a) => a.indexOf(x) === i).join('、')}条目的公开征求意见情况`],
      table: responseTable(consulted),
    });
  return {
    path: `documents/releases/${v}/`,
    file: `credit-lists-${v}`,
    title: `${j.name}社会信用清单（${edition}）`,
    ...(exampleNotice(model) ? { notice: exampleNotice(model)! } : {}),
    meta: [
      { label: '版本', value: v },
      { label: '版次', value: edition },
      { label: '审定机关', value: j.approving_body },
      { label: '文号', value: numbers.length ? numbers.join('、') : '—' },
      { label: '发布日期', value: release.record.releaseDate },
    ],
    attachments,
  };
}

/** Where to send comments on a consultation: the ways that need no account first, the forge form as an extra. */
function channelText(c: CommentChannel, j: Jurisdiction): string {
  const free = accountFreeChannels(c, j).map((f) => `${f.kind === 'email' ? '电子邮件' : '官方征求意见平台'}：${channelAddress(f)}${isExampleAddress(f, j) ? '（示例地址）' : ''}`);
  return [...free, ...(c.kind === 'forge' ? [`代码托管平台意见表单（需要账号）：${j.repository_url}`] : [])].join('；');
}

/** The drafts open for comment today (征求意见稿), one attachment per list, with the window and where to send comments. */
export function consultationDocument(model: SiteModel): OfficialDocument | undefined {
  const open = model.entries.filter((e) => e.phase.code === 'consultation_open');
  if (!open.length) return undefined;
  const j = model.jurisdiction;
  const attachments: DocAttachment[] = [];
  for (const list of LIST_KINDS) {
    const entries = open.filter((e) => e.list === list);
    if (!entries.length) continue;
    const windows = [...new Set(entries.map((e) => `${e.phase.opens}至${e.phase.closes}`))];
    const channels = [...new Set(entries.map((e) => channelText(e.data.consultation!.channel, j)))];
    const base = listTable(list, entries, model);
    attachments.push({
      label: `附件${attachments.length + 1}`,
      title: `${j.name}${listLabel(list).zh}（征求意见稿）`,
      lines: [`征求意见期：${windows.join('；')}（含当日）`, `意见反馈：${channels.join('；')}`],
      table: {
        columns: [...base.columns, '征求意见期', '意见反馈'],
        rows: base.rows.map((r, i) => [...r, `${entries[i]!.phase.opens}至${entries[i]!.phase.closes}`, channelText(entries[i]!.data.consultation!.channel, j)]),
      },
    });
  }
  return {
    path: 'documents/consultation/',
    file: `consultation-draft-${model.today}`,
    title: `${j.name}社会信用清单（征求意见稿）`,
    ...(exampleNotice(model) ? { notice: exampleNotice(model)! } : {}),
    meta: [
      { label: '征求意见单位', value: j.credit_office },
      { label: '日期', value: model.today },
      { label: '条目数', value: `${open.length}项` },
    ],
    attachments,
  };
}

/** A document's path under documents/, as the page route's rest parameter (`releases/2.0.2`). */
export const documentParam = (d: OfficialDocument): string => d.path.replace(/^documents\//, '').replace(/\/$/, '');

/** Every document of this build. */
export function allDocuments(model: SiteModel, releases: SiteReleases): OfficialDocument[] {
  const draft = consultationDocument(model);
  return [...(draft ? [draft] : []), ...releases.releases.map((r) => releaseDocument(model, releases, r))];
}
