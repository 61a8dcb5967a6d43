/**
 * Procedurally composed articles for benchmark datasets (`npm run seed --
 * --articles 100000`). Each article is assembled from sentence templates per
 * language (English, German, Arabic) and theme (derived from the section), with
 * one consistent cast per article: the same town, country, people and figures
 * recur in headline, teaser and body. Everything is driven by a seeded PRNG, so
 * the same options always give the same articles. All places, people and
 * institutions are invented.
 */
import type { TextSpan } from '../domain/blocks.js';
import type { DemoArticle, DemoBodyBlock } from './demo-types.js';
import { BULK_TEXT_AR } from './demo-content/bulk-texts-ar.js';
import { BULK_TEXT_DE } from './demo-content/bulk-texts-de.js';
import { BULK_TEXT_EN } from './demo-content/bulk-texts-en.js';
import { seededRandom, type SeededRandom } from '../domain/seeded-random.js';

export interface BulkArticleOptions {
  editions: string[];
  sectionPaths: Record<string, string[]>;
  topicSlugs: Record<string, string[]>;
  authorInitials: string[];
  agencyCodes: string[];
  imageKeys: string[];
  seed?: number;
}

const HOURS_SPAN = 3 * 365 * 24;

export function* generateBulkArticles(count: number, options: BulkArticleOptions): Generator<DemoArticle> {
  const rng = mulberry32(options.seed ?? 1);
  const editions = options.editions.filter((code) => (options.sectionPaths[code]?.length ?? 0) > 0);
  if (count > 0 && editions.length === 0) throw new Error('generateBulkArticles needs at least one edition with sections.');
  const themeCache = new Map<string, Theme>();
  for (let index = 0; index < count; index++) {
    const edition = pick(rng, editions);
    const sectionPath = pick(rng, options.sectionPaths[edition]!);
    let theme = themeCache.get(sectionPath);
    if (!theme) themeCache.set(sectionPath, (theme = themeForSection(sectionPath)));
    yield composeArticle(rng, index + 1, edition, sectionPath, theme, options);
  }
}

// --- PRNG and helpers ---------------------------------------------------------

type Rng = SeededRandom;

const mulberry32 = seededRandom;

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** Up to `k` distinct items, in random order. */
function sample<T>(rng: Rng, list: readonly T[], k: number): T[] {
  const copy = list.slice();
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

// --- templates ---------------------------------------------------------------

/** A template split into literal text (even indexes) and slot names (odd indexes). */
type Template = readonly string[];
const compile = (text: string): Template => text.split(/\{(\w+)\}/);
const compileAll = (texts: readonly string[]): Template[] => texts.map(compile);

function fill(template: Template, slots: Record<string, string>): string {
  let out = template[0]!;
  for (let i = 1; i < template.length; i += 2) out += (slots[template[i]!] ?? '') + template[i + 1]!;
  return out;
}

export type Theme = 'politics' | 'business' | 'science' | 'climate' | 'culture' | 'sports';
const THEMES: Theme[] = ['politics', 'business', 'science', 'climate', 'culture', 'sports'];

const THEME_WORDS: [RegExp, Theme][] = [
  [/^(world|politic|europe|africa|asia|america|middle|nation|region|local|germany|deutschland)/, 'politics'],
  [/^(business|econom|wirtschaft|finance|money|market|work)/, 'business'],
  [/^(science|wissen|tech|health|medic|digital|research)/, 'science'],
  [/^(climate|klima|environment|umwelt|energy|weather)/, 'climate'],
  [/^(culture|kultur|arts?$|film|music|books|lifestyle|entertainment)/, 'culture'],
  [/^(sport|football|fussball)/, 'sports'],
];

function themeForSection(path: string): Theme {
  const root = path.split('/')[0]!.toLowerCase();
  for (const [pattern, theme] of THEME_WORDS) if (pattern.test(root)) return theme;
  let h = 0;
  for (let i = 0; i < path.length; i++) h = (h * 31 + path.charCodeAt(i)) >>> 0;
  return THEMES[h % THEMES.length]!;
}

export interface ThemeText {
  kickers: string[];
  headlines: string[];
  teasers: string[];
  subheadings: string[];
  sentences: string[];
  quotes: string[];
  /** Who says `quotes[i]`: `roles[i]`, as [feminine, masculine] (English repeats the form). */
  roles: [string, string][];
}

/** Sentence material of one language; templates use `{slot}` placeholders. */
export interface BulkLanguageText {
  generic: string[];
  facts: string[];
  atAGlance: string;
  firstNames: [string, 'f' | 'm'][];
  lastNames: string[];
  towns: string[];
  countries: string[];
  months: string[];
  weekdays: string[];
  said: [string, string];
  /** Words for three to six, where the language writes small numbers out. */
  smallNumbers?: [string, string, string, string];
  themes: Record<Theme, ThemeText>;
}

interface LanguageText extends BulkLanguageText {
  number: (value: number) => string;
  /** Digits only, no grouping (years). */
  plain: (value: number) => string;
  /** Separator between name and role in a quote's attribution. */
  comma: string;
  money: (millions: number) => string;
}

type Lang = 'en' | 'de' | 'ar';

function formatNumber(value: number, group: string, decimal: string, minGroup: number, digits?: string): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = value >= minGroup ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole!;
  const text = fraction ? `${grouped}${decimal}${fraction}` : grouped;
  return digits ? text.replace(/[0-9]/g, (d) => digits[Number(d)]!) : text;
}

