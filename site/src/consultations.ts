// The consultations of the lists, grouped once per model: open now, about to open, closed awaiting a decision, and
// concluded (newest first, the one group that grows with the lists: its table is paginated).
import { oncePerModel, type SiteEntry, type SiteModel } from '../../lib/site/model.ts';

export interface ConsultationGroups {
  open: SiteEntry[];
  upcoming: SiteEntry[];
  awaiting: SiteEntry[];
  concluded: SiteEntry[];
}

const byCloses = (a: SiteEntry, b: SiteEntry) => (a.phase.closes ?? '').localeCompare(b.phase.closes ?? '');

export function consultationGroups(model: SiteModel): ConsultationGroups {
  return oncePerModel(model, 'consultation groups', () => ({
    open: model.entries.filter((e) => e.phase.code === 'consultation_open').sort(byCloses),
    upcoming: model.entries.filter((e) => e.phase.code === 'consultation_upcoming').sort(byCloses),
    awaiting: model.entries.filter((e) => e.phase.code === 'consultation_closed').sort(byCloses),
    concluded: model.entries
      .filter((e) => e.data.consultation && e.data.status !== 'consultation' && e.data.consultation.closes < model.today)
      .sort(byCloses)
      .reverse(),
  }));
}
