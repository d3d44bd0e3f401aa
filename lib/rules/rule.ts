// What a rule is, and the context it runs in.
import type { Basis, Citation, FileKind, Jurisdiction, Lifecycle, ListKind } from '../../schemas/index.ts';
import { articleOf, LIST_KINDS } from '../../schemas/index.ts';
import type { Bilingual, Diagnostic, Severity } from '../diagnostics.ts';
import type { LoadedFile, Repository } from '../repository.ts';
import { positionOf } from '../yaml.ts';

export type ListFile = { [K in ListKind]: LoadedFile<K> }[ListKind];

export interface Rule {
  /** Stable code, reported with every problem and never reused for another meaning. */
  code: string;
  severity: Severity;
  title: Bilingual;
  /** The paragraph or article the rule enforces. */
  source: string;
  check(ctx: RuleContext): void;
}

export interface ReportOptions {
  related?: string[];
  severity?: Severity;
  atKey?: boolean;
}

export class RuleContext {
  readonly repo: Repository;
  /** The files under check: problems are reported for these only. */
  readonly scope: LoadedFile[];
  readonly diagnostics: Diagnostic[] = [];
  private rule: Rule | undefined;

  constructor(repo: Repository, scope: LoadedFile[]) {
    this.repo = repo;
    this.scope = scope;
  }

  withRule(rule: Rule): this {
    this.rule = rule;
    return this;
  }

  get jurisdiction(): Jurisdiction | undefined {
    return this.repo.jurisdiction.entry;
  }

  /** Valid entries of a kind within scope. */
  entries<K extends FileKind>(kind: K): (LoadedFile<K> & { entry: NonNullable<LoadedFile<K>['entry']> })[] {
    return this.scope.filter((f): f is LoadedFile<K> & { entry: NonNullable<LoadedFile<K>['entry']> } => f.kind === kind && f.entry !== undefined);
  }

  /** Valid entries of every list within scope, list by list. */
  listEntries(): (ListFile & { entry: NonNullable<ListFile['entry']> })[] {
    return LIST_KINDS.flatMap((k) => this.entries(k)) as (ListFile & { entry: NonNullable<ListFile['entry']> })[];
  }

  basis(id: string): Basis | undefined {
    return this.repo.get('basis', id)?.entry;
  }

  /** The register's instruments behind a list of citations, skipping those that do not resolve. */
  citedBases(citations: readonly Citation[]): { citation: Citation; basis: Basis; index: number }[] {
    const out: { citation: Citation; basis: Basis; index: number }[] = [];
    citations.forEach((citation, index) => {
      const basis = this.basis(citation.basis);
      if (basis) out.push({ citation, basis, index });
    });
    return out;
  }

  /** Text of the cited articles, as quoted in the register. */
  citedText(citation: Citation): string {
    const basis = this.basis(citation.basis);
    if (!basis) return '';
    return citation.articles
      .map((a) => basis.articles.find((x) => x.number === articleOf(a))?.text ?? '')
      .join('\n');
  }

  report(file: LoadedFile, path: (string | number)[], message: Bilingual, hint: Bilingual, opts: ReportOptions = {}): void {
    const rule = this.rule!;
    const { line, col } = positionOf(file.parsed, path, opts.atKey ?? false);
    this.diagnostics.push({
      file: file.file,
      line,
      col,
      severity: opts.severity ?? rule.severity,
      code: rule.code,
      message,
      hint,
      ...(path.length ? { path: path.join('.') } : {}),
      ...(opts.related?.length ? { related: opts.related } : {}),
    });
  }
}

/** An entry that stands, or will stand, in the published lists: not rejected, not repealed. */
export function isLive(e: Lifecycle): boolean {
  return e.status !== 'rejected' && e.status !== 'repealed';
}

export const SUFFICIENT_LEVELS = ['law', 'administrative_regulation', 'state_council_decision', 'central_policy', 'local_regulation'] as const;
