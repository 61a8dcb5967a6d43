/**
 * What an inline element of pasted HTML means for the text inside it: bold or
 * italic on or off (tags and inline styles, so Google Docs' wrapping
 * `<b style="font-weight:normal">` is not bold), a safe link, hidden text, or
 * a Word list marker (`mso-list:Ignore`).
 */
import { isSafeHref } from './doc-types.js';

export interface Frame {
  tag: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
  hidden?: boolean;
  marker?: boolean;
}

export function parseStyle(style: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const rule of (style ?? '').split(';')) {
    const colon = rule.indexOf(':');
    if (colon > 0) map.set(rule.slice(0, colon).trim().toLowerCase(), rule.slice(colon + 1).trim().toLowerCase());
  }
  return map;
}

export function frameFor(tag: string, attrs: Record<string, string>): Frame {
  const style = parseStyle(attrs.style);
  const frame: Frame = { tag };
  if (tag === 'b' || tag === 'strong') frame.bold = true;
  if (tag === 'i' || tag === 'em') frame.italic = true;
  const weight = style.get('font-weight');
  if (weight) frame.bold = /^(bold|bolder|[6-9]00)$/.test(weight);
  const fontStyle = style.get('font-style');
  if (fontStyle) frame.italic = /^(italic|oblique)/.test(fontStyle);
  if (tag === 'a') {
    const href = (attrs.href ?? '').trim();
    if (isSafeHref(href)) frame.href = href;
  }
  if (style.get('display') === 'none' || style.get('visibility') === 'hidden' || style.get('mso-hide') === 'all' || 'hidden' in attrs)
    frame.hidden = true;
  if (style.get('mso-list') === 'ignore') frame.marker = true;
  return frame;
}
