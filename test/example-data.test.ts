// The bundled Shandong example: enough entries, every lifecycle state, clean validation, and the law quoted word for word.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Basis, Lifecycle, ListKind } from '../schemas/index.ts';
import { Repository } from '../lib/repository.ts';
import { validate } from '../lib/validate.ts';

const ROOT = path.join(import.meta.dirname, '..');
/** The day the example's second edition describes: later approvals are "scheduled", consultations open on it are "open". */
const EXAMPLE_TODAY = '2026-11-22';

const repo = new Repository(ROOT);

function listEntries(kind: ListKind): { id: string; file: string; entry: Lifecycle & { notes?: string } }[] {
  return repo.all(kind).map((f) => {
    if (!f.entry) throw new Error(`${f.file} does not load`);
    return { id: f.id, file: f.file, entry: f.entry };
  });
}
const ALL_KINDS: ListKind[] = ['catalogue', 'measure', 'exemption'];
const everything = () => ALL_KINDS.flatMap(listEntries);

/** Whitespace and line breaks are the only differences allowed between a quote and the official text. */
const normalise = (s: string) => s.replace(/[\s\u3000]+/g, '');

const ARTICLE_START = /^(第[一二三四五六七八九十百零]+条(?:之[一二三四五六七八九十]+)?)[ \u3000](.*)$/;

/** The articles of a reference text: each runs from its number to the next article or heading. */
function articlesOf(markdown: string): Map<string, string> {
  const body = markdown.split('<!-- INFO END -->')[1] ?? markdown;
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of body.split('\n')) {
    const m = ARTICLE_START.exec(line);
    if (m) out.set(m[1]!, (current = [m[2]!]));
    else if (line.startsWith('#')) current = undefined;
    else current?.push(line);
  }
  return new Map([...out].map(([k, v]) => [k, v.join('\n').trim()]));
}

/** The reference file a basis names in its source_note, by the convention reference/laws/<file>.md. */
function referenceFileOf(basis: Basis): string | undefined {
  const m = /reference\/laws\/([^\s，。；、）]+?\.md)/.exec(basis.source_note ?? '');
  return m ? path.join(ROOT, 'reference', 'laws', m[1]!) : undefined;
}

/** 2020-07-24 → 2020年7月24日, the way the texts write dates. */
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe('article extraction (the tool the verbatim check relies on)', () => {
  const shandong = articlesOf(readFileSync(path.join(ROOT, 'reference/laws/山东省社会信用条例(2020-07-24).md'), 'utf8'));

  it('finds every article and stops each at the next one', () => {
    expect(shandong.size).toBe(61);
    expect(shandong.get('第十三条')).toContain('（三）人民法院发布的失信被执行人信息；');
    expect(shandong.get('第十三条')).toMatch(/不纳入公共信用信息数据清单。$/);
    expect(shandong.get('第十三条')).not.toContain('第十四条');
  });

  it('stops an article at a chapter heading', () => {
    expect(shandong.get('第二十四条')).toMatch(/（四）法律、行政法规禁止的其他行为。$/);
  });

  it('tells a changed character apart, and ignores only whitespace', () => {
    const text = shandong.get('第三十八条')!;
    expect(normalise(text.replace(/\n\n/g, '\n'))).toBe(normalise(text));
    expect(normalise(text.replace('五年', '三年'))).not.toBe(normalise(text));
  });
});

describe('legal-basis register', () => {
  const bases = repo.all('basis');

  it('has instruments, each loading and naming its reference text', () => {
    expect(bases.length).toBeGreaterThanOrEqual(5);
    for (const f of bases) {
      expect(f.entry, `${f.file} loads`).toBeDefined();
      const ref = referenceFileOf(f.entry!);
      expect(ref, `${f.file}: source_note names reference/laws/<file>.md`).toBeDefined();
      expect(existsSync(ref!), `${ref} exists`).toBe(true);
    }
  });

  for (const f of bases) {
    const basis = f.entry;
    if (!basis) continue;
    const ref = referenceFileOf(basis);
    if (!ref || !existsSync(ref)) continue;
    const official = readFileSync(ref, 'utf8');
    const articles = articlesOf(official);

    it.each(basis.articles.map((a) => [a.number, a.text] as const))(`${f.id} %s is quoted word for word, all paragraphs`, (number, text) => {
      const original = articles.get(number);
      expect(original, `${number} exists in ${path.basename(ref)}`).toBeDefined();
      expect(normalise(text)).toBe(normalise(original!));
    });

    it(`${f.id}: its dates and document number are those the text gives`, () => {
      const header = official.split('<!-- INFO END -->')[0]!;
      const dates = [basis.adopted, ...(basis.amended ?? []), basis.effective].filter((d): d is string => d !== undefined);
      for (const d of dates) {
        const inText = official.includes(chineseDate(d));
        const inName = path.basename(ref).includes(`(${d})`);
        expect(inText || inName, `${d} appears in ${path.basename(ref)} or its name`).toBe(true);
      }
      if (basis.effective) expect(official, 'effective date given by the text').toContain(`${chineseDate(basis.effective)}起施行`);
      if (basis.document_number) expect(header).toContain(basis.document_number);
      expect(header).toContain(`# ${basis.title}`);
    });
  }
});

