// The word-level redline of amendments: only the changed words are marked, tags stay whole, screen readers hear it.
import { describe, expect, it } from 'vitest';
import { redline, REDLINE_WORDS } from '../lib/site/redline.ts';

const strip = (html: string) => html.replace(/<span class="visually-hidden">[^<]*<\/span>/g, '');

describe('redline', () => {
  it('marks the inserted and deleted Chinese words, not the whole value', () => {
    const r = redline('对失信主体限制享受便利措施。', '对失信主体依法限制享受相关便利措施。', REDLINE_WORDS.zh);
    expect(r.changed).toBe(true);
    expect(strip(r.after)).toBe('对失信主体<ins>依法</ins>限制享受<ins>相关</ins>便利措施。');
    expect(strip(r.before)).toBe('对失信主体限制享受便利措施。');
    expect(r.after).toContain('<span class="visually-hidden">［增加：</span>依法<span class="visually-hidden">］</span>');
  });

  it('marks deletions in the version in force', () => {
    const r = redline('第四十八条第二款授权规定移出条件。', '第四十八条授权规定。', REDLINE_WORDS.en);
    expect(strip(r.before)).toMatch(/<del>第二款<\/del>/);
    expect(r.before).toContain('[deleted: ');
    expect(strip(r.after)).not.toContain('<del>');
  });

  it('keeps tags whole and unmarked', () => {
    const r = redline('<ul><li>甲</li><li>乙</li></ul>', '<ul><li>甲</li><li>丙</li></ul>', REDLINE_WORDS.zh);
    expect(strip(r.after)).toBe('<ul><li>甲</li><li><ins>丙</ins></li></ul>');
    expect(strip(r.before)).toBe('<ul><li>甲</li><li><del>乙</del></li></ul>');
    const same = redline('<a href="/x">相同</a>', '<a href="/x">相同</a>', REDLINE_WORDS.zh);
    expect(same.changed).toBe(false);
    expect(same.after).toBe('<a href="/x">相同</a>');
  });
});
