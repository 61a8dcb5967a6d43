/**
 * An article body as an HTML fragment for ninjs `bodies` (content type
 * text/html). Built from the structured blocks with every text and attribute
 * escaped, so nothing a writer typed can become markup. Site-relative links
 * and pictures are made absolute, since a ninjs document travels off-site.
 * Related-article teasers are left out: they point to other articles that a
 * partner may not have (or that may no longer be public).
 */
import type { BodyBlock, TextSpan } from '../../../domain/blocks.js';
import { formatImageCredit } from '../../../domain/image-credit.js';
import { mediaPath } from '../../../site/paths.js';
import type { BundleImage } from '../article-bundle.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const absolute = (href: string, publicUrl: string) => (href.startsWith('/') && !href.startsWith('//') ? publicUrl + href : href);

function spans(list: readonly TextSpan[], publicUrl: string): string {
  return list
    .map((span) => {
      let html = escapeHtml(span.text);
      if (span.marks?.includes('italic')) html = `<em>${html}</em>`;
      if (span.marks?.includes('bold')) html = `<strong>${html}</strong>`;
      return span.href ? `<a href="${escapeHtml(absolute(span.href, publicUrl))}">${html}</a>` : html;
    })
    .join('');
}

export function bodyToHtml(blocks: readonly BodyBlock[], images: ReadonlyMap<number, BundleImage>, publicUrl: string): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(`<p>${spans(block.spans, publicUrl)}</p>`);
        break;
      case 'subheading':
        out.push(`<h2>${escapeHtml(block.text)}</h2>`);
        break;
      case 'quote':
        out.push(`<blockquote><p>${escapeHtml(block.text)}</p>${block.attribution ? `<footer>${escapeHtml(block.attribution)}</footer>` : ''}</blockquote>`);
        break;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        out.push(`<${tag}>${block.items.map((item) => `<li>${spans(item, publicUrl)}</li>`).join('')}</${tag}>`);
        break;
      }
      case 'image': {
        const image = images.get(block.imageId);
        if (!image) break;
        const caption = block.caption ?? image.caption;
        const credit = block.credit ?? formatImageCredit({ name: image.creditName, agency: image.creditAgency, distributor: image.creditDistributor });
        const text = [caption, credit].filter(Boolean).map(escapeHtml).join(' — ');
        out.push(
          `<figure><img src="${escapeHtml(publicUrl + mediaPath(image.fileName))}" alt="${escapeHtml(block.alt ?? image.alt)}" width="${image.width}" height="${image.height}">` +
            `${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`,
        );
        break;
      }
      case 'embed':
        out.push(block.url ? `<p><a href="${escapeHtml(absolute(block.url, publicUrl))}">${escapeHtml(block.title)}</a></p>` : `<p>${escapeHtml(block.title)}</p>`);
        break;
      case 'related':
        break;
    }
  }
  return out.join('\n');
}
