// One checklist as HTML, Chinese or English interface: the same function renders the printed page at build time and
// re-renders it in the browser when an officer changes the date or the circumstances. Data text stays Chinese (lang=zh-CN).
import type { Checklist, QuotedBasis } from './checklist.ts';

export type HtmlLang = 'zh' | 'en';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Chinese data on an English page is marked as Chinese (WCAG 3.1.2). */
const zh = (lang: HtmlLang, s: string) => (lang === 'en' ? `<span lang="zh-CN">${esc(s)}</span>` : esc(s));
const label = (lang: HtmlLang, l: { zh: string; en: string }) => esc(l[lang]);
const paren = (lang: HtmlLang, html: string) => (lang === 'zh' ? `（${html}）` : ` (${html})`);

const UI = {
  measures: { zh: '可以采取的措施', en: 'Measures that may be applied' },
  excluded: { zh: '不得采取的措施', en: 'Measures excluded' },
  exemptions: { zh: '适用的豁免', en: 'Exemptions that apply' },
  consider: { zh: '应考虑的豁免', en: 'Exemptions to consider' },
  unavailable: { zh: '所选情形中不能适用的豁免', en: 'Exemptions named that cannot apply' },
  procedure: { zh: '程序', en: 'Procedure' },
  repair: { zh: '信用修复', en: 'Repair' },
  none: { zh: '无。', en: 'None.' },
  kind: { zh: '类别', en: 'Kind' },
  implementers: { zh: '实施单位', en: 'Implementers' },
  appliedBy: { zh: '自行实施的组织', en: 'Applied on their own by' },
  target: { zh: '对象', en: 'Target' },
  duration: { zh: '期限', en: 'Duration' },
  ends: { zh: '终止', en: 'Ends' },
  bases: { zh: '依据', en: 'Bases' },
  conditions: { zh: '条件', en: 'Conditions' },
  source: { zh: '来源', en: 'Source' },
  viaPersons: { zh: '对责任人员', en: 'via responsible persons' },
  discretionary: { zh: '可不惩戒', en: 'may be left unapplied' },
  lenient: { zh: '从轻', en: 'lenient' },
  done: { zh: '已核对', en: 'Checked' },
  tier: { zh: '失信程度', en: 'Tier' },
  period: { zh: '公开期限', en: 'Disclosure period' },
  window: { zh: '公示期限', en: 'Publicity window' },
  months: { zh: '个月', en: 'months' },
  cap: { zh: '上限', en: 'Cap' },
  repairable: { zh: '可否修复', en: 'Repairable' },
  yes: { zh: '可以', en: 'Yes' },
  no: { zh: '不可', en: 'No' },
  removalConditions: { zh: '移出条件', en: 'Removal conditions' },
  removalProcedure: { zh: '移出程序', en: 'Removal procedure' },
  remedies: { zh: '救济措施', en: 'Remedies' },
  notDishonesty: { zh: '不是失信信息，不适用。', en: 'Not dishonesty information: not applicable.' },
  notRecorded: { zh: '依 {id} 不记录该信息。', en: 'Not recorded under {id}.' },
  notPublished: { zh: '依 {id} 不公示。', en: 'Not published under {id}.' },
  unavailableReason: {
    not_in_force: { zh: '该日尚未施行', en: 'not yet in force on the date' },
    repealed: { zh: '该日已废止', en: 'repealed by the date' },
    subject_type: { zh: '不涉及该类主体', en: 'does not concern this subject type' },
    not_concerned: { zh: '不涉及本事项', en: 'does not concern this item' },
  },
} as const;

function box(id: string, text: string): string {
  return `<input type="checkbox" id="${esc(id)}" class="tick"><label for="${esc(id)}" class="tick-label">${text}</label>`;
}

function basesHtml(lang: HtmlLang, bases: readonly QuotedBasis[]): string {
  return `<ul class="checklist-bases">${bases
    .flatMap((b) => b.articles.map((a) => `<li>${zh(lang, `《${b.title}》${a.cited}`)}${a.text ? `<blockquote class="article" lang="zh-CN">${esc(a.text).replace(/\n+/g, '<br>')}</blockquote>` : ''}</li>`))
    .join('')}</ul>`;
}

