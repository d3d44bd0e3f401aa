// A setting's basis as the profile records it (“《某条例》第三十九条第二款”, or a national text's short name and what it
// says), resolved against the register where it names a registered instrument: its page, the article's anchor and text.
import { articleOf } from '../../schemas/common.ts';
import { articleText, type SiteModel } from '../../lib/site/model.ts';
import { articleAnchor } from './present.ts';
import { href, paths, type Lang } from './routes.ts';

export interface SettingBasisRef {
  /** The basis as recorded. */
  text: string;
  /** The instrument's page at the article, where the register holds the instrument. */
  href?: string;
  /** The article's text in the register, to be quoted verbatim. */
  quote?: { article: string; title: string; text: string };
}

export function settingBasis(model: SiteModel, text: string, lang: Lang): SettingBasisRef {
  const m = /^《([^》]+)》(第.+)$/.exec(text.trim());
  const basis = m ? model.bases.find((b) => b.data.title === m[1]) : undefined;
  if (!m || !basis) return { text };
  const article = articleOf(m[2]!);
  const quoted = articleText(basis.data, m[2]!);
  return {
    text,
    href: `${href(lang, paths.basis(basis.id))}#${articleAnchor(article)}`,
    ...(quoted ? { quote: { article, title: basis.data.title, text: quoted } } : {}),
  };
}
