/**
 * The JSX runtime of the public site's views: each element becomes escaped
 * HTML as soon as it is created, so a page is rendered by evaluating its JSX
 * and there is no tree to walk afterwards (the views are plain functions of
 * their props, with no hooks, state or context).
 *
 * Text and attribute values are escaped exactly as preact-render-to-string
 * escaped them (`&`, `<` and `"`; the byte-for-byte comparison is in
 * test/site/html-jsx.test.ts), so escaping stays the default. The one way
 * around it is `dangerouslySetInnerHTML`, which takes `SafeHtml` only and
 * which views use only through views/raw-html.tsx (see safe-html.ts).
 *
 * The classic JSX transform calls `h` (tsconfig `jsxFactory`), imported by
 * every view: a relative import resolves the same under tsc, tsx, vitest and
 * the bundle, which a `jsxImportSource` naming a local file would not.
 */
import type { JSX as PreactJSX } from 'preact';
import type { SafeHtml } from './safe-html.js';

/**
 * Markup made by this runtime (or kept from it): inserted as it is, never
 * escaped again. Only the runtime makes these from text it escaped (and
 * chrome-parts.tsx its empty one); raw markup from elsewhere enters through
 * views/raw-html.tsx as `SafeHtml`, so `new Html(` is a trust point to grep for
 * beside `trustSanitizedHtml`.
 */
export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** What a view may render as children: nothing, text, numbers, markup from this runtime, or lists of those. */
export type Child = Html | string | number | bigint | boolean | null | undefined | readonly Child[];

type Props = Record<string, unknown> | null;
type Component = (props: Record<string, unknown>) => Child;

const NEEDS_ESCAPE = /["&<]/;

/** Escapes text and attribute values: `&`, `<` and `"` (`>` and `'` need no escape in text or double-quoted values). */
export function escapeHtml(text: string): string {
  if (text.length === 0 || !NEEDS_ESCAPE.test(text)) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    let entity: string;
    switch (text.charCodeAt(i)) {
      case 34: entity = '&quot;'; break;
      case 38: entity = '&amp;'; break;
      case 60: entity = '&lt;'; break;
      default: continue;
    }
    if (i !== last) out += text.slice(last, i);
    out += entity;
    last = i + 1;
  }
  return last === text.length ? out : out + text.slice(last);
}