/** The dynamic part of one subject type's checklist; `entryHref(list, id)` links an entry's page. */
export function checklistHtml(c: Checklist, lang: HtmlLang, entryHref: (list: 'measures' | 'exemptions', id: string) => string): string {
  const p = `${c.subject.type}-`;
  const out: string[] = [];
  const h = (key: keyof typeof UI, n?: number) => `<h3>${label(lang, UI[key] as { zh: string; en: string })}${n === undefined ? '' : lang === 'zh' ? `（${n}）` : ` (${n})`}</h3>`;
  const none = `<p>${label(lang, UI.none)}</p>`;
  const link = (list: 'measures' | 'exemptions', id: string) => `<a href="${esc(entryHref(list, id))}">${esc(id)}</a>`;

  out.push(h('measures', c.measures.length));
  if (c.measures.length === 0) out.push(none);
  else
    out.push(
      `<ol class="checklist-measures">${c.measures
        .map((m) => {
          const flags = [m.via === 'responsible_person' ? UI.viaPersons : undefined, m.discretionary ? UI.discretionary : undefined, m.lenient ? UI.lenient : undefined]
            .filter((f) => f !== undefined)
            .map((f) => `<span class="flag">${label(lang, f!)}</span>`)
            .join(' ');
          const who = m.applied_by
            ? `<dt>${label(lang, UI.appliedBy)}</dt><dd>${m.applied_by.map((o) => label(lang, o.label)).join(lang === 'zh' ? '、' : ', ')}</dd>`
            : `<dt>${label(lang, UI.implementers)}</dt><dd>${zh(lang, m.implementers.map((d) => d.name).join('、'))}</dd>`;
          return `<li data-measure="${esc(m.id)}">${box(`${p}${m.id}`, `${link('measures', m.id)} ${zh(lang, m.title)}`)} ${flags}
<dl class="fields"><dt>${label(lang, UI.kind)}</dt><dd>${label(lang, m.kind_label)}</dd>${who}<dt>${label(lang, UI.target)}</dt><dd>${zh(lang, m.target)}</dd><dt>${label(lang, UI.duration)}</dt><dd>${zh(lang, m.duration)}</dd><dt>${label(lang, UI.ends)}</dt><dd>${zh(lang, m.ends_when)}</dd><dt>${label(lang, UI.bases)}</dt><dd>${basesHtml(lang, m.bases)}</dd></dl></li>`;
        })
        .join('')}</ol>`,
    );

  out.push(h('excluded', c.excluded.length));
  out.push(
    c.excluded.length === 0
      ? none
      : `<ul class="checklist-excluded">${c.excluded
          .map((x) => `<li data-excluded="${esc(x.id)}" data-reason="${esc(x.reason)}">✗ ${link('measures', x.id)} ${zh(lang, x.title)} — ${label(lang, x.reason_label)}${x.by ? `${lang === 'zh' ? '：' : ': '}${link('exemptions', x.by)}` : ''}${x.date ? (lang === 'zh' ? `（${esc(x.date)}）` : ` (${esc(x.date)})`) : ''}</li>`)
          .join('')}</ul>`,
  );

  out.push(h('exemptions', c.exemptions.length));
  if (c.exemptions.length === 0) out.push(none);
  else
    out.push(
      `<ul class="checklist-exemptions">${c.exemptions
        .map(
          (e) =>
            `<li data-exemption="${esc(e.id)}">${link('exemptions', e.id)} ${zh(lang, e.title)} — ${e.effect_labels.map((l) => label(lang, l)).join(lang === 'zh' ? '、' : ', ')}<ul>${e.conditions.map((k, i) => `<li>${box(`${p}${e.id}-${i}`, zh(lang, k))}</li>`).join('')}</ul>${basesHtml(lang, e.bases)}</li>`,
        )
        .join('')}</ul>`,
    );
  if (c.not_recorded_by) out.push(`<p class="flag-line">${label(lang, UI.notRecorded).replace('{id}', link('exemptions', c.not_recorded_by))}</p>`);
  if (c.not_published_by) out.push(`<p class="flag-line">${label(lang, UI.notPublished).replace('{id}', link('exemptions', c.not_published_by))}</p>`);
  if (c.unavailable.length)
    out.push(`${h('unavailable')}<ul>${c.unavailable.map((u) => `<li>${link('exemptions', u.id)} — ${label(lang, UI.unavailableReason[u.reason])}</li>`).join('')}</ul>`);
  if (c.consider.length)
    out.push(
      `${h('consider', c.consider.length)}<ul class="checklist-consider">${c.consider
        .map((e) => `<li data-consider="${esc(e.id)}">${box(`${p}consider-${e.id}`, `${link('exemptions', e.id)} ${zh(lang, e.title)}${paren(lang, label(lang, e.ground_label))}`)}</li>`)
        .join('')}</ul>`,
    );

  out.push(h('procedure'));
  out.push(
    `<ol class="checklist-steps">${c.procedure
      .map((s) => {
        const text = lang === 'zh' ? esc(s.text) : `${esc(s.text_en)}<br><span lang="zh-CN" class="step-zh">${esc(s.text)}</span>`;
        const details = s.details?.length ? `<dl class="fields">${s.details.map((d) => `<dt>${label(lang, d.label)}</dt><dd>${zh(lang, d.value)}</dd>`).join('')}</dl>` : '';
        return `<li data-step="${esc(s.key)}"${s.days === undefined ? '' : ` data-days="${s.days}"`}>${box(`${p}step-${s.key}`, text)}${details}<p class="source">${label(lang, UI.source)}${lang === 'zh' ? '：' : ': '}${zh(lang, s.source)}</p></li>`;
      })
      .join('')}</ol>`,
  );

  out.push(h('repair'));
  const r = c.repair;
  if (!r) out.push(`<p>${label(lang, UI.notDishonesty)}</p>`);
  else {
    const rows: [string, string][] = [[label(lang, UI.tier), label(lang, r.tier_label)]];
    if (r.period) rows.push([label(lang, UI.period), label(lang, r.period.label)]);
    if (r.publicity) rows.push([label(lang, UI.window), `${r.publicity.min_months}–${r.publicity.max_months} ${label(lang, UI.months)}${paren(lang, zh(lang, r.publicity.source))}`]);
    if (r.cap) rows.push([label(lang, UI.cap), `${r.cap.max_months} ${label(lang, UI.months)}${paren(lang, zh(lang, r.cap.basis))}`]);
    rows.push([label(lang, UI.repairable), `${label(lang, r.repairable ? UI.yes : UI.no)}${lang === 'zh' ? '。' : '. '}${label(lang, r.when)}${r.note ? `${lang === 'zh' ? '' : ' '}${zh(lang, r.note)}` : ''}`]);
    if (r.removal)
      rows.push([label(lang, UI.removalConditions), zh(lang, r.removal.conditions)], [label(lang, UI.removalProcedure), zh(lang, r.removal.procedure)], [label(lang, UI.remedies), zh(lang, r.removal.remedies)]);
    rows.push([label(lang, UI.source), zh(lang, r.source)]);
    out.push(`<dl class="fields checklist-repair">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`);
  }
  return out.join('\n');
}
