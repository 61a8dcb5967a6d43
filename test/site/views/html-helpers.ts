/**
 * Small string helpers for asserting on rendered HTML without a DOM parser
 * (none is installed). They rely on the renderer's regular output: double-
 * quoted attributes and no `>` inside attribute values of the tags queried.
 */

/** Every opening tag of `name`, e.g. `<h1 class="x">`, in document order. */
export function openingTags(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}(?=[\\s>/])[^>]*>`, 'g')) ?? [];
}

/** The value of `attribute` in one opening tag, or undefined. */
export function attr(tag: string, attribute: string): string | undefined {
  const match = new RegExp(`\\s${attribute}="([^"]*)"`).exec(tag);
  return match?.[1];
}

/** Inner HTML of the first `<name …>…</name>` whose opening tag matches `tagPattern` (no nesting of the same tag). */
export function innerOf(html: string, name: string, tagPattern: RegExp = /.*/): string | undefined {
  const re = new RegExp(`(<${name}(?=[\\s>])[^>]*>)([\\s\\S]*?)</${name}>`, 'g');
  for (const match of html.matchAll(re)) {
    if (tagPattern.test(match[1] ?? '')) return match[2];
  }
  return undefined;
}

/** Text content: tags removed, the common entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Opening tags of keyboard-focusable elements in document order (links with href, form controls, tabindex ≥ 0). */
export function focusableTags(html: string): string[] {
  const all = html.match(/<(a|button|input|select|textarea|summary)(?=[\s>])[^>]*>|<[a-z]+[^>]*\stabindex="\d+"[^>]*>/g) ?? [];
  return all.filter((tag) => !tag.startsWith('<a') || attr(tag, 'href') !== undefined);
}

/** Ids declared in the document. */
export function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '');
}
