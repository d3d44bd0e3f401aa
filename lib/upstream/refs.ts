// What the cross-list rules say about a qualified reference (`110000:ML-0023`): resolved against the pinned upstream releases.
import { LIST_OF_PUBLISHED, LISTS, type ListKind } from '../../schemas/index.ts';
import type { Bilingual } from '../diagnostics.ts';
import type { UpstreamLayers } from './resolve.ts';
import { upstreamLabel } from './resolve.ts';


export interface RefProblem {
  message: Bilingual;
  hint: Bilingual;
  severity?: 'warning';
}

/** Why a qualified reference does not resolve to an entry of the right list, or undefined when it does. */
export function unresolvedUpstreamRef(layers: UpstreamLayers, kind: ListKind, ref: string): RefProblem | undefined {
  const hit = layers.lookup(ref, LISTS[kind].published);
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
      const other = hit.otherList && LIST_OF_PUBLISHED[hit.otherList];
      return {
        message: {
          zh: `${label.zh}中没有${LISTS[kind].entry.zh} ${hit.id}`,
          en: `${label.en} has no ${LISTS[kind].entry.en} ${hit.id}`,
        },
        hint: other
          ? { zh: `${hit.id} 是${LISTS[other].entry.zh}，这里需要${LISTS[kind].entry.zh}的编号。`, en: `${hit.id} is a ${LISTS[other].entry.en}; a ${LISTS[kind].entry.en} ID is needed here.` }
          : { zh: `检查编号；上级已发布的条目见 ${hit.release.dir}/。`, en: `Check the ID; the upper level’s published entries are in ${hit.release.dir}/.` },
      };
    }
  }
}

/** Why a live entry may not rest on this upstream entry (repealed there), or undefined. */
export function inactiveUpstreamRef(layers: UpstreamLayers, kind: ListKind, ref: string): RefProblem | undefined {
  const hit = layers.lookup(ref, LISTS[kind].published);
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
