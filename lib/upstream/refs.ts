// What the cross-list rules say about a qualified reference (`370000:ML-0023`): resolved against the pinned upstream releases.
import type { ListKind } from '../../schemas/index.ts';
import type { Bilingual } from '../diagnostics.ts';
import type { UpstreamLayers } from './resolve.ts';
import { upstreamLabel } from './resolve.ts';

const PUBLISHED_NAME = { catalogue: 'catalogue', measure: 'measures', exemption: 'exemptions' } as const;
const ENTRY_NAME: Record<ListKind, Bilingual> = {
  catalogue: { zh: '目录事项', en: 'catalogue item' },
  measure: { zh: '惩戒措施', en: 'measure' },
  exemption: { zh: '豁免事项', en: 'exemption' },
};

export interface RefProblem {
  message: Bilingual;
  hint: Bilingual;
  severity?: 'warning';
}

/** Why a qualified reference does not resolve to an entry of the right list, or undefined when it does. */
export function unresolvedUpstreamRef(layers: UpstreamLayers, kind: ListKind, ref: string): RefProblem | undefined {
  const hit = layers.lookup(ref, PUBLISHED_NAME[kind]);
  switch (hit.found) {
    case 'local':
    case 'entry':
      return undefined;
    case 'no-upstream':
      return {
        message: { zh: `${ref} 引用的上级辖区 ${hit.divisionCode} 未在 jurisdiction.yaml 的 upstream 中列出`, en: `${ref} names upstream ${hit.divisionCode}, which jurisdiction.yaml does not list under upstream` },
        hint: { zh: '检查行政区划代码；或在 jurisdiction.yaml 的 upstream 中固定该上级的发布版本并运行 npm run upstream:sync。', en: 'Check the division code, or pin that upper level’s release under upstream in jurisdiction.yaml and run npm run upstream:sync.' },
      };
    case 'unverified': {
      const label = upstreamLabel(hit.release);
      return {
        message: { zh: `无法核对 ${ref}：所依据的${label.zh}尚未获取或未通过校验`, en: `Cannot check ${ref}: the pinned ${label.en} is not vendored or does not verify` },
        hint: { zh: '运行 npm run upstream:sync；已获取的副本不得改动。', en: 'Run npm run upstream:sync; vendored copies are never edited.' },
      };
    }
    case 'missing': {
      const label = upstreamLabel(hit.release);
      const other = hit.otherList && (Object.keys(PUBLISHED_NAME) as ListKind[]).find((k) => PUBLISHED_NAME[k] === hit.otherList);
      return {
        message: {
          zh: `${label.zh}中没有${ENTRY_NAME[kind].zh} ${hit.id}`,
          en: `${label.en} has no ${ENTRY_NAME[kind].en} ${hit.id}`,
        },
        hint: other
          ? { zh: `${hit.id} 是${ENTRY_NAME[other].zh}，这里需要${ENTRY_NAME[kind].zh}的编号。`, en: `${hit.id} is a ${ENTRY_NAME[other].en}; a ${ENTRY_NAME[kind].en} ID is needed here.` }
          : { zh: `检查编号；上级已发布的条目见 ${hit.release.dir}/。`, en: `Check the ID; the upper level’s published entries are in ${hit.release.dir}/.` },
      };
    }
  }
}

/** Why a live entry may not rest on this upstream entry (repealed there), or undefined. */
export function inactiveUpstreamRef(layers: UpstreamLayers, kind: ListKind, ref: string): RefProblem | undefined {
  const hit = layers.lookup(ref, PUBLISHED_NAME[kind]);
  if (hit.found !== 'entry') return undefined;
  const label = upstreamLabel(hit.release);
  const status = (hit.entry as { legal_status: string }).legal_status;
  const repeal = (hit.entry as { repeal?: { effective: string } }).repeal;
  if (status === 'repealed')
    return {
      message: { zh: `引用的 ${ref} 在${label.zh}中已废止`, en: `${ref} is repealed in ${label.en}` },
      hint: { zh: '删除该引用，或一并提出修订或废止本条目。', en: 'Remove the reference, or amend or repeal this entry too.' },
    };
  if (status === 'repeal_scheduled')
    return {
      severity: 'warning',
      message: { zh: `引用的 ${ref} 在${label.zh}中将于 ${repeal?.effective ?? ''} 废止`, en: `${ref} is to be repealed on ${repeal?.effective ?? ''} in ${label.en}` },
      hint: { zh: '在上级废止生效前修订或废止本条目。', en: 'Amend or repeal this entry before the upstream repeal takes effect.' },
    };
  return undefined;
}
