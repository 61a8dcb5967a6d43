/**
 * Builders for view models, in English, German and Arabic. Each returns a
 * complete, realistic model; tests override only the fields they are about.
 * All text is invented for these tests.
 */
import type { Edition } from '../../../src/domain/edition.js';
import { getMessages } from '../../../src/site/i18n/registry.js';
import type {
  ArticlePageModel,
  EditionLinkModel,
  ErrorPageModel,
  HomePageModel,
  ImageModel,
  ListingPageModel,
  PageChromeModel,
  TeaserModel,
} from '../../../src/site/view-models.js';

export type FixtureLanguage = 'en' | 'de' | 'ar';

const EDITIONS: Record<FixtureLanguage, Edition> = {
  en: {
    code: 'en', lang: 'en', name: 'English', dir: 'ltr', timeZone: 'Europe/London', locale: 'en-GB',
    numberingSystem: 'latn', siteTitle: 'Herald', position: 0, isDefault: true,
  },
  de: {
    code: 'de', lang: 'de', name: 'Deutsch', dir: 'ltr', timeZone: 'Europe/Berlin', locale: 'de-DE',
    numberingSystem: 'latn', siteTitle: 'Herald', position: 1, isDefault: false,
  },
  ar: {
    code: 'ar', lang: 'ar', name: 'العربية', dir: 'rtl', timeZone: 'Africa/Cairo', locale: 'ar-EG',
    numberingSystem: 'arab', siteTitle: 'هيرالد', position: 2, isDefault: false,
  },
};

/** Per-language sample content, so the Arabic pages are Arabic throughout. */
const TEXT = {
  en: {
    sections: ['World', 'Business', 'Science', 'Culture'], sub: ['Europe', 'Africa', 'Asia'],
    topics: ['Climate summit', 'Elections', 'Energy prices'],
    kicker: 'Coastal cities', headline: 'Harbour towns test floating flood barriers',
    teaser: 'Three port towns are trialling barriers that rise with the tide. Engineers say the first winter will decide whether the idea spreads.',
    caption: 'A test barrier in the outer harbour at low tide', alt: 'Grey barrier segments floating in a harbour basin',
    para: 'The barriers are anchored to the seabed and rise with the water level, the project lead said.',
    sub1: 'How the barriers work', quote: 'We will only know after the first real storm.', quoteBy: 'Project engineer Mara Lind',
    related: 'Why insurers are watching the coast', list: ['Three towns take part', 'The trial runs for two years'],
    video: 'The barriers in a storm simulation', names: ['Erika Sommer', 'Wim de Mol'],
  },
  de: {
    sections: ['Welt', 'Wirtschaft', 'Wissen', 'Kultur'], sub: ['Europa', 'Afrika', 'Asien'],
    topics: ['Klimagipfel', 'Wahlen', 'Energiepreise'],
    kicker: 'Küstenstädte', headline: 'Hafenstädte testen schwimmende Flutbarrieren',
    teaser: 'Drei Hafenstädte erproben Barrieren, die mit der Flut steigen. Der erste Winter soll zeigen, ob die Idee trägt.',
    caption: 'Eine Testbarriere im Außenhafen bei Ebbe', alt: 'Graue Barrierenteile schwimmen in einem Hafenbecken',
    para: 'Die Barrieren sind am Meeresboden verankert und steigen mit dem Wasserstand, sagte die Projektleiterin.',
    sub1: 'So funktionieren die Barrieren', quote: 'Wir wissen es erst nach dem ersten echten Sturm.', quoteBy: 'Ingenieurin Mara Lind',
    related: 'Warum Versicherer auf die Küste schauen', list: ['Drei Städte nehmen teil', 'Der Test läuft zwei Jahre'],
    video: 'Die Barrieren in einer Sturmsimulation', names: ['Erika Sommer', 'Wim de Mol'],
  },
  ar: {
    sections: ['العالم', 'اقتصاد', 'علوم', 'ثقافة'], sub: ['أوروبا', 'أفريقيا', 'آسيا'],
    topics: ['قمة المناخ', 'انتخابات', 'أسعار الطاقة'],
    kicker: 'المدن الساحلية', headline: 'مدن موانئ تختبر حواجز عائمة لصد الفيضانات',
    teaser: 'تختبر ثلاث مدن ساحلية حواجز ترتفع مع المد. ويقول المهندسون إن الشتاء الأول سيحدد ما إذا كانت الفكرة ستنتشر.',
    caption: 'حاجز تجريبي في الميناء الخارجي وقت الجزر', alt: 'أجزاء حاجز رمادية تطفو في حوض ميناء',
    para: 'الحواجز مثبتة في قاع البحر وترتفع مع منسوب المياه، بحسب مديرة المشروع.',
    sub1: 'كيف تعمل الحواجز', quote: 'لن نعرف النتيجة إلا بعد أول عاصفة حقيقية.', quoteBy: 'المهندسة مارا ليند',
    related: 'لماذا تراقب شركات التأمين الساحل', list: ['تشارك ثلاث مدن', 'تستمر التجربة عامين'],
    video: 'الحواجز في محاكاة لعاصفة', names: ['سلمى حداد', 'يوسف نصار'],
  },
} as const;