const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

const LANGUAGES: Record<Lang, LanguageText> = {
  en: {
    ...BULK_TEXT_EN,
    number: (v) => formatNumber(v, ',', '.', 1000),
    plain: (v) => String(v),
    comma: ', ',
    money: (m) => `€${formatNumber(m, ',', '.', 1000)} million`,
  },
  de: {
    ...BULK_TEXT_DE,
    number: (v) => formatNumber(v, '.', ',', 10000),
    plain: (v) => String(v),
    comma: ', ',
    money: (m) => `${formatNumber(m, '.', ',', 10000)} Millionen Euro`,
  },
  ar: {
    ...BULK_TEXT_AR,
    number: (v) => formatNumber(v, '٬', '٫', 1000, ARABIC_DIGITS),
    plain: (v) => String(v).replace(/[0-9]/g, (d) => ARABIC_DIGITS[Number(d)]!),
    comma: '، ',
    money: (m) => `${formatNumber(m, '٬', '٫', 1000, ARABIC_DIGITS)} مليون يورو`,
  },
};

interface CompiledTheme {
  kickers: string[];
  headlines: Template[];
  teasers: Template[];
  subheadings: string[];
  sentences: Template[];
  quotes: Template[];
  roles: [Template, Template][];
}

interface CompiledLanguage {
  text: LanguageText;
  generic: Template[];
  facts: Template[];
  themes: Record<Theme, CompiledTheme>;
}

const COMPILED = new Map<Lang, CompiledLanguage>();

function compiled(lang: Lang): CompiledLanguage {
  let entry = COMPILED.get(lang);
  if (!entry) {
    const text = LANGUAGES[lang];
    const themes = {} as Record<Theme, CompiledTheme>;
    for (const theme of THEMES) {
      const t = text.themes[theme];
      themes[theme] = {
        kickers: t.kickers,
        headlines: compileAll(t.headlines),
        teasers: compileAll(t.teasers),
        subheadings: t.subheadings,
        sentences: compileAll(t.sentences),
        quotes: compileAll(t.quotes),
        roles: t.roles.map(([f, m]) => [compile(f), compile(m)] as [Template, Template]),
      };
    }
    entry = { text, generic: compileAll(text.generic), facts: compileAll(text.facts), themes };
    COMPILED.set(lang, entry);
  }
  return entry;
}

const languageOf = (edition: string): Lang => (edition.startsWith('de') ? 'de' : edition.startsWith('ar') ? 'ar' : 'en');

// --- composition -------------------------------------------------------------

