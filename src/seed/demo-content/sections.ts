import type { DemoSection } from '../demo-types.js';

/**
 * Sections per edition. Paths are lower-case ASCII in every edition (the Arabic
 * service uses `world/africa` too); names are in the edition's language.
 * A nested section always follows its parent.
 */
const SECTION_NAMES: Record<string, Record<string, string>> = {
  world: { en: 'World', de: 'Welt', ar: 'العالم' },
  'world/europe': { en: 'Europe', de: 'Europa', ar: 'أوروبا' },
  'world/africa': { en: 'Africa', de: 'Afrika', ar: 'أفريقيا' },
  'world/middle-east': { en: 'Middle East', de: 'Nahost', ar: 'الشرق الأوسط' },
  business: { en: 'Business', de: 'Wirtschaft', ar: 'اقتصاد' },
  science: { en: 'Science', de: 'Wissenschaft', ar: 'علوم' },
  climate: { en: 'Climate', de: 'Klima', ar: 'مناخ' },
  culture: { en: 'Culture', de: 'Kultur', ar: 'ثقافة' },
  sports: { en: 'Sports', de: 'Sport', ar: 'رياضة' },
};

export const SECTION_PATHS = Object.keys(SECTION_NAMES);

export const sections: DemoSection[] = ['en', 'de', 'ar'].flatMap((edition) =>
  SECTION_PATHS.map((path) => ({ edition, path, name: SECTION_NAMES[path]![edition]! })),
);
