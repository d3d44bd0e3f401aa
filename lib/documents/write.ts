// The official documents of a built site as files: Chromium prints each document page to PDF, and the DOCX is written
// with the `docx` library from the same document model (each document page carries it in data-document).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chromium } from 'playwright-core';
import { serveStatic } from '../static-server.ts';
import type { OfficialDocument } from '../../site/src/documents.ts';

export interface DocumentsIndex {
  /** Base path the site was built for. */
  base: string;
  documents: OfficialDocument[];
}

const unescape = (s: string) => s.replace(/&(quot|amp|lt|gt|#39|#x27);/g, (_, e: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'", '#x27': "'" })[e]!);

/** The documents a built site holds: every page under documents/ with its model in data-document. */
export function readDocumentsIndex(siteDir: string): DocumentsIndex {
  const dir = path.join(siteDir, 'documents');
  if (!existsSync(dir)) return { base: '/', documents: [] };
  let base = '/';
  const documents: OfficialDocument[] = [];
  for (const f of (readdirSync(dir, { recursive: true }) as string[]).filter((x) => x.endsWith('index.html')).sort()) {
    const html = readFileSync(path.join(dir, f), 'utf8');
    const m = /<main[^>]*\sdata-document="([^"]*)"[^>]*\sdata-base="([^"]*)"/.exec(html);
    if (!m) continue;
    documents.push(JSON.parse(unescape(m[1]!)) as OfficialDocument);
    base = unescape(m[2]!);
  }
  return { base, documents };
}

/** Write a file whole or not at all. */
function writeAtomic(file: string, data: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'FangSong', cs: 'Times New Roman' };
const run = (text: string, opts: { bold?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, ...(opts.bold ? { bold: true } : {}), size: opts.size ?? 21 });
const centred = (text: string, opts: { bold?: boolean; size?: number } = {}) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(text, opts)] });
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const cellBorders = { top: line, bottom: line, left: line, right: line };

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    borders: cellBorders,
    children: text.split('\n').map((l) => new Paragraph({ children: [run(l, { bold: header, size: 18 })] })),
  });
}

/** The DOCX of one document: the notice and meta on the first page, then each attachment on landscape pages of its own. */
export async function docxOf(doc: OfficialDocument): Promise<Uint8Array> {
  const landscape = { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1000, bottom: 1000, left: 850, right: 850 } } };
  const head = [
    ...(doc.notice ? [new Paragraph({ spacing: { after: 200 }, children: [run('示例　', { bold: true }), run(doc.notice)] })] : []),
    centred(doc.title, { bold: true, size: 36 }),
    ...doc.meta.map((m) => centred(`${m.label}：${m.value}`)),
  ];
  const doc2 = new Document({
    creator: doc.meta.find((m) => m.label === '审定机关' || m.label === '征求意见单位')?.value ?? '',
    title: doc.title,
    sections: [
      { properties: landscape, children: head },
      ...doc.attachments.map((a) => ({
        properties: landscape,
        children: [
          new Paragraph({ spacing: { after: 120 }, children: [run(a.label, { bold: true, size: 24 })] }),
          centred(a.title, { bold: true, size: 30 }),
          ...a.lines.map((l) => centred(l)),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: a.table.columns.map((c) => cell(c, true)) }),
              ...a.table.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
            ],
          }),
        ],
      })),
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc2));
}

export interface WrittenDocument {
  path: string;
  pdf: string;
  docx: string;
}

/** Print every document of the built site in `siteDir` to PDF and write its DOCX beside its page. */
export async function writeDocuments(siteDir: string, opts: { chromiumPath?: string } = {}): Promise<WrittenDocument[]> {
  const { base, documents } = readDocumentsIndex(siteDir);
  if (!documents.length) return [];
  const server = await serveStatic({ dir: siteDir, base });
  const browser = await chromium.launch({
    executablePath: opts.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const written: WrittenDocument[] = [];
  try {
    const page = await browser.newPage();
    for (const doc of documents) {
      const dir = path.join(siteDir, ...doc.path.split('/').filter(Boolean));
      await page.goto(`${server.url}${doc.path}`);
      const pdf = path.join(dir, `${doc.file}.pdf`);
      writeAtomic(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: `<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>` }));
      const docx = path.join(dir, `${doc.file}.docx`);
      writeAtomic(docx, await docxOf(doc));
      written.push({ path: doc.path, pdf, docx });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}