function composeArticle(
  rng: Rng,
  n: number,
  edition: string,
  sectionPath: string,
  theme: Theme,
  options: BulkArticleOptions,
): DemoArticle {
  const lang = compiled(languageOf(edition));
  const text = lang.text;
  const t = lang.themes[theme];

  // One cast per article, so headline, teaser and body agree with each other.
  const [town, town2] = sample(rng, text.towns, 2) as [string, string];
  const [first, gender] = pick(rng, text.firstNames);
  const [first2] = pick(rng, text.firstNames);
  const millions = rng() < 0.5 ? Math.round((1.1 + rng() * 9.8) * 10) / 10 : int(rng, 11, 480);
  const slots: Record<string, string> = {
    town,
    town2,
    country: pick(rng, text.countries),
    person: `${first} ${pick(rng, text.lastNames)}`,
    person2: `${first2} ${pick(rng, text.lastNames)}`,
    month: pick(rng, text.months),
    weekday: pick(rng, text.weekdays),
    small: ((v) => text.smallNumbers?.[v - 3] ?? text.number(v))(int(rng, 3, 6)),
    n: text.number(int(rng, 7, 40)),
    pct: text.number(int(rng, 3, 48)),
    turnout: text.number(int(rng, 52, 78)),
    big: text.number(int(rng, 2, 950) * 100),
    big2: text.number(int(rng, 2, 950) * 100),
    jobs: text.number(int(rng, 1, 24) * 100),
    money: text.money(millions),
    pastYear: text.plain(int(rng, 1994, 2021)),
    futureYear: text.plain(int(rng, 2028, 2040)),
  };
  const g = gender === 'f' ? 0 : 1;
  slots.said = text.said[g];
  const quoteIndex = int(rng, 0, t.quotes.length - 1);
  slots.role = fill(t.roles[Math.min(quoteIndex, t.roles.length - 1)]![g], slots);

  let headline = '';
  for (let attempt = 0; attempt < 4; attempt++) {
    headline = fill(pick(rng, t.headlines), slots);
    if (headline.length >= 50 && headline.length <= 90) break;
  }

  // The lead opens with two on-theme sentences; the rest interleaves theme and general sentences.
  const themed = sample(rng, t.sentences, t.sentences.length);
  const general = sample(rng, lang.generic, lang.generic.length);
  const order: Template[] = themed.splice(0, 2);
  while (themed.length || general.length) {
    const fromTheme = rng() * (themed.length + general.length) < themed.length;
    order.push((fromTheme ? themed : general).shift()!);
  }
  let next = 0;
  const sentences = (k: number) => {
    const out: string[] = [];
    for (let i = 0; i < k && next < order.length; i++) out.push(fill(order[next++]!, slots));
    return out.join(' ');
  };
  const paragraph = (k: number, boldLead = false): DemoBodyBlock => {
    if (!boldLead) return { type: 'paragraph', spans: [{ text: sentences(k) }] };
    const lead = sentences(1);
    return { type: 'paragraph', spans: [{ text: lead, marks: ['bold'] }, { text: ' ' + sentences(k - 1) }] };
  };

  const [sub1, sub2] = sample(rng, t.subheadings, 2) as [string, string];
  const images = options.imageKeys;
  const leadImageKey = images.length ? pick(rng, images) : '';
  const body: DemoBodyBlock[] = [
    paragraph(int(rng, 3, 4), rng() < 0.3),
    paragraph(int(rng, 7, 10)),
    { type: 'subheading', text: sub1 },
    paragraph(int(rng, 7, 10)),
  ];
  const extra = rng();
  if (extra < 0.45) {
    body.push({ type: 'quote', text: fill(t.quotes[quoteIndex]!, slots), attribution: `${slots.person}${text.comma}${slots.role}` });
  } else if (extra < 0.7 && images.length > 1) {
    let imageKey = pick(rng, images);
    if (imageKey === leadImageKey) imageKey = images[(images.indexOf(imageKey) + 1) % images.length]!;
    body.push({ type: 'image', imageKey });
  } else if (extra < 0.9) {
    body.push({ type: 'subheading', text: text.atAGlance });
    const items: TextSpan[][] = sample(rng, lang.facts, 3).map((f) => [{ text: fill(f, slots) }]);
    body.push({ type: 'list', ordered: false, items });
  }
  body.push(paragraph(int(rng, 7, 10)));
  if (rng() < 0.6 && body.length <= 6) {
    body.push({ type: 'subheading', text: sub2 });
    body.push(paragraph(int(rng, 6, 8)));
  }

  const hoursAgo = 1 + Math.floor(rng() ** 1.6 * HOURS_SPAN);
  const article: DemoArticle = {
    key: `bulk-${n}`,
    edition,
    sectionPath,
    topicSlugs: sample(rng, options.topicSlugs[edition] ?? [], pickCount(rng, [0.3, 0.5, 0.2])),
    kicker: pick(rng, t.kickers),
    headline,
    teaser: fill(pick(rng, t.teasers), slots),
    body,
    leadImageKey,
    authors: sample(rng, options.authorInitials, rng() < 0.7 ? 1 : 2),
    agencies: sample(rng, options.agencyCodes, pickCount(rng, [0.35, 0.45, 0.2])),
    hoursAgo,
  };
  if (hoursAgo > 2 && rng() < 0.15) article.updatedAfterHours = 1 + Math.floor(rng() * Math.min(48, hoursAgo - 1));
  return article;
}

/** Index drawn with the given probabilities (0, 1, 2, …). */
function pickCount(rng: Rng, weights: number[]): number {
  let r = rng();
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}
