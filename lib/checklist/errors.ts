// A question the archive cannot answer as asked: a stable code, what is wrong and how to fix it, in Chinese and English.

export type ChecklistErrorCode =
  | 'no_release'
  | 'archive_mismatch'
  | 'unknown_release'
  | 'before_first_release'
  | 'unknown_id'
  | 'not_catalogue'
  | 'subject_not_recorded'
  | 'unknown_subject'
  | 'unknown_circumstance'
  | 'bad_date';

export class ChecklistError extends Error {
  readonly code: ChecklistErrorCode;
  readonly zh: string;
  readonly hint: { zh: string; en: string };
  constructor(code: ChecklistErrorCode, zh: string, en: string, hintZh: string, hintEn: string) {
    super(en);
    this.code = code;
    this.zh = zh;
    this.hint = { zh: hintZh, en: hintEn };
  }
}

export function assertIsoDate(date: string): void {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
  if (!ok) throw new ChecklistError('bad_date', `日期 ${date} 不是有效的 YYYY-MM-DD 日期`, `${date} is not a valid YYYY-MM-DD date`, '例如 --date 2026-12-01。', 'For example --date 2026-12-01.');
}
