// Notes and the response to comments are GitHub-flavoured Markdown rendered through a sanitizer: structure kept,
// every script, handler, dangerous URL and raw HTML dropped — in the renderer and in a built page.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownHtml, markdownPlain } from '../lib/site/markdown.ts';
import { buildSite } from '../site/build.ts';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures', 'base');
const work = mkdtempSync(path.join(os.tmpdir(), 'site-markdown-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Payloads that must never reach a page as markup. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">点击</a>',
  '[点击](javascript:alert(1))',
  '[点击](data:text/html,<script>alert(1)</script>)',
  '<iframe src="https://evil.example/"></iframe>',
  '<svg onload=alert(1)>',
  '<a href="https://ok.example/" onclick="alert(1)">链接</a>',
  '![图](https://evil.example/track.png)',
  '<style>body{display:none}</style>',
  '<div id="main" style="position:fixed">覆盖</div>',
  '| 意见 | 处理 |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |',
];
const DANGEROUS = /<script|<iframe|<svg|<img|<style|<div|\son\w+=|javascript:|data:text|\sstyle=|\sid=/i;
/** What no part of a page may carry (the page's own markup has ids and divs). */
const DANGEROUS_ON_PAGE = /<script|<iframe|<svg|<img|<style|\son\w+=|javascript:|data:text|\sstyle=/i;

describe('Markdown of notes and responses', () => {
  it('keeps lists, tables, emphasis and safe links', () => {
    const html = markdownHtml('收到意见2条：\n\n- 采纳1条：**明确**范围。\n- 未采纳1条。\n\n| 意见 | 处理 |\n|---|---|\n| 甲 | 采纳 |\n\n见[条例](https://www.example.gov.cn/x)或来信 <mailto:office@credit.example>。');
    expect(html).toContain('<ul>');
    expect(html).toMatch(/<li>采纳1条：<strong>明确<\/strong>范围。<\/li>/);
    expect(html).toMatch(/<table>[\s\S]*<th>意见<\/th>[\s\S]*<td>采纳<\/td>/);
    expect(html).toContain('<a href="https://www.example.gov.cn/x">条例</a>');
    expect(html).toContain('href="mailto:office@credit.example"');
    expect(markdownPlain('- 甲\n- 乙')).toBe('· 甲\n· 乙');
  });

  it.each(PAYLOADS)('drops %s', (payload) => {
    const html = markdownHtml(`意见说明 ${payload} 结束`);
    expect(html).not.toMatch(DANGEROUS);
    expect(markdownHtml(payload)).not.toMatch(DANGEROUS);
  });

  it('a built page carries none of them, from notes or from a response', async () => {
    const root = path.join(work, 'xss');
    cpSync(FIXTURE, root, { recursive: true });
    const file = path.join(root, 'catalogue', 'ML-0001.yaml');
    const text = readFileSync(file, 'utf8');
    const block = (indent: string) => PAYLOADS.map((p) => `${indent}${p.replace(/\n/g, `\n${indent}`)}\n${indent}`).join('\n');
    writeFileSync(
      file,
      text.replace('  response: 采纳1条，明确了“经责令限期缴纳”的前提。\n', `  response: |-\n${block('    ')}\n`) + `notes: |-\n${block('  ')}\n`,
    );
    const out = path.join(work, 'out');
    const r = await buildSite({ dataRoot: root, outDir: out, quiet: true, today: '2026-11-22' });
    expect(r.output).not.toContain('[ERROR]');
    expect(r.code).toBe(0);
    for (const page of ['catalogue/ML-0001/index.html', 'en/catalogue/ML-0001/index.html', 'consultations/index.html']) {
      const html = readFileSync(path.join(out, page), 'utf8');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(main, page).not.toMatch(DANGEROUS_ON_PAGE);
      const rendered = [...main.matchAll(/class="md">([\s\S]*?)<\/div>/g)].map((m) => m[1]!);
      expect(rendered.length, page).toBeGreaterThan(0);
      for (const md of rendered) {
        expect(md, page).not.toMatch(DANGEROUS);
        expect(md, page).toContain('<table>');
      }
    }
  }, 180_000);
});
