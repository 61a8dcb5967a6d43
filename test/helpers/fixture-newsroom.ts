/** A tiny newsroom inserted straight into a store, for storage and operation tests. */
import type { Store } from '../../src/operations/ports.js';

export interface FixtureIds {
  sectionId: number;
  childSectionId: number;
  otherSectionId: number;
  topicId: number;
  authorIds: number[];
  agencyIds: number[];
  imageId: number;
}

export async function insertFixtureNewsroom(store: Store): Promise<FixtureIds> {
  return store.transaction(async (tx) => {
    await tx.upsertEdition({
      code: 'en', lang: 'en', name: 'English', dir: 'ltr', timeZone: 'UTC', locale: 'en-GB',
      numberingSystem: 'latn', siteTitle: 'Test Herald', position: 0, isDefault: true,
    });
    await tx.upsertEdition({
      code: 'ar', lang: 'ar', name: 'العربية', dir: 'rtl', timeZone: 'Asia/Beirut', locale: 'ar',
      numberingSystem: 'arab', siteTitle: 'هيرالد', position: 1, isDefault: false,
    });
    const sectionId = await tx.insertSection({ editionCode: 'en', parentId: null, slug: 'world', path: 'world', name: 'World', position: 0, description: '' });
    const childSectionId = await tx.insertSection({ editionCode: 'en', parentId: sectionId, slug: 'europe', path: 'world/europe', name: 'Europe', position: 1, description: 'News from Europe' });
    const otherSectionId = await tx.insertSection({ editionCode: 'ar', parentId: null, slug: 'world', path: 'world', name: 'العالم', position: 0, description: '' });
    const topicId = await tx.insertTopic({ editionCode: 'en', slug: 'climate', name: 'Climate', description: 'Our planet', focusPosition: 0 });
    const authorIds = [
      await tx.insertAuthor({ name: 'Erika Stein', initials: 'es', bio: 'Reporter.' }),
      await tx.insertAuthor({ name: 'Wanda Maria Dale', initials: 'wmd', bio: 'Editor.' }),
    ];
    const agencyIds = [await tx.insertAgency({ code: 'AFP', name: 'Agence France-Presse' }), await tx.insertAgency({ code: 'dpa', name: 'Deutsche Presse-Agentur' })];
    const imageId = await tx.insertImage({
      fileName: 'abc.jpg', mimeType: 'image/jpeg', width: 1600, height: 900, derivativeWidths: [480, 960, 1600],
      alt: 'A test picture', caption: 'Caption', creditName: 'Ann Example', creditAgency: 'AFP', creditDistributor: null,
      focalX: 0.5, focalY: 0.4, createdAt: '2026-01-01T00:00:00.000Z',
    });
    return { sectionId, childSectionId, otherSectionId, topicId, authorIds, agencyIds, imageId };
  });
}
