/**
 * NewsML 1.2 nests NewsComponents inside NewsComponents (text, photo, video
 * variants). These helpers flatten the tree and describe its ContentItems.
 */
import { attr, child, children, childText, type XmlElement } from '../xml.js';

export interface ContentItemInfo {
  href?: string | undefined;
  mimeType?: string | undefined;
  isImage: boolean;
  isVideo: boolean;
  /** Raw inner markup of DataContent (a stop node), when present. */
  dataContent?: string | undefined;
  /** Headline of the component holding the item. */
  title?: string | undefined;
}

/** All NewsComponents, depth first, the outermost first. */
export function newsComponents(root: XmlElement | undefined): XmlElement[] {
  const result: XmlElement[] = [];
  const stack: XmlElement[] = root ? [root] : [];
  while (stack.length > 0) {
    const component = stack.pop() as XmlElement;
    result.push(component);
    const nested = children(component, 'NewsComponent');
    for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i] as XmlElement);
  }
  return result;
}

export function contentItems(components: XmlElement[]): ContentItemInfo[] {
  return components.flatMap((component) =>
    children(component, 'ContentItem').map((item) => {
      const mimeType = attr(child(item, 'MimeType'), 'FormalName');
      const mediaType = attr(child(item, 'MediaType'), 'FormalName') ?? '';
      const format = attr(child(item, 'Format'), 'FormalName') ?? '';
      const data = child(item, 'DataContent');
      return {
        href: attr(item, 'Href'),
        mimeType,
        isImage: /^image\//i.test(mimeType ?? '') || /photo|graphic|image/i.test(mediaType) || /jpe?g|png|gif/i.test(format),
        isVideo: /^video\//i.test(mimeType ?? '') || /video/i.test(mediaType) || /video|wmv|mpeg-?4|mp4/i.test(format),
        dataContent: data && data.text.trim() !== '' ? data.text : undefined,
        title: childText(child(component, 'NewsLines'), 'HeadLine'),
      };
    }),
  );
}
