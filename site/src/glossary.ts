// The site's editorial vocabulary: the glossary (/glossary/) and the search synonyms, read from the data repository's
// vocabulary/*.yaml (optional: a new jurisdiction starts without), checked against the model (values explained, articles cited).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  DISCLOSURE_MODES,
  EXEMPTION_EFFECTS,
  EXEMPTION_GROUNDS,
  MEASURE_KINDS,
  NATURE,
  SEVERITY,
  SHARING_MODES,
  type Label,
} from '../../schemas/index.ts';
import { parseYaml, positionOf, type ParsedYaml } from '../../lib/yaml.ts';
import { SiteDataError, type SiteModel } from '../../lib/site/model.ts';

/** The folder of the vocabulary files inside a data repository. */
export const VOCABULARY_DIR = 'vocabulary';

/** Enumerations whose values a glossary term may explain, by their name in the model. */
const ENUMERATIONS: Record<string, { labels: Record<string, Label> }> = {
  NATURE,
  SEVERITY,
  DISCLOSURE_MODES,
  SHARING_MODES,
  MEASURE_KINDS,
  EXEMPTION_GROUNDS,
  EXEMPTION_EFFECTS,
};

/** The name a glossary term uses for an enumeration, found by its labels (the field registry holds the enumeration itself). */
export function enumerationName(labels: Record<string, Label>): string | undefined {
  return ENUMERATION_OF_LABELS.get(labels);
}

// Asked for every enumerated value on every page: the enumerations by their labels, once.
const ENUMERATION_OF_LABELS = new Map<Record<string, Label>, string>();
for (const [name, e] of Object.entries(ENUMERATIONS)) if (!ENUMERATION_OF_LABELS.has(e.labels)) ENUMERATION_OF_LABELS.set(e.labels, name);

const Bilingual = z.strictObject({ zh: z.string().regex(/\S/), en: z.string().regex(/\S/) });
const Term = z.strictObject({
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
  zh: z.string().regex(/\S/),
  en: z.string().regex(/\S/),
  explain: Bilingual,
  values: z.array(z.string().regex(/^[A-Z_]+\.[a-z_]+$/)).optional(),
  cites: z.array(z.strictObject({ basis: z.string(), articles: z.array(z.string()).min(1) })).optional(),
});
export type GlossaryTerm = z.infer<typeof Term>;

const Synonym = z.strictObject({
  /** Words the public uses. */
  words: z.array(z.string().regex(/\S/)).min(1),
  /** The lists' own term, searched instead. */
  means: z.string().regex(/\S/),
});
export type Synonym = z.infer<typeof Synonym>;

let root = '';

function problem(file: string, parsed: ParsedYaml, where: (string | number)[], zh: string, en: string): string {
  const { line, col } = positionOf(parsed, where);
  return `${path.relative(root, file)}:${line}:${col}  错误 error  ${zh} ${en}`;
}

function readList<T>(file: string, schema: z.ZodType<T>): { items: T[]; parsed: ParsedYaml; problems: string[] } {
  const parsed = parseYaml(existsSync(file) ? readFileSync(file, 'utf8') : '[]');
  const problems = parsed.problems.map((p) => `${path.relative(root, file)}:${p.line}:${p.col}  错误 error  ${p.message.zh}（${p.message.en}）${p.hint.zh} ${p.hint.en}`);
  const r = z.array(schema).safeParse(parsed.data);
  if (!r.success)
    for (const i of r.error.issues)
      problems.push(problem(file, parsed, i.path as (string | number)[], `内容不符合格式（${i.path.join('.')}）：${i.message}。`, `Invalid content at ${i.path.join('.')}: ${i.message}.`));
  return { items: r.success ? r.data : [], parsed, problems };
}

export interface Vocabulary {
  glossary: GlossaryTerm[];
  synonyms: Synonym[];
  /** Glossary anchor of an enumeration value, by `<ENUMERATION>.<value>`. */
  termOfValue: Map<string, GlossaryTerm>;
}

/** Read and check both files of `dataRoot`; throws SiteDataError listing every problem with its file:line:col. */
export function loadVocabulary(model: SiteModel, dataRoot: string): Vocabulary {
  root = dataRoot;
  const gFile = path.join(dataRoot, VOCABULARY_DIR, 'glossary.yaml');
  const sFile = path.join(dataRoot, VOCABULARY_DIR, 'synonyms.yaml');
  const g = readList(gFile, Term);
  const s = readList(sFile, Synonym);
  const problems = [...g.problems, ...s.problems];
  const termOfValue = new Map<string, GlossaryTerm>();
  const slugs = new Set<string>();
  g.items.forEach((term, i) => {
    if (slugs.has(term.slug)) problems.push(problem(gFile, g.parsed, [i, 'slug'], `术语标识 ${term.slug} 重复。`, `Duplicate slug ${term.slug}.`));
    slugs.add(term.slug);
    (term.values ?? []).forEach((v, k) => {
      const [name, code] = v.split('.') as [string, string];
      if (!ENUMERATIONS[name]?.labels[code])
        problems.push(problem(gFile, g.parsed, [i, 'values', k], `模型中没有取值 ${v}。`, `The model has no value ${v}; write <ENUMERATION>.<value>, e.g. EXEMPTION_EFFECTS.not_recorded.`));
      else termOfValue.set(v, term);
    });
    (term.cites ?? []).forEach((c, k) => {
      const basis = model.basisById.get(c.basis);
      if (!basis) problems.push(problem(gFile, g.parsed, [i, 'cites', k, 'basis'], `法律依据登记册中没有 ${c.basis}。`, `No instrument ${c.basis} in the legal-basis register.`));
      else
        c.articles.forEach((a, n) => {
          if (!basis.data.articles.some((x) => a.startsWith(x.number)))
            problems.push(problem(gFile, g.parsed, [i, 'cites', k, 'articles', n], `登记册中的《${basis.data.title}》没有收录${a}。`, `The register's text of ${c.basis} does not include ${a}: add the article to the register first.`));
        });
    });
  });
  const seen = new Map<string, string>();
  s.items.forEach((syn, i) =>
    syn.words.forEach((w, k) => {
      if (seen.has(w)) problems.push(problem(sFile, s.parsed, [i, 'words', k], `“${w}”已对应“${seen.get(w)}”。`, `“${w}” already means “${seen.get(w)}”.`));
      seen.set(w, syn.means);
    }),
  );
  if (problems.length) throw new SiteDataError(`${problems.join('\n')}\n\n术语表或搜索同义词文件（${VOCABULARY_DIR}/）有误。The glossary or synonyms file (${VOCABULARY_DIR}/) has problems.`);
  return { glossary: g.items, synonyms: s.items, termOfValue };
}

let loaded: { model: SiteModel; vocabulary: Vocabulary } | undefined;

/** The vocabulary of this build's model, read once. */
export function vocabularyOf(model: SiteModel, dataRoot: string): Vocabulary {
  if (loaded?.model !== model) loaded = { model, vocabulary: loadVocabulary(model, dataRoot) };
  return loaded.vocabulary;
}
