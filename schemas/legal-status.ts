// Where an entry stands on a release's date: the legal effect, not the procedure. Published in every release.
import type { z } from 'zod';
import { labelledEnum } from './common.ts';

export const LEGAL_STATUS = labelledEnum(
  {
    in_force: { zh: '现行有效', en: 'In force' },
    scheduled: { zh: '尚未施行', en: 'Approved, not yet in force' },
    amendment_scheduled: { zh: '现行有效，修订尚未施行', en: 'In force; this amended version takes effect later' },
    repeal_scheduled: { zh: '即将废止', en: 'Repeal approved, not yet effective' },
    repealed: { zh: '已废止', en: 'Repealed' },
  },
  { zh: '发布日的效力状态', en: 'Legal status on the release date' },
);
export type LegalStatus = z.infer<typeof LEGAL_STATUS>;
