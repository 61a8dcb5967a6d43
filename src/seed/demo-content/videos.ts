/**
 * Demo videos: two per edition, both test patterns made once with ffmpeg
 * (src/seed/demo-media/video/), with captions in all three languages.
 * Original text.
 */
export interface DemoVideo {
  edition: string;
  sectionPath: string;
  title: string;
  teaser: string;
  posterCaption: string;
  file: 'test-pattern-bars.mp4' | 'test-pattern-colour.mp4';
  /** Caption file prefix: `{prefix}-{lang}.vtt`. */
  captions: 'bars' | 'colour';
  hoursAgo: number;
}

export const CAPTION_LABELS: Record<string, string> = { en: 'English', de: 'Deutsch', ar: 'العربية' };

export const demoVideos: DemoVideo[] = [
  {
    edition: 'en', sectionPath: 'science', file: 'test-pattern-bars.mp4', captions: 'bars', hoursAgo: 3,
    title: 'Behind the screen: the test card our video desk starts with',
    teaser: 'Six seconds of moving squares and a steady tone tell our producers whether a clip will play smoothly for you.',
    posterCaption: 'The Herald test card, as it appears before every video report.',
  },
  {
    edition: 'en', sectionPath: 'culture', file: 'test-pattern-colour.mp4', captions: 'colour', hoursAgo: 20,
    title: 'Colour bars, explained in five seconds',
    teaser: 'Why broadcasters still rely on stripes of colour, and what they tell you about your own screen.',
    posterCaption: 'High-definition colour bars used to check brightness and colour.',
  },
  {
    edition: 'de', sectionPath: 'science', file: 'test-pattern-bars.mp4', captions: 'bars', hoursAgo: 4,
    title: 'Hinter dem Bildschirm: Mit diesem Testbild beginnt unser Videoteam',
    teaser: 'Sechs Sekunden bewegte Quadrate und ein gleichmäßiger Ton zeigen, ob ein Clip bei Ihnen flüssig läuft.',
    posterCaption: 'Das Herald-Testbild, wie es vor jedem Videobericht erscheint.',
  },
  {
    edition: 'de', sectionPath: 'culture', file: 'test-pattern-colour.mp4', captions: 'colour', hoursAgo: 22,
    title: 'Farbbalken in fünf Sekunden erklärt',
    teaser: 'Warum Sender noch immer auf farbige Streifen setzen und was sie über Ihren Bildschirm verraten.',
    posterCaption: 'HD-Farbbalken zur Prüfung von Helligkeit und Farbe.',
  },
  {
    edition: 'ar', sectionPath: 'science', file: 'test-pattern-bars.mp4', captions: 'bars', hoursAgo: 5,
    title: 'خلف الشاشة: بطاقة الاختبار التي يبدأ بها فريق الفيديو',
    teaser: 'ست ثوانٍ من المربعات المتحركة ونغمة ثابتة تكشف لمنتجينا ما إذا كان المقطع سيعمل بسلاسة لديك.',
    posterCaption: 'بطاقة اختبار هيرالد كما تظهر قبل كل تقرير مصور.',
  },
  {
    edition: 'ar', sectionPath: 'culture', file: 'test-pattern-colour.mp4', captions: 'colour', hoursAgo: 26,
    title: 'أشرطة الألوان في خمس ثوانٍ',
    teaser: 'لماذا ما زالت محطات البث تعتمد على خطوط ملونة، وماذا تخبرك عن شاشتك.',
    posterCaption: 'أشرطة ألوان عالية الدقة لضبط السطوع والألوان.',
  },
];
