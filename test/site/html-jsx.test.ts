/**
 * The site's JSX runtime escapes text and attribute values by default, lets
 * markup in only as its own output or `SafeHtml`, and writes the same bytes
 * preact-render-to-string wrote for the same tree (the views moved from it),
 * checked here on generated trees with hostile text and every attribute form
 * the views use.
 */
import fc from 'fast-check';
import { Fragment as PreactFragment, h as preactH, type ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { escapeHtml, Fragment, h, Html, renderChild, type Child } from '../../src/site/html-jsx.js';
import { trustSanitizedHtml } from '../../src/site/safe-html.js';
import { RawHtml } from '../../src/site/views/raw-html.js';

describe('the site JSX runtime', () => {
  it('escapes hostile text and attribute values', () => {
    const html = h('a', { href: '/x?a=1&b=2', title: '"><script>alert(1)</script>' }, '<img src=x onerror=alert(1)> & "quotes"');
    expect(html.html).toBe('<a href="/x?a=1&amp;b=2" title="&quot;>&lt;script>alert(1)&lt;/script>">&lt;img src=x onerror=alert(1)> &amp; &quot;quotes&quot;</a>');
  });

  it('drops attribute names that could break out of the tag, and refuses such tag names', () => {
    expect(h('div', { 'x onload': 'a', 'y"': 'b', 'z>': 'c', id: 'ok' }).html).toBe('<div id="ok"></div>');
    expect(() => h('div onload=x', null)).toThrow();
  });

  it('trusts only its own output: a look-alike object or a string is not markup', () => {
    expect(renderChild({ html: '<script>alert(1)</script>' })).toBe('');
    expect(h('p', null, h('b', null, 'bold'), '<b>not bold</b>').html).toBe('<p><b>bold</b>&lt;b>not bold&lt;/b></p>');
  });

  it('inserts SafeHtml unescaped through RawHtml, and the compiler refuses a plain string', () => {
    expect(RawHtml({ html: trustSanitizedHtml('<p>Sanitised</p>'), as: 'section', className: 'a"b' }).html).toBe('<section class="a&quot;b"><p>Sanitised</p></section>');
    // @ts-expect-error a plain string is not SafeHtml (what a view's JSX attributes are checked against)
    const attributes: h.JSX.IntrinsicElements['div'] = { dangerouslySetInnerHTML: { __html: '<i>raw</i>' } };
    expect(attributes.dangerouslySetInnerHTML?.__html).toBe('<i>raw</i>');
  });

  it('writes void elements, boolean, null and false attributes, and renamed props as Preact did', () => {
    expect(h('input', { type: 'search', value: undefined, maxLength: 200, required: true, disabled: false, autoFocus: null }).html)
      .toBe('<input type="search" maxlength="200" required/>');
    expect(h('div', { className: 'a', 'aria-hidden': true, 'data-on': false, tabIndex: -1 }).html).toBe('<div class="a" aria-hidden="true" data-on="false" tabindex="-1"></div>');
    expect(h(Fragment, {}, 'a', 1, null, false, [2, ['b']]).html).toBe('a12b');
  });

  it('refuses style objects rather than writing them differently', () => {
    expect(() => h('div', { style: { color: 'red' } })).toThrow(/style/);
  });

  it('matches preact-render-to-string byte for byte on generated trees', () => {
    type Node = string | number | boolean | null | Node[] | { tag: string; attrs: Record<string, unknown>; children: Node[] } | { wrap: string; child: Node };
    const text = fc.array(fc.constantFrom('a', ' ', '<', '>', '&', '"', "'", '&amp;', '</script>', 'é', '\u2028', 'ليلى', '`'), { maxLength: 6 }).map((parts) => parts.join(''));
    const attrName = fc.constantFrom(
      'id', 'class', 'className', 'title', 'href', 'for', 'htmlFor', 'lang', 'aria-hidden', 'aria-label', 'data-hls', 'tabIndex', 'tabindex',
      'maxLength', 'srcLang', 'dateTime', 'playsInline', 'hidden', 'controls', 'draggable', 'content', 'key', 'selected',
    );
    const attrValue = fc.oneof(text, fc.integer({ min: -3, max: 300 }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(''));
    const tag = fc.constantFrom('div', 'span', 'p', 'a', 'li', 'img', 'br', 'meta', 'link', 'input', 'source', 'track', 'time', 'section', 'option');
    const { node } = fc.letrec<{ node: Node; element: Node; wrapped: Node }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.boolean(), fc.constant(null), tie('element'), tie('wrapped'), fc.array(tie('node'), { maxLength: 3 })),
      element: fc.record({ tag, attrs: fc.dictionary(attrName, attrValue, { maxKeys: 5 }), children: fc.array(tie('node'), { maxLength: 3 }) }),
      wrapped: fc.record({ wrap: text, child: tie('node') }),
    }));

    const ours = (n: Node): Child => {
      if (Array.isArray(n)) return n.map(ours);
      if (n !== null && typeof n === 'object') {
        if ('wrap' in n) return h(({ label, children }: { label: string; children?: Child }) => h('em', { title: label }, children), { label: n.wrap }, ours(n.child));
        return h(n.tag, n.attrs, ...n.children.map(ours));
      }
      return n;
    };
    const preacts = (n: Node): ComponentChildren => {
      if (Array.isArray(n)) return n.map(preacts);
      if (n !== null && typeof n === 'object') {
        if ('wrap' in n) return preactH(({ label, children }: { label: string; children?: ComponentChildren }) => preactH('em', { title: label }, children), { label: n.wrap }, preacts(n.child));
        return preactH(n.tag, n.attrs, ...n.children.map(preacts));
      }
      return n;
    };

    fc.assert(fc.property(node, (tree) => {
      const expected = renderToString(preactH(PreactFragment, null, preacts(tree)));
      expect(renderChild(ours(tree))).toBe(expected);
    }), { numRuns: 2000 });
  });

  it('escapes exactly &, < and "', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(escapeHtml(text)).toBe(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'));
    }));
    expect(new Html('<b>').toString()).toBe('<b>');
  });
});
