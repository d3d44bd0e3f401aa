// Plain-text forms of a checklist and of an in-force report, Chinese first with English, for the terminal and for print.
import type { InForceReport } from './archive.ts';
import type { Checklist, QuotedBasis } from './checklist.ts';

const LIST_LABEL = { catalogue: '公共信用信息补充目录 Catalogue', measures: '失信惩戒措施补充清单 Measures', exemptions: '惩戒豁免行为清单 Exemptions' } as const;

function bases(b: readonly QuotedBasis[], indent: string): string[] {
  const out: string[] = [];
  for (const x of b)
    for (const a of x.articles) {
      out.push(`${indent}《${x.title}》${a.cited}`);
      if (a.text) out.push(...a.text.split(/\n+/).filter(Boolean).map((l) => `${indent}  ${l}`));
    }
  return out;
}

export function checklistText(c: Checklist): string {
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  push(`办案清单 Case checklist · ${c.item.id} ${c.item.title}`);
  if (c.item.title_en) push(`  ${c.item.title_en}`);
  push(
    `日期 Date: ${c.date} · 主体 Subject: ${c.subject.label.zh}（${c.subject.label.en}）`,
    `事项效力 Item: ${c.item.legal_status === 'in_force' ? '该日施行 in force' : c.item.legal_status === 'repealed' ? '该日已废止 repealed' : '该日尚未施行 not yet in force'}（${c.item.valid_from} 起 from${c.item.valid_to ? `，至 ${c.item.valid_to} to` : ''}；${c.item.approval.body} ${c.item.approval.document_number}）`,
    `依据版本 Release: ${c.release.version}（${c.release.edition}，${c.release.releaseDate}）manifest SHA-256 ${c.release.manifestSha256}`,
  );
  if (c.jurisdiction.example) push('示例数据，非官方发布。Example data, not an official publication.');
  if (c.circumstances.length) push(`情形 Circumstances: ${c.circumstances.join('、')}`);
  push('');

  push(`一、可以采取的措施 Measures that may be applied（${c.measures.length}）`);
  if (c.measures.length === 0) push('  无。None.');
  c.measures.forEach((m, i) => {
    const flags = [m.via === 'responsible_person' ? '对责任人员 via responsible persons' : '', m.discretionary ? `可不惩戒 discretionary（${m.by?.join('、')}）` : '', m.lenient ? '从轻 lenient' : ''].filter(Boolean);
    push(`  [ ] ${i + 1}. ${m.id} ${m.title}${flags.length ? `  〔${flags.join('；')}〕` : ''}`);
    push(`      类别 Kind: ${m.kind_label.zh}（${m.kind_label.en}）`);
    if (m.implementers.length) push(`      实施单位 Implementers: ${m.implementers.map((d) => d.name).join('、')}`);
    if (m.applied_by) push(`      自行实施 Applied on their own by: ${m.applied_by.map((o) => `${o.label.zh}（${o.label.en}）`).join('、')}`);
    push(`      对象 Target: ${m.target}`, `      期限 Duration: ${m.duration}`, `      终止 Ends: ${m.ends_when}`, '      依据 Bases:', ...bases(m.bases, '        '));
  });
  push('');
  push(`二、不得采取的措施 Measures excluded（${c.excluded.length}）`);
  if (c.excluded.length === 0) push('  无。None.');
  for (const x of c.excluded)
    push(`  ✗ ${x.id} ${x.title} — ${x.reason_label.zh}（${x.reason_label.en}）${x.by ? `：${x.by}` : ''}${x.date ? ` [${x.date}]` : ''}`);
  push('');
  push(`三、适用的豁免 Exemptions that apply（${c.exemptions.length}）`);
  if (c.exemptions.length === 0) push('  无。None.');
  for (const e of c.exemptions) {
    push(`  [ ] ${e.id} ${e.title} — ${e.effect_labels.map((l) => `${l.zh}（${l.en}）`).join('、')}`);
    for (const k of e.conditions) push(`      [ ] ${k}`);
    push(...bases(e.bases, '      '));
  }
  if (c.not_recorded_by) push(`  依 ${c.not_recorded_by} 不记录该信息。Not recorded under ${c.not_recorded_by}.`);
  if (c.not_published_by) push(`  依 ${c.not_published_by} 不公示。Not published under ${c.not_published_by}.`);
  for (const u of c.unavailable) push(`  ! ${u.id}：该日不能适用（${u.reason}）。Cannot be applied on the date (${u.reason}).`);
  if (c.consider.length) {
    push('', `  应考虑的豁免 Exemptions to consider（${c.consider.length}）`);
    for (const e of c.consider) push(`  [ ] ${e.id} ${e.title}（${e.ground_label.zh} ${e.ground}）`);
  }
  push('');
  push('四、程序 Procedure');
  for (const s of c.procedure) {
    push(`  [ ] ${s.step}. ${s.text}`, `       ${s.text_en}`);
    for (const d of s.details ?? []) push(`       ${d.label.zh} ${d.label.en}: ${d.value}`);
    push(`       来源 Source: ${s.source}`);
  }
  push('');
  push('五、信用修复 Repair');
  if (!c.repair) push('  不是失信信息，不适用。Not dishonesty information: not applicable.');
  else {
    const r = c.repair;
    push(`  失信程度 Tier: ${r.tier_label.zh}（${r.tier_label.en}）`);
    if (r.period) push(`  公开期限 Disclosure period: ${r.period.label.zh}（${r.period.label.en}）${r.period.set_by_law ? ' — 由法律、行政法规规定 set by law' : ''}`);
    if (r.publicity) push(`  公示期限 Publicity window: ${r.publicity.min_months}–${r.publicity.max_months} 个月 months（${r.publicity.source}）`);
    if (r.cap) push(`  上限 Cap: ${r.cap.max_months} 个月 months（${r.cap.basis}）`);
    push(`  可否修复 Repairable: ${r.repairable ? '可以 yes' : '不可 no'}`, `  ${r.when.zh}`, `  ${r.when.en}`);
    if (r.note) push(`  ${r.note}`);
    if (r.removal) push(`  移出条件 Removal conditions: ${r.removal.conditions}`, `  移出程序 Removal procedure: ${r.removal.procedure}`, `  救济措施 Remedies: ${r.removal.remedies}`);
    push(`  来源 Source: ${r.source}`);
  }
  return lines.join('\n') + '\n';
}

export function inForceText(r: InForceReport): string {
  const lines = [`${r.date} 施行的清单条目 Entries in force on ${r.date}`, `依据版本 Release: ${r.release.version}（${r.release.edition}，${r.release.releaseDate}）manifest SHA-256 ${r.release.manifestSha256}`];
  for (const [list, entries] of Object.entries(r.lists) as [keyof typeof LIST_LABEL, InForceReport['lists'][keyof InForceReport['lists']]][]) {
    lines.push('', `${LIST_LABEL[list]}（${entries!.length}）`);
    for (const e of entries!) lines.push(`  ${e.id}  ${e.title}  ${e.valid_from} – ${e.valid_to ?? ''}  ${e.approval.document_number}`);
  }
  return lines.join('\n') + '\n';
}
