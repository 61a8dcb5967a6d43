/** An article as IPTC ninjs 2.x (schema 2.2, lower-case names; associations carry no `rel`). Pure. */
import type { ArticleBundle } from '../article-bundle.js';
import { ninjsModel, type NinjsPicture } from './ninjs-model.js';

export const NINJS_2_STANDARD = { name: 'ninjs', version: '2.2', schema: 'https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' } as const;

const pictureItem = (p: NinjsPicture) => ({
  name: p.name,
  uri: p.uri,
  type: 'picture',
  versioncreated: p.versionCreated,
  ...(p.caption ? { descriptions: [{ role: 'caption', contenttype: 'text/plain', value: p.caption }] } : {}),
  ...(p.alt ? { headlines: [{ role: 'alt', value: p.alt }] } : {}),
  ...(p.by ? { by: p.by } : {}),
  renditions: p.renditions.map((r) => ({ name: r.name, href: r.href, contenttype: r.contentType, width: r.width, height: r.height })),
});

export function toNinjs2(bundle: ArticleBundle): Record<string, unknown> {
  const m = ninjsModel(bundle);
  return {
    uri: m.uri,
    standard: NINJS_2_STANDARD,
    type: 'text',
    representationtype: 'full',
    version: m.version,
    firstcreated: m.firstCreated,
    versioncreated: m.versionCreated,
    contentcreated: m.contentCreated,
    pubstatus: 'usable',
    language: m.language,
    copyrightholder: m.copyrightHolder,
    headlines: m.headlines.map((h) => ({ role: h.role, contenttype: 'text/plain', value: h.value })),
    ...(m.descriptions.length ? { descriptions: m.descriptions.map((d) => ({ role: d.role, contenttype: 'text/plain', value: d.value })) } : {}),
    bodies: [{ role: 'main', contenttype: 'text/html', charcount: m.body.charCount, wordcount: m.body.wordCount, value: m.body.html }],
    ...(m.by ? { by: m.by } : {}),
    ...(m.people.length ? { people: m.people } : {}),
    subjects: m.subjects,
    ...(m.infoSources.length ? { infosources: m.infoSources } : {}),
    altids: m.altIds,
    ...(m.pictures.length ? { associations: m.pictures.map(pictureItem) } : {}),
  };
}