describe('example lists', () => {
  const approved = (kind: ListKind) => listEntries(kind).filter((e) => e.entry.status === 'approved');

  it('have at least 25 catalogue items, 20 measures and 8 exemptions approved', () => {
    expect(approved('catalogue').length).toBeGreaterThanOrEqual(25);
    expect(approved('measure').length).toBeGreaterThanOrEqual(20);
    expect(approved('exemption').length).toBeGreaterThanOrEqual(8);
  });

  it('exercise every status', () => {
    const statuses = new Set(everything().map((e) => e.entry.status));
    expect([...statuses].sort()).toEqual(['approved', 'consultation', 'proposed', 'rejected', 'repealed']);
  });

  it('exercise every kind of history: import, amendment, correction, repeal, rejection', () => {
    const events = new Set(everything().flatMap((e) => e.entry.history.map((h) => h.event)));
    for (const ev of ['imported', 'proposed', 'consultation_opened', 'consultation_closed', 'approved', 'amendment_proposed', 'amended', 'corrected', 'repeal_proposed', 'repealed', 'rejected'] as const)
      expect(events, ev).toContain(ev);
  });

  it('have entries in force, scheduled, and a consultation open on the example day', () => {
    const approvals = everything().flatMap((e) => (e.entry.status === 'approved' && e.entry.approval ? [e.entry.approval] : []));
    expect(approvals.some((a) => a.effective <= EXAMPLE_TODAY)).toBe(true);
    expect(approvals.some((a) => a.effective > EXAMPLE_TODAY)).toBe(true);
    const open = everything().filter((e) => e.entry.status === 'consultation' && e.entry.consultation!.opens <= EXAMPLE_TODAY && EXAMPLE_TODAY <= e.entry.consultation!.closes);
    expect(open.length).toBeGreaterThan(0);
    const future = everything().flatMap((e) => e.entry.history.filter((h) => h.date > EXAMPLE_TODAY).map((h) => `${e.file} ${h.date}`));
    expect(future).toEqual([]);
  });

  it('keep the earlier approval of an amended entry in its history', () => {
    const amended = everything().filter((e) => e.entry.history.some((h) => h.event === 'amended'));
    expect(amended.length).toBeGreaterThan(0);
    for (const { entry } of amended) {
      const last = entry.history.filter((h) => h.event === 'amended').at(-1)!;
      expect(last.ref).toBe(entry.approval!.document_number);
      const earlier = entry.history.find((h) => h.event === 'approved' || h.event === 'imported');
      expect(earlier?.ref).toBeDefined();
      expect(earlier!.ref).not.toBe(entry.approval!.document_number);
    }
  });

  it('mark every procedural document number as illustrative (示例)', () => {
    for (const { file, entry } of everything()) {
      const numbers = [entry.approval?.document_number, entry.repeal?.document_number, ...entry.history.map((h) => h.ref)].filter((n): n is string => n !== undefined);
      for (const n of numbers) expect(n, file).toMatch(/^示例〔\d{4}〕\d+号$/);
    }
  });
});

describe('validation of the repository root', () => {
  const { diagnostics, files } = validate(ROOT);

  it('checks every data file and finds no errors', () => {
    expect(files.length).toBeGreaterThan(60);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code} ${d.message.en}`)).toEqual([]);
  });

  it('leaves no warning unexplained: each names its rule in the entry’s notes', () => {
    for (const d of diagnostics.filter((x) => x.severity === 'warning')) {
      const text = readFileSync(path.join(ROOT, d.file), 'utf8');
      expect(/^notes:/m.test(text) && text.includes(d.code), `${d.file}: ${d.code} explained in notes`).toBe(true);
    }
  });
});
