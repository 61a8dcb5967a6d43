/**
 * Raw HTML is the one thing the escaping renderer cannot protect, so it gets
 * its own type. A `SafeHtml` value can only be made here, which makes every
 * place that trusts markup easy to find (grep `trustSanitizedHtml`), and the
 * compiler rejects plain strings where `SafeHtml` is expected. Views pass raw
 * HTML to the page only through `views/raw-html.tsx`, which accepts nothing else.
 */

/** A string branded as trusted markup; the brand exists only for the compiler. */
export type SafeHtml = string & { readonly __safeHtml: true };

/**
 * Marks a string as safe to insert unescaped. Call it only on the output of
 * the sanitiser or of a serialiser that escapes for its context (such as
 * `jsonForScriptElement`), never on text from an editor, a wire feed or a URL.
 */
export function trustSanitizedHtml(html: string): SafeHtml {
  return html as SafeHtml;
}

/** One pass over the JSON: none of the escapes contains a character this replaces. */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029',
};

/**
 * Serialises data for a `<script type="application/ld+json">` element. JSON
 * allows `<`, `>` and `&` literally, but inside a script element `</script>`
 * or `<!--` in a headline would end or alter the element, so they become
 * Unicode escapes, which parse back to the same string. U+2028/U+2029 are
 * escaped too because some older script parsers treat them as line breaks.
 */
export function jsonForScriptElement(value: unknown): SafeHtml {
  const json = JSON.stringify(value) ?? 'null';
  return trustSanitizedHtml(json.replace(SCRIPT_UNSAFE, (character) => SCRIPT_ESCAPES[character] as string));
}
