// A problem found in the data: where, how bad, which rule, what is wrong and how to fix it — in Chinese and English.

export type Severity = 'error' | 'warning';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Diagnostic {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  col: number;
  severity: Severity;
  /** Stable rule code, e.g. `schema-unknown-field` or `P01-provincial-basis`. */
  code: string;
  message: Bilingual;
  hint: Bilingual;
  /** Data path inside the file, e.g. `bases.0.articles.1`. */
  path?: string;
  /** Other files this problem involves (for cross-file rules). */
  related?: string[];
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code);
}

export function countBySeverity(ds: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of ds) if (d.severity === 'error') errors++;
  return { errors, warnings: ds.length - errors };
}
