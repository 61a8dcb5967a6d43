/**
 * The header, "In focus" bar and footer are the same on every page of an
 * edition (bar the current menu item and the language links of a translated
 * article), yet rendering them was half the time of an uncached article page.
 * They are rendered once per edition directory and variant and kept as HTML;
 * the directory object is replaced whenever the edition's curation changes
 * (`curation.changed` reloads it in src/app.ts), which drops its entries.
 *
 * The site's JSX runtime (html-jsx.ts) makes HTML as each element is created,
 * so a kept part is returned in place as markup: the kept HTML is the runtime's
 * own escaped output.
 */
import { Html } from '../html-jsx.js';
import type { PageChromeModel } from '../view-models.js';

/** Variants kept per edition directory: menus with each root section current, and translated articles' language links. */
const MAX_VARIANTS = 200;

const renderedByScope = new WeakMap<object, WeakMap<object, Map<string, Html>>>();

const NOTHING = new Html('');

function keptHtml(chrome: PageChromeModel, variant: string, render: () => Html | null): Html {
  const scope = chrome.chromeCacheScope;
  if (!scope) return render() ?? NOTHING;
  let byMessages = renderedByScope.get(scope);
  if (!byMessages) renderedByScope.set(scope, (byMessages = new WeakMap()));
  let variants = byMessages.get(chrome.messages);
  if (!variants) byMessages.set(chrome.messages, (variants = new Map()));
  const kept = variants.get(variant);
  if (kept !== undefined) return kept;
  // The runtime escaped every text and attribute in it when it was made.
  const html = render() ?? NOTHING;
  if (variants.size >= MAX_VARIANTS) variants.delete(variants.keys().next().value as string);
  variants.set(variant, html);
  return html;
}

/**
 * A chrome part: rendered once per edition directory and `variant` (which must
 * name everything the part shows beyond the directory and the messages), and
 * the kept HTML returned after that.
 */
export function KeptChromePart({ chrome, variant, render }: { chrome: PageChromeModel; variant: string; render: () => Html | null }) {
  return keptHtml(chrome, variant, render);
}
