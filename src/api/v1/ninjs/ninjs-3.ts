/** An article as IPTC ninjs 3.x (schema 3.1, camelCase names). Pure: the bundle in, the document out. */
import type { ArticleBundle } from '../article-bundle.js';
import { ninjsModel, type NinjsPicture } from './ninjs-model.js';

export const NINJS_3_STANDARD = { name: 'ninjs', version: '3.1', schema: 'https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json' } as const;

const pictureItem = (p: NinjsPicture) => ({
  name: p.name,
  rel: p.name === 'lead' ? 'leadImage' : 'bodyImage',
  uri: p.uri,
  type: 'picture',
  versionCreated: p.versionCreated,
  ...(p.caption ? { descriptions: [{ role: 'caption', contentType: 'text/plain', value: p.caption }] } : {}),
  ...(p.alt ? { headlines: [{ role: 'alt', value: p.alt }] } : {}),
  ...(p.by ? { by: p.by } : {}),
  renditions: p.renditions.map((r) => ({ name: r.name, href: r.href, contentType: r.contentType, width: r.width, height: r.height })),
});

export function toNinjs3(bundle: ArticleBundle): Record<string, unknown> {
  const m = ninjsModel(bundle);
  return {
    uri: m.uri,
    standard: NINJS_3_STANDARD,
    type: 'text',
    representationType: 'full',
    version: m.version,
    firstCreated: m.firstCreated,
    versionCreated: m.versionCreated,
    contentCreated: m.contentCreated,
    pubStatus: 'usable',
    language: m.language,
    copyrightHolder: m.copyrightHolder,
    headlines: m.headlines.map((h) => ({ role: h.role, contentType: 'text/plain', value: h.value })),
    ...(m.descriptions.length ? { descriptions: m.descriptions.map((d) => ({ role: d.role, contentType: 'text/plain', value: d.value })) } : {}),
    bodies: [{ role: 'main', contentType: 'text/html', charCount: m.body.charCount, wordCount: m.body.wordCount, value: m.body.html }],
    ...(m.by ? { by: m.by } : {}),
    ...(m.people.length ? { people: m.people } : {}),
    subjects: m.subjects,
    ...(m.infoSources.length ? { infoSources: m.infoSources } : {}),
    altIds: m.altIds,
    ...(m.pictures.length ? { associations: m.pictures.map(pictureItem) } : {}),
  };
}
