// What a rule is, and the context it runs in.
import type { Basis, Citation, FileKind, Jurisdiction, Lifecycle, ListKind, Profile } from '../../schemas/index.ts';
import { articleOf, BASIS_LEVELS, LIST_KINDS, LISTS, profileOf, valueLabelAt } from '../../schemas/index.ts';
import type { Bilingual, Diagnostic, Severity } from '../diagnostics.ts';
import type { EntryByKind, LoadedFile, Repository } from '../repository.ts';
import { positionOf } from '../yaml.ts';

export type ListFile = { [K in ListKind]: LoadedFile<K> }[ListKind];

export interface Rule {
  /** Stable code, reported with every problem and never reused for another meaning. */
  code: string;
  severity: Severity;
  title: Bilingual;
  /** The paragraph or article the rule enforces by default (national rules). */
  source: string;
  /** The jurisdiction.yaml settings the rule reads: a jurisdiction changes the rule's outcome through these. */
  settings?: readonly string[];
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

  private cachedProfile: { for: Jurisdiction | undefined; profile: Profile } | undefined;

  /** The jurisdiction's profile: its settings, and the national defaults for the rest. */
  get profile(): Profile {
    const j = this.jurisdiction;
    if (this.cachedProfile?.for !== j || !this.cachedProfile) this.cachedProfile = { for: j, profile: profileOf(j) };
    return this.cachedProfile.profile;
  }

  /** A catalogue item's nature in the jurisdiction's words (nature_labels), e.g. 不良信息 where its regulation says so. */
  nature(value: string): Bilingual {
    return valueLabelAt('catalogue', 'nature', value, this.profile.valueLabels);
  }

  /** Division codes whose local regulations count as this jurisdiction's own: its own, and its parent's unless the list's setting says otherwise. */
  ownDivisions(kind: 'catalogue' | 'measure' | 'exemption'): Set<string> {
    const j = this.jurisdiction;
    const parent = this.profile.lists[kind].localBasis.parent_counts === false ? undefined : j?.parent_division_code;
    return new Set([j?.division_code, parent].filter((x): x is string => x !== undefined));
  }

  /** Valid entries of a kind within scope. */
  entries<K extends FileKind>(kind: K): (LoadedFile<K> & { entry: NonNullable<LoadedFile<K>['entry']> })[] {
    return this.scope.filter((f): f is LoadedFile<K> & { entry: NonNullable<LoadedFile<K>['entry']> } => f.kind === kind && f.entry !== undefined);
  }

  /** Valid entries of every list within scope, list by list. */
  listEntries(): (ListFile & { entry: NonNullable<ListFile['entry']> })[] {
    return LIST_KINDS.flatMap((k) => this.entries(k)) as (ListFile & { entry: NonNullable<ListFile['entry']> })[];
  }

  /** The entry a reference names: one of this repository's, or an upstream release's (`110000:ML-0023`). */
  referenced<K extends ListKind>(kind: K, ref: string): { entry: EntryByKind[K]; file?: string } | undefined {
    const hit = this.repo.upstream.lookup(ref, LISTS[kind].published);
    if (hit.found === 'entry') return { entry: hit.entry as unknown as EntryByKind[K] };
    if (hit.found !== 'local') return undefined;
    const local = this.repo.get(kind, ref);
    return local?.entry ? { entry: local.entry as EntryByKind[K], file: local.file } : undefined;
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

/** Level names in Chinese and English, joined for a message: 法律、行政法规 / law, administrative regulation. */
export function levelNames(levels: readonly string[]): Bilingual {
  const labels = levels.map((l) => BASIS_LEVELS.labels[l as keyof typeof BASIS_LEVELS.labels] ?? { zh: l, en: l });
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en.toLowerCase()).join(', ') };
}

/** “（依据：…）” after a message, naming the article that sets the rule's setting. */
export function withBasis(message: Bilingual, basis: string | undefined): Bilingual {
  return basis ? { zh: `${message.zh}（依据：${basis}）`, en: `${message.en} (basis: ${basis})` } : message;
}