/** The HTML of a child: text escaped, markup as it is, nothing for null, booleans and other values. */
export function renderChild(child: unknown): string {
  if (typeof child === 'string') return escapeHtml(child);
  if (child instanceof Html) return child.html;
  if (child == null || typeof child === 'boolean') return '';
  if (typeof child === 'number' || typeof child === 'bigint') return String(child);
  if (Array.isArray(child)) {
    let out = '';
    for (const item of child) out += renderChild(item);
    return out;
  }
  return '';
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'command', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const UNSAFE_NAME = /[\s\n\\/='"\0<>]/;
const LOWER_CASED = /^(?:accessK|auto[A-Z]|cell|ch|col|cont|cross|dateT|encT|form[A-Z]|frame|hrefL|inputM|maxL|minL|noV|playsI|popoverT|readO|rowS|src[A-Z]|tabI|useM|item[A-Z])/;
const NAMESPACED = /^(xlink|xmlns|xml)([A-Z])/;
const RENAMED: Record<string, string> = {
  className: 'class', htmlFor: 'for', defaultChecked: 'checked', defaultSelected: 'selected', defaultValue: 'value',
  acceptCharset: 'accept-charset', httpEquiv: 'http-equiv',
};

/**
 * How a prop name is written: null for props that are not attributes, and
 * whether booleans are written as "true"/"false" (aria-*, data-* and the
 * enumerated `draggable`/`spellcheck`). Worked out once per name.
 */
interface AttributeName {
  /** ` name`, as a boolean attribute is written. */
  bare: string;
  /** ` name="`, before the escaped value. */
  open: string;
  stringify: boolean;
}
const attributeNames = new Map<string, AttributeName | null>();

// The pieces of markup are kept whole (` name="`, `<tag>`, `</tag>`) rather than joined from parts on every element: each
// join is a node in the string V8 builds, and turning a page of ten thousand nodes into bytes was a fifth of its render.
const named = (name: string, stringify: boolean): AttributeName => ({ bare: ` ${name}`, open: ` ${name}="`, stringify });

function attributeName(prop: string): AttributeName | null {
  let known = attributeNames.get(prop);
  if (known !== undefined) return known;
  if (prop === 'children' || prop === 'key' || prop === 'ref' || prop === '__self' || prop === '__source' || prop === 'dangerouslySetInnerHTML') known = null;
  else if (Object.hasOwn(RENAMED, prop)) known = named(RENAMED[prop] as string, false);
  else if (UNSAFE_NAME.test(prop)) known = null;
  else if (NAMESPACED.test(prop)) known = named(prop.replace(NAMESPACED, '$1:$2').toLowerCase(), false);
  else if (prop[4] === '-' || prop === 'draggable' || prop === 'spellcheck') known = named(prop, true);
  else known = named(LOWER_CASED.test(prop) ? prop.toLowerCase() : prop, false);
  attributeNames.set(prop, known);
  return known;
}

function attributes(tag: string, props: Record<string, unknown>): string {
  let out = '';
  for (const prop in props) {
    let value = props[prop];
    if (typeof value === 'function' && prop !== 'class' && prop !== 'className') continue;
    const attribute = attributeName(prop);
    if (attribute === null) continue;
    // The renamed forms give way to the plain attribute when both are given.
    if ((prop === 'className' && 'class' in props) || (prop === 'htmlFor' && 'for' in props)) continue;
    if (attribute.stringify && value != null) value = String(value);
    if (value == null || value === false) continue;
    if (prop === 'style' && typeof value === 'object') throw new Error('style objects are not supported; pass a string');
    // Preact moves these into the content or onto the options; no view needs that.
    if ((prop === 'value' || prop === 'defaultValue') && (tag === 'textarea' || tag === 'select')) throw new Error(`<${tag} value> is not supported`);
    out += value === true || value === '' ? attribute.bare : attribute.open + escapeHtml(String(value)) + '"';
  }
  return out;
}

interface TagMarkup { start: string; open: string; close: string; empty: string; isVoid: boolean }
const tagMarkup = new Map<string, TagMarkup>();

function markupOf(tag: string): TagMarkup {
  let known = tagMarkup.get(tag);
  if (known) return known;
  if (UNSAFE_NAME.test(tag)) throw new Error(`${tag} is not a valid HTML tag name`);
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  const isVoid = VOID_ELEMENTS.has(tag);
  known = { start: `<${tag}`, open, close, empty: isVoid ? `<${tag}/>` : open + close, isVoid };
  // Tag names come from the views' JSX, a fixed set; the bound only guards against a view that makes them up.
  if (tagMarkup.size < 500) tagMarkup.set(tag, known);
  return known;
}

function element(tag: string, props: Props, children: unknown[]): Html {
  const markup = markupOf(tag);
  let attrs = '';
  let inner = '';
  if (props !== null) {
    attrs = attributes(tag, props);
    const raw = props.dangerouslySetInnerHTML as { __html?: string } | null | undefined;
    inner = raw?.__html ?? '';
  }
  if (!inner) inner = children.length === 1 ? renderChild(children[0]) : renderChild(children);
  if (!attrs) return new Html(inner ? markup.open + inner + markup.close : markup.empty);
  if (!inner && markup.isVoid) return new Html(markup.start + attrs + '/>');
  return new Html(markup.start + attrs + '>' + inner + markup.close);
}

/** The JSX factory (tsconfig `jsxFactory`): an element's or a component's HTML, made now. */
export function h(type: string, props: Props, ...children: unknown[]): Html;
export function h<P extends object>(type: (props: P) => Child, props: P, ...children: unknown[]): Html;
export function h(type: string | Component, props: Props, ...children: unknown[]): Html {
  if (typeof type === 'string') return element(type, props, children);
  let componentProps = props ?? {};
  if (children.length > 0) componentProps = { ...componentProps, children: children.length === 1 ? children[0] : children };
  const rendered = type(componentProps);
  return rendered instanceof Html ? rendered : new Html(renderChild(rendered));
}

/** `<>…</>` (tsconfig `jsxFragmentFactory`). */
export function Fragment({ children }: { children?: Child }): Html {
  return new Html(renderChild(children));
}

type Attributes<T> = Omit<T, 'dangerouslySetInnerHTML' | 'style'> & {
  /** Only views/raw-html.tsx sets this; the value must be `SafeHtml`. */
  dangerouslySetInnerHTML?: { __html: SafeHtml };
  style?: string;
};

// The JSX types of the classic transform are looked up on the factory: `h.JSX`. Attribute types are Preact's.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace h {
  export namespace JSX {
    type Element = Html;
    interface ElementChildrenAttribute { children: unknown }
    interface IntrinsicAttributes { key?: string | number | null }
    type IntrinsicElements = { [Tag in keyof PreactJSX.IntrinsicElements]: Attributes<PreactJSX.IntrinsicElements[Tag]> };
  }
}
