// Printing diagnostics: for people (text), for GitHub workflow annotations, and for machines (JSON).
import { countBySeverity, type Diagnostic } from './diagnostics.ts';

export const FORMATS = ['text', 'github', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** Version of the JSON report's shape, bumped on any incompatible change. */
export const REPORT_FORMAT_VERSION = 1;

export function summaryLine(ds: readonly Diagnostic[], files: number): string {
  const { errors, warnings } = countBySeverity(ds);
  if (errors === 0 && warnings === 0) return `✔ 检查了 ${files} 个文件，没有发现问题。Checked ${files} files: no problems.`;
  return `${errors ? '✖' : '⚠'} ${errors} 个错误，${warnings} 个警告（检查了 ${files} 个文件）。${errors} error(s), ${warnings} warning(s) in ${files} files.`;
}

export function formatText(ds: readonly Diagnostic[], files: number): string {
  const blocks = ds.map((d) => {
    const sev = d.severity === 'error' ? '错误 error' : '警告 warning';
    return [
      `${d.file}:${d.line}:${d.col}  ${sev}  [${d.code}]`,
      `  ${d.message.zh}`,
      `  ${d.message.en}`,
      `  → ${d.hint.zh}`,
      `  → ${d.hint.en}`,
    ].join('\n');
  });
  return [...blocks, summaryLine(ds, files)].join('\n\n') + '\n';
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(ds: readonly Diagnostic[], files: number): string {
  const lines = ds.map((d) => {
    const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.col},title=${escapeProperty(d.code)}`;
    const body = `${d.message.zh}\n${d.message.en}\n→ ${d.hint.zh}\n→ ${d.hint.en}`;
    return `::${d.severity} ${props}::${escapeData(body)}`;
  });
  return [...lines, summaryLine(ds, files)].join('\n') + '\n';
}

export function formatJson(ds: readonly Diagnostic[], files: number): string {
  const { errors, warnings } = countBySeverity(ds);
  return JSON.stringify({ formatVersion: REPORT_FORMAT_VERSION, summary: { files, errors, warnings }, diagnostics: ds }, null, 2) + '\n';
}

export function format(kind: Format, ds: readonly Diagnostic[], files: number): string {
  return kind === 'github' ? formatGithub(ds, files) : kind === 'json' ? formatJson(ds, files) : formatText(ds, files);
}
