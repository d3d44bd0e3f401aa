import { upstreamLabel } from '../upstream/resolve.ts';
import type { Rule } from './rule.ts';

const normalise = (s: string) => s.replace(/[\s（）()、，,。.“”"《》；;：:]/g, '');

/** Share of character bigrams two texts have in common (Dice coefficient): 1 for the same text. */
export function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = Math.max(a.length - 1, 0) + Math.max(b.length - 1, 0);
  return total === 0 ? (a === b ? 1 : 0) : (2 * shared) / total;
}

/** Above this, an item reads as a reworded copy of an upstream one. */
export const NEAR_COPY = 0.85;

/** Rule 4: an item already in an upper level's catalogue (national or provincial) is not repeated in the supplement. */
export const rule: Rule = {
  code: 'P04-national-duplicate',
  severity: 'error',
  title: { zh: '不得重复列入全国或上级目录已有事项', en: 'Do not repeat items of the national or an upper level’s catalogue' },
  source: '江苏省实施方案 三（二）；南京市实施方案（宁信用〔2021〕1号）二（一）',
  settings: ['national_catalogue', 'lists.catalogue.scope'],
  check(ctx) {
    // A whole catalogue contains the national and upper levels' items by design.
    if (ctx.profile.catalogueScope.scope === 'whole') return;
    const national = new Map((ctx.jurisdiction?.national_catalogue ?? []).map((t) => [normalise(t), t]));
    const upstream = [...ctx.repo.upstream.all('catalogue')].map(({ release, entry }) => {
      const e = entry as unknown as { id: string; title: string; content?: string };
      return { release, id: e.id, title: normalise(e.title), content: normalise(e.content ?? '') };
    });
    if (!national.size && !upstream.length) return;
    for (const f of ctx.entries('catalogue')) {
      const hit = national.get(normalise(f.entry.title));
      if (hit)
        ctx.report(
          f,
          ['title'],
          { zh: `“${hit}”已列入全国公共信用信息基础目录，补充目录不再列入`, en: `"${hit}" is already in the national base catalogue` },
          { zh: '删除此提议，或说明其与全国目录事项的区别并更改名称和内容。', en: 'Withdraw the proposal, or make clear how it differs from the national item.' },
        );
      const title = normalise(f.entry.title);
      const content = normalise(f.entry.content);
      for (const u of upstream) {
        const label = upstreamLabel(u.release);
        const exact = u.title === title || (content.length > 0 && u.content === content);
        const score = Math.max(similarity(u.title, title), similarity(u.content, content));
        if (!exact && score < NEAR_COPY) continue;
        ctx.report(
          f,
          [exact && u.title !== title ? 'content' : 'title'],
          exact
            ? { zh: `与${label.zh}的 ${u.id} 相同：上级目录已有的事项不再列入`, en: `The same as ${u.id} of ${label.en}: an item the upper level lists is not repeated` }
            : { zh: `与${label.zh}的 ${u.id} 几乎相同（相似度 ${Math.round(score * 100)}%）`, en: `Nearly the same as ${u.id} of ${label.en} (${Math.round(score * 100)}% alike)` },
          { zh: `删除此事项，需要时直接引用 ${u.release.pin.division_code}:${u.id}；确有不同的，写明区别。`, en: `Remove it and cite ${u.release.pin.division_code}:${u.id} where needed; if it really differs, make the difference plain.` },
          exact ? {} : { severity: 'warning' },
        );
      }
    }
  },
};
