import type { DemoTopic } from '../demo-types.js';

/** Topics cut across sections; the first four are pinned to the "In focus" bar. */
export const topics: DemoTopic[] = [
  // English
  {
    edition: 'en',
    slug: 'climate-crisis',
    name: 'Climate crisis',
    description: 'Heat, drought, floods and the race to cut emissions, reported from the places where it is felt first.',
    focus: 0,
  },
  {
    edition: 'en',
    slug: 'elections-2026',
    name: 'Elections 2026',
    description: 'Campaigns, candidates and results from the votes that shape the year.',
    focus: 1,
  },
  {
    edition: 'en',
    slug: 'artificial-intelligence',
    name: 'Artificial intelligence',
    description: 'How machine learning is changing work, medicine, politics and the news itself.',
    focus: 2,
  },
  {
    edition: 'en',
    slug: 'migration',
    name: 'Migration',
    description: 'People on the move: the routes they take, the rules they face and the towns that receive them.',
    focus: 3,
  },
  {
    edition: 'en',
    slug: 'food-security',
    name: 'Food security',
    description: 'Harvests, prices and the science of feeding a warming planet.',
  },
  // German
  {
    edition: 'de',
    slug: 'klimakrise',
    name: 'Klimakrise',
    description: 'Hitze, Dürre, Hochwasser und der Wettlauf um weniger Emissionen – berichtet von dort, wo die Folgen zuerst spürbar sind.',
    focus: 0,
  },
  {
    edition: 'de',
    slug: 'wahlen-2026',
    name: 'Wahlen 2026',
    description: 'Wahlkämpfe, Kandidaten und Ergebnisse der Abstimmungen, die das Jahr prägen.',
    focus: 1,
  },
  {
    edition: 'de',
    slug: 'kuenstliche-intelligenz',
    name: 'Künstliche Intelligenz',
    description: 'Wie maschinelles Lernen Arbeit, Medizin, Politik und den Journalismus selbst verändert.',
    focus: 2,
  },
  {
    edition: 'de',
    slug: 'migration',
    name: 'Migration',
    description: 'Menschen unterwegs: ihre Routen, die Regeln, denen sie begegnen, und die Orte, die sie aufnehmen.',
    focus: 3,
  },
  {
    edition: 'de',
    slug: 'ernaehrung',
    name: 'Ernährungssicherheit',
    description: 'Ernten, Preise und die Forschung dazu, wie sich ein wärmerer Planet ernähren lässt.',
  },
  // Arabic
  {
    edition: 'ar',
    slug: 'climate-crisis',
    name: 'أزمة المناخ',
    description: 'موجات الحر والجفاف والفيضانات والسباق لخفض الانبعاثات، من الأماكن التي تشعر بها أولاً.',
    focus: 0,
  },
  {
    edition: 'ar',
    slug: 'elections-2026',
    name: 'انتخابات ٢٠٢٦',
    description: 'الحملات والمرشحون والنتائج في عمليات الاقتراع التي ترسم ملامح العام.',
    focus: 1,
  },
  {
    edition: 'ar',
    slug: 'artificial-intelligence',
    name: 'الذكاء الاصطناعي',
    description: 'كيف يغيّر التعلم الآلي العمل والطب والسياسة والصحافة نفسها.',
    focus: 2,
  },
  {
    edition: 'ar',
    slug: 'migration',
    name: 'الهجرة',
    description: 'بشر في رحلة: الطرق التي يسلكونها، والقواعد التي تواجههم، والمدن التي تستقبلهم.',
    focus: 3,
  },
  {
    edition: 'ar',
    slug: 'food-security',
    name: 'الأمن الغذائي',
    description: 'المحاصيل والأسعار والعلوم التي تبحث في إطعام كوكب يزداد حرارة.',
  },
];
