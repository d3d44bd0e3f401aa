// G31-upstream-moved: moving a pin to a new upstream version lists, for review, every upstream entry it adds, amends or repeals.
import { LIST_KINDS, LISTS, UPSTREAM_DIR, UpstreamPin, type UpstreamPin as Pin } from '../../../schemas/index.ts';
import { read, type Snapshot } from '../../git.ts';
import { canonicalJson } from '../../release/canonical.ts';
import { parseYaml, positionOf } from '../../yaml.ts';
import { type GovernanceCheck } from './check.ts';

const CONFIG = 'jurisdiction.yaml';

function pinsAt(snapshot: Snapshot): { pins: Pin[]; parsed: ReturnType<typeof parseYaml> | undefined } {
  const bytes = read(snapshot, CONFIG);
  if (!bytes) return { pins: [], parsed: undefined };
  const parsed = parseYaml(bytes.toString('utf8'));
  const raw = (parsed.data as { upstream?: unknown } | undefined)?.upstream;
  const pins = Array.isArray(raw) ? raw.flatMap((p) => (UpstreamPin.safeParse(p).success ? [p as Pin] : [])) : [];
  return { pins, parsed };
}

/** Entries of one vendored release at head, by ID, as canonical JSON without the release-day status. */
function vendoredEntries(head: Snapshot, pin: Pin): Map<string, { text: string; status: string }> {
  const files = LIST_KINDS.map((k) => `${UPSTREAM_DIR}/${pin.division_code}/${pin.version}/${LISTS[k].published}.json`);
  const out = new Map<string, { text: string; status: string }>();
  for (const bytes of head.readMany(files).values()) {
    try {
      for (const e of (JSON.parse(bytes.toString('utf8')) as { entries: { id: string; legal_status: string }[] }).entries) {
        const { legal_status, ...rest } = e;
        out.set(e.id, { text: canonicalJson(rest), status: legal_status });
      }
    } catch {
      /* a damaged copy is the validator's upstream-unverified */
    }
  }
  return out;
}

export const check = {
  key: 'upstreamMoved',
  code: 'G31-upstream-moved',
  severity: 'warning',
  title: { zh: '改用上级新版本时，列出上级条目的变化供审查', en: 'A pin moved to a new upstream version lists what changed upstream, for review' },
  source: '南京市实施方案（宁信用〔2021〕1号）二（一）、四（一）（依据全国、省目录和清单编制本级补充目录和清单）',
  reports: 'when `jurisdiction.yaml` moves an `upstream` pin to another version: every upstream entry added, amended or repealed between the two versions',
  change(c, report) {
    // The pins are in jurisdiction.yaml: a change that leaves it alone moves none.
    if (!Object.values(c.byClass).some((changes) => changes.some((ch) => ch.path === CONFIG))) return;
    const before = pinsAt(c.base).pins;
    const { pins: after, parsed } = pinsAt(c.head);
    after.forEach((pin, i) => {
      const old = before.find((p) => p.division_code === pin.division_code);
      if (!old || old.version === pin.version || !parsed) return;
      const was = vendoredEntries(c.head, old);
      const now = vendoredEntries(c.head, pin);
      const added = [...now.keys()].filter((id) => !was.has(id));
      const amended = [...now.keys()].filter((id) => was.has(id) && was.get(id)!.text !== now.get(id)!.text && now.get(id)!.status !== 'repealed');
      const repealed = [...now.keys()].filter((id) => now.get(id)!.status === 'repealed' && was.get(id)?.status !== 'repealed');
      if (!added.length && !amended.length && !repealed.length) return;
      const list = (zh: string, en: string, ids: string[]) => (ids.length ? { zh: `${zh}：${ids.join('、')}`, en: `${en}: ${ids.join(', ')}` } : undefined);
      const parts = [list('新增', 'added', added), list('修订或勘误', 'amended or corrected', amended), list('废止', 'repealed', repealed)].filter((p) => p !== undefined);
      report(
        CONFIG,
        positionOf(parsed, ['upstream', i, 'version']),
        {
          zh: `${pin.name}（${pin.division_code}）由 ${old.version} 版改为 ${pin.version} 版，上级条目的变化：${parts.map((p) => p.zh).join('；')}`,
          en: `${pin.name} (${pin.division_code}) moves from ${old.version} to ${pin.version}; upstream entries ${parts.map((p) => p.en).join('; ')}`,
        },
        { zh: '审查本辖区引用这些条目的措施和豁免是否仍然适当；引用已废止条目的会在校验中报错（ref-inactive）。', en: 'Review the local measures and exemptions that cite these entries; citing a repealed one fails validation (ref-inactive).' },
        `upstream.${i}.version`,
      );
    });
  },
} as const satisfies GovernanceCheck;
