/**
 * What must be true before an article goes public: a headline, a section,
 * and every image (lead and inline) with alt text, a caption and a credit.
 * The message lists everything missing at once, so an editor fixes it in one go.
 */
import type { Article } from '../domain/article.js';
import { HeraldError } from '../domain/errors.js';
import { formatImageCredit } from '../domain/image-credit.js';
import type { ContentReader } from './ports.js';

export async function assertPublishable(reader: ContentReader, article: Article): Promise<void> {
  const problems: string[] = [];
  if (!article.headline.trim()) problems.push('the headline is empty');
  const blocks = article.body.flatMap((b, index) => (b.type === 'image' ? [{ b, index }] : []));
  const ids = [...new Set([...(article.leadImageId ? [article.leadImageId] : []), ...blocks.map(({ b }) => b.imageId)])];
  const images = new Map((await reader.getImages(ids)).map((i) => [i.id, i]));
  const check = (label: string, imageId: number, override: { alt?: string; caption?: string; credit?: string } = {}) => {
    const image = images.get(imageId);
    if (!image) return problems.push(`${label} refers to an image that does not exist`);
    const missing = [
      !(override.alt ?? image.alt).trim() && 'alt text',
      !(override.caption ?? image.caption).trim() && 'caption',
      !(override.credit ?? formatImageCredit({ name: image.creditName, agency: image.creditAgency, distributor: image.creditDistributor })).trim() &&
        'credit',
    ].filter(Boolean);
    if (missing.length) problems.push(`${label} has no ${missing.join(', ')}`);
    return 0;
  };
  if (article.leadImageId) check('the lead image', article.leadImageId);
  for (const { b, index } of blocks)
    check(`the image in body block ${index + 1}`, b.imageId, { ...(b.alt !== undefined ? { alt: b.alt } : {}), ...(b.caption !== undefined ? { caption: b.caption } : {}), ...(b.credit !== undefined ? { credit: b.credit } : {}) });
  if (problems.length)
    throw new HeraldError('HERALD_VALIDATION', `Not ready to publish: ${problems.join('; ')}.`, { details: { problems } });
}