export function buildEdition(lang: FixtureLanguage = 'en'): Edition {
  return { ...EDITIONS[lang] };
}

function editionLinks(current: FixtureLanguage, path: string): EditionLinkModel[] {
  return (Object.keys(EDITIONS) as FixtureLanguage[]).map((code) => {
    const edition = EDITIONS[code];
    return { code, lang: edition.lang, dir: edition.dir, name: edition.name, href: `/${code}/${path}`, current: code === current };
  });
}

export function buildChrome(lang: FixtureLanguage = 'en', overrides: Partial<PageChromeModel> = {}): PageChromeModel {
  const text = TEXT[lang];
  const [first, ...rest] = text.sections;
  return {
    edition: buildEdition(lang),
    messages: getMessages(lang),
    stylesheetHref: '/assets/site.3f9a1c.css',
    publicUrl: 'https://news.example',
    title: text.headline,
    description: text.teaser,
    canonicalPath: `/${lang}/harbour-barriers/a-42`,
    nav: [
      { label: first ?? '', href: `/${lang}/world`, current: true, children: text.sub.map((label, i) => ({ label, href: `/${lang}/world/s${i}` })) },
      ...rest.map((label, i) => ({ label, href: `/${lang}/section-${i}`, children: [] })),
    ],
    mediaNav: [
      { label: getMessages(lang).headerLiveTv, href: `/${lang}/live-tv/`, current: false },
      { label: getMessages(lang).headerLatestAudio, href: `/${lang}/audio/`, current: false },
      { label: getMessages(lang).headerLatestVideos, href: `/${lang}/video/`, current: false },
    ],
    focusTopics: text.topics.map((label, i) => ({ label, href: `/${lang}/topics/t${i}` })),
    editions: editionLinks(lang, 'harbour-barriers/a-42'),
    footerLinks: [
      { label: 'Imprint', href: `/${lang}/imprint` },
      { label: 'Privacy', href: `/${lang}/privacy` },
      { label: 'Contact', href: 'mailto:newsroom@news.example' },
    ],
    otherSites: editionLinks(lang, '').filter((e) => !e.current),
    alternates: (['en', 'de', 'ar'] as const).map((code) => ({ lang: code, href: `/${code}/harbour-barriers/a-42` })),
    feeds: [{ title: 'Herald', href: `https://news.example/${lang}/rss.xml` }],
    ...overrides,
  };
}

export function buildImage(lang: FixtureLanguage = 'en', overrides: Partial<ImageModel> = {}): ImageModel {
  const text = TEXT[lang];
  return {
    src: '/media/barrier-960.webp',
    srcset: '/media/barrier-480.webp 480w, /media/barrier-960.webp 960w, /media/barrier-1600.webp 1600w',
    sizes: '(min-width: 48rem) 46rem, 100vw',
    width: 1600,
    height: 900,
    alt: text.alt,
    caption: text.caption,
    credit: 'Jane Roe/AFP/Getty Images',
    focalClass: 'focal-x-25 focal-y-25',
    ...overrides,
  };
}

export function buildTeaser(lang: FixtureLanguage = 'en', id = 7, overrides: Partial<TeaserModel> = {}): TeaserModel {
  const text = TEXT[lang];
  return {
    id,
    href: `/${lang}/story-${id}/a-${id}`,
    kicker: text.kicker,
    headline: `${text.related} ${id}`,
    teaser: text.teaser,
    image: buildImage(lang, { src: `/media/teaser-${id}.webp` }),
    publishedAt: '2025-03-12T09:30:00.000Z',
    publishedLabel: lang === 'ar' ? '١٢ مارس ٢٠٢٥' : lang === 'de' ? '12. März 2025' : '12 March 2025',
    sectionName: text.sections[0] ?? '',
    ...overrides,
  };
}

export function buildArticleModel(lang: FixtureLanguage = 'en', overrides: Partial<ArticlePageModel> = {}): ArticlePageModel {
  const text = TEXT[lang];
  const messages = getMessages(lang);
  return {
    chrome: buildChrome(lang),
    notices: [],
    preview: false,
    id: 42,
    kicker: text.kicker,
    headline: text.headline,
    teaser: text.teaser,
    breadcrumb: [
      { label: messages.home, href: `/${lang}/` },
      { label: text.sections[0] ?? '', href: `/${lang}/world` },
    ],
    publishedAt: '2025-03-12T08:15:00.000Z',
    publishedLabel: lang === 'ar' ? '١٢ مارس ٢٠٢٥، ١٠:١٥' : '12 March 2025, 08:15',
    updatedAt: '2025-03-12T11:40:00.000Z',
    updatedLabel: lang === 'ar' ? '١٢ مارس ٢٠٢٥، ١٣:٤٠' : '12 March 2025, 11:40',
    shortUrl: 'https://herald.example/p/4mYYo',
    leadImage: buildImage(lang),
    body: [
      { type: 'paragraph', spans: [{ text: text.para }, { text: ' ' }, { text: text.list[0], bold: true }, { text: '. ' }, { text: text.sub1, italic: true, href: `/${lang}/topics/t0` }] },
      { type: 'subheading', text: text.sub1, id: 'how-the-barriers-work' },
      { type: 'paragraph', spans: [{ text: text.para }] },
      { type: 'image', image: buildImage(lang, { src: '/media/body-960.webp', credit: 'Ali Kaya/dpa', caption: text.caption }) },
      { type: 'related', teaser: buildTeaser(lang, 7) },
      { type: 'quote', text: text.quote, attribution: text.quoteBy },
      { type: 'list', ordered: false, items: text.list.map((item) => [{ text: item }]) },
      { type: 'embed', kind: 'video', title: text.video },
      { type: 'paragraph', spans: [{ text: text.para }] },
    ],
    byline: lang === 'ar' ? 'سح/ين (أ ف ب، د ب أ)' : 'es/wdm (AFP, dpa)',
    authors: text.names.map((name, i) => ({ label: name, href: `/${lang}/author/author-${i}/` })),
    sectionName: text.sections[0] ?? '',
    modifiedAt: '2025-03-12T11:40:00.000Z',
    shareImage: { url: 'https://news.example/media/barrier.jpg', width: 1600, height: 900, alt: text.alt },
    topics: text.topics.map((label, i) => ({ label, href: `/${lang}/topics/t${i}` })),
    translations: editionLinks(lang, 'harbour-barriers/a-42'),
    ...overrides,
  };
}

export function buildHomeModel(lang: FixtureLanguage = 'en', overrides: Partial<HomePageModel> = {}): HomePageModel {
  const text = TEXT[lang];
  return {
    chrome: buildChrome(lang, { title: '', canonicalPath: `/${lang}/` }),
    topStory: buildTeaser(lang, 1, { headline: text.headline }),
    latest: [2, 3, 4, 5, 6].map((id) => buildTeaser(lang, id)),
    sections: text.sections.slice(0, 3).map((label, s) => ({
      section: { label, href: `/${lang}/section-${s}` },
      teasers: [10, 11, 12].map((n) => buildTeaser(lang, s * 10 + n)),
    })),
    ...overrides,
  };
}

export function buildListingModel(lang: FixtureLanguage = 'en', overrides: Partial<ListingPageModel> = {}): ListingPageModel {
  const text = TEXT[lang];
  const messages = getMessages(lang);
  return {
    chrome: buildChrome(lang, { title: text.sections[0], canonicalPath: `/${lang}/world?page=2` }),
    kind: 'section',
    heading: text.sections[0] ?? '',
    description: text.teaser,
    breadcrumb: [{ label: messages.home, href: `/${lang}/` }],
    teasers: [21, 22, 23, 24].map((id) => buildTeaser(lang, id)),
    children: text.sub.map((label, i) => ({ label, href: `/${lang}/world/s${i}` })),
    pagination: { page: 2, pages: 5, previousHref: `/${lang}/world`, nextHref: `/${lang}/world?page=3` },
    feedHref: `/${lang}/world/rss.xml`,
    ...overrides,
  };
}

export function buildErrorModel(status: ErrorPageModel['status'], lang: FixtureLanguage = 'en'): ErrorPageModel {
  const messages = getMessages(lang);
  const title = status === 404 ? messages.notFoundTitle : status === 400 ? messages.badRequestTitle : messages.serverErrorTitle;
  const { canonicalPath: _omitted, ...chrome } = buildChrome(lang, { title, description: '' });
  return { chrome, status };
}
