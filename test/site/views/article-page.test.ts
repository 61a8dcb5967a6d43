import { describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../../src/site/views/article-page.js';
import { buildArticleModel, buildImage } from './fixtures.js';
import { attr, focusableTags, ids, innerOf, openingTags, textOf } from './html-helpers.js';

describe('renderArticlePage', () => {
  const model = buildArticleModel('en');
  const html = renderArticlePage(model);

  it('returns a complete document with the edition language and direction', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('fills the head: charset, viewport, title, description, canonical, hreflang, stylesheet', () => {
    const head = innerOf(html, 'head') ?? '';
    expect(head.indexOf('<meta charset="utf-8"')).toBe(0);
    expect(head).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"');
    expect(textOf(innerOf(head, 'title') ?? '')).toBe(`${model.headline} – Herald`);
    expect(head).toContain(`<meta name="description" content="${model.chrome.description}"`);
    expect(head).toContain('<link rel="canonical" href="https://news.example/en/harbour-barriers/a-42"');
    const alternates = openingTags(head, 'link').filter((tag) => attr(tag, 'rel') === 'alternate' && attr(tag, 'hreflang'));
    expect(alternates.map((tag) => attr(tag, 'hreflang'))).toEqual(['en', 'de', 'ar']);
    expect(head).toContain('<link rel="stylesheet" href="/assets/site.3f9a1c.css"');
  });

  it('ships no JavaScript: the one script element is JSON-LD data', () => {
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json">)/i);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).not.toMatch(/\son[a-z]+="/i);
  });

  it('has exactly one h1, the headline', () => {
    const h1s = openingTags(html, 'h1');
    expect(h1s).toHaveLength(1);
    expect(textOf(innerOf(html, 'h1') ?? '')).toBe(model.headline);
  });

  it('puts the three skip links first and their targets exist', () => {
    const firstThree = focusableTags(html).slice(0, 3).map((tag) => attr(tag, 'href'));
    expect(firstThree).toEqual(['#main-content', '#main-menu', '#language-menu']);
    expect(html).toContain('>Skip to content</a>');
    expect(html).toContain('>Skip to main menu</a>');
    expect(html).toContain('>Skip to other language sites</a>');
    expect(html).toMatch(/<main id="main-content" tabindex="-1"/);
    expect(html).toMatch(/<nav id="main-menu"[^>]*aria-label="Main menu"/);
    expect(html).toMatch(/<nav id="language-menu"[^>]*aria-label="Other languages"/);
    const declared = ids(html);
    expect(new Set(declared).size).toBe(declared.length);
  });

  it('renders the main menu with nested subsections and the current section', () => {
    const menu = innerOf(html, 'nav', /id="main-menu"/) ?? '';
    expect(menu).toMatch(/<a href="\/en\/world" aria-current="page">World<\/a><ul class="main-menu__sub">/);
    expect(menu).toContain('<a href="/en/world/s0">Europe</a>');
    expect(menu).toContain('<a href="/en/">Home</a>');
  });

  it('lists the editions, each link with its own lang, dir and hreflang', () => {
    const menu = innerOf(html, 'nav', /id="language-menu"/) ?? '';
    const links = openingTags(menu, 'a');
    expect(links).toHaveLength(3);
    const arabic = links.find((tag) => attr(tag, 'lang') === 'ar') ?? '';
    expect(attr(arabic, 'dir')).toBe('rtl');
    expect(attr(arabic, 'hreflang')).toBe('ar');
    expect(links.filter((tag) => attr(tag, 'aria-current') === 'page').map((tag) => attr(tag, 'lang'))).toEqual(['en']);
  });

  it('has a header with the site title linking home, the in-focus bar and a footer', () => {
    expect(html).toMatch(/<header class="site-header">[\s\S]*<a class="site-title" href="\/en\/">Herald<\/a>/);
    const focus = innerOf(html, 'nav', /aria-label="In focus"/) ?? '';
    expect(openingTags(focus, 'a')).toHaveLength(3);
    expect(html).toMatch(/<footer class="site-footer">/);
  });

  it('renders breadcrumb, kicker, teaser and publication times inside <article>', () => {
    const article = innerOf(html, 'article', /class="article"/) ?? '';
    expect(article).toMatch(/<nav class="breadcrumb" aria-label="You are here"><ol/);
    expect(article).toContain('<p class="kicker">Coastal cities</p>');
    expect(article).toContain(`<p class="teaser">${model.teaser}</p>`);
    expect(article).toContain('Published <time datetime="2025-03-12T08:15:00.000Z">12 March 2025, 08:15</time>');
    expect(article).toContain('Updated <time datetime="2025-03-12T11:40:00.000Z">12 March 2025, 11:40</time>');
  });

  it('omits the updated time when the article was not changed', () => {
    const unchanged = renderArticlePage(buildArticleModel('en', { updatedAt: null, updatedLabel: null }));
    expect(openingTags(unchanged, 'time').filter((tag) => tag.includes('2025-03-12T11:40'))).toHaveLength(0);
    expect(unchanged).not.toContain('Updated <time');
  });

  it('renders the lead image eagerly with its caption and credit', () => {
    const lead = innerOf(html, 'figure', /figure--lead/) ?? '';
    const img = openingTags(lead, 'img')[0] ?? '';
    expect(attr(img, 'src')).toBe('/media/barrier-960.webp');
    expect(attr(img, 'srcset')).toContain('1600w');
    expect(attr(img, 'sizes')).toBe('(min-width: 48rem) 46rem, 100vw');
    expect(attr(img, 'width')).toBe('1600');
    expect(attr(img, 'height')).toBe('900');
    expect(attr(img, 'alt')).toBe(model.leadImage?.alt);
    expect(attr(img, 'loading')).toBe('eager');
    expect(attr(img, 'decoding')).toBe('async');
    // The focal point is a class (site.css presets): the CSP's style-src 'self' blocks inline styles.
    expect(attr(img, 'style')).toBeUndefined();
    expect(attr(img, 'class')).toBe('figure__image focal-x-25 focal-y-25');
    const caption = textOf(innerOf(lead, 'figcaption') ?? '');
    expect(caption).toContain('A test barrier in the outer harbour at low tide');
    expect(caption).toContain('Image: Jane Roe/AFP/Getty Images');
  });

  it('renders body images lazily and leaves out an empty caption', () => {
    const bodyImage = openingTags(innerOf(html, 'figure', /figure--body/) ?? '', 'img')[0] ?? '';
    expect(attr(bodyImage, 'loading')).toBe('lazy');
    const bare = buildArticleModel('en', { leadImage: buildImage('en', { caption: '', credit: '' }) });
    expect(innerOf(renderArticlePage(bare), 'figure', /figure--lead/)).not.toContain('<figcaption');
    const noLead = renderArticlePage(buildArticleModel('en', { leadImage: null }));
    expect(noLead).not.toContain('figure--lead');
  });

  it('renders every body block type', () => {
    const body = innerOf(html, 'div', /class="article__body"/) ?? html;
    expect(html).toContain('<strong>Three towns take part</strong>');
    expect(html).toContain('<a href="/en/topics/t0"><em>How the barriers work</em></a>');
    expect(html).toContain('<h2 id="how-the-barriers-work">How the barriers work</h2>');
    expect(html).toMatch(/<aside class="related" aria-labelledby="read-also-4"><p class="related__label" id="read-also-4">Read also<\/p>/);
    expect(html).toContain('<a class="related__link" href="/en/story-7/a-7">');
    expect(html).toMatch(/<blockquote class="quote__text"><p>We will only know after the first real storm\.<\/p><\/blockquote>/);
    expect(html).toContain('<cite>Project engineer Mara Lind</cite>');
    expect(html).toMatch(/<ul><li>Three towns take part<\/li><li>The trial runs for two years<\/li><\/ul>/);
    expect(html).toContain('Video: The barriers in a storm simulation');
    expect(body).not.toMatch(/<(iframe|video|audio|object|embed)[\s>]/);
  });

  it('shows the byline exactly and names the authors', () => {
    const bylineTag = openingTags(html, 'p').find((tag) => attr(tag, 'class') === 'byline') ?? '';
    expect(attr(bylineTag, 'title')).toBe('Authors: Erika Sommer and Wim de Mol');
    expect(textOf(innerOf(html, 'p', /class="byline"/) ?? '')).toBe('es/wdm (AFP, dpa)');
    expect(html).toContain(
      '<p class="article__authors">Authors: <a href="/en/author/author-0/" rel="author">Erika Sommer</a> and <a href="/en/author/author-1/" rel="author">Wim de Mol</a></p>',
    );
  });

  it('shows the short link as visible text and as a plain link', () => {
    const section = innerOf(html, 'section', /class="short-link"/) ?? '';
    expect(section).toContain('>Short link</h2>');
    expect(section).toContain('<a href="https://herald.example/p/4mYYo" dir="ltr"><code>https://herald.example/p/4mYYo</code></a>');
    expect(section).toContain('Copy this link to share the article.');
  });

  it('lists related topics and the translations in other editions', () => {
    const topics = innerOf(html, 'nav', /aria-label="Related topics"/) ?? '';
    expect(openingTags(topics, 'a').map((tag) => attr(tag, 'href'))).toEqual(['/en/topics/t0', '/en/topics/t1', '/en/topics/t2']);
    const translations = innerOf(html, 'section', /class="translations"/) ?? '';
    const links = openingTags(translations, 'a');
    expect(links.map((tag) => attr(tag, 'hreflang'))).toEqual(['de', 'ar']);
    expect(attr(links[1] ?? '', 'dir')).toBe('rtl');
  });

  it('escapes text from the model instead of emitting markup', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const page = renderArticlePage(
      buildArticleModel('en', {
        headline: hostile,
        byline: '<b>es</b>',
        body: [{ type: 'paragraph', spans: [{ text: '<em>not markup</em>' }] }],
        chrome: { ...buildArticleModel('en').chrome, title: hostile, description: `"${hostile}` },
      }),
    );
    expect(page).not.toMatch(/<script(?! type="application\/ld\+json">)/i);
    expect(page).not.toMatch(/<img src=x/i);
    expect(page).not.toContain('<b>es</b>');
    expect(page).not.toContain('<em>not markup</em>');
    expect(page).toContain('&lt;script>alert(&quot;x&quot;)&lt;/script> &amp; &lt;img src=x onerror=alert(1)>');
    expect(textOf(innerOf(page, 'h1') ?? '')).toBe(hostile);
    expect(textOf(innerOf(page, 'title') ?? '')).toBe(`${hostile} – Herald`);
  });

  it('drops link targets with unsafe schemes but keeps the text', () => {
    const page = renderArticlePage(
      buildArticleModel('en', {
        body: [{ type: 'paragraph', spans: [{ text: 'click me', href: 'javascript:alert(1)' }, { text: ' and ', href: '//evil.example/' }] }],
      }),
    );
    expect(page).not.toContain('javascript:');
    expect(page).not.toContain('//evil.example');
    expect(page).toContain('<p>click me and </p>');
  });

  it('renders stored links that break the domain URL rule as plain text', () => {
    const hrefs = ['/\\evil.example/', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', ' /x', '\\\\evil.example'];
    const page = renderArticlePage(
      buildArticleModel('en', { body: [{ type: 'paragraph', spans: hrefs.map((href, i) => ({ text: `s${i} `, href })) }] }),
    );
    expect(page).toContain('<p>s0 s1 s2 s3 s4 s5 </p>');
    expect(page).not.toMatch(/evil\.example|script:|data:text/i);
  });
});

describe('renderArticlePage in a right-to-left edition', () => {
  const html = renderArticlePage(buildArticleModel('ar'));

  it('sets lang and dir on <html> once', () => {
    expect(html).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(openingTags(html, 'h1')).toHaveLength(1);
  });

  it('uses the Arabic interface strings', () => {
    expect(html).toContain('>انتقل إلى المحتوى</a>');
    expect(html).toMatch(/<nav id="main-menu"[^>]*aria-label="القائمة الرئيسية"/);
    expect(textOf(innerOf(html, 'figure', /figure--lead/) ?? '')).toContain('الصورة: Jane Roe/AFP/Getty Images');
    expect(textOf(innerOf(html, 'p', /class="byline"/) ?? '')).toBe('سح/ين (أ ف ب، د ب أ)');
  });

  it('keeps the short URL left-to-right', () => {
    expect(innerOf(html, 'section', /class="short-link"/)).toMatch(/<a href="https:\/\/herald\.example\/p\/4mYYo" dir="ltr">/);
  });
});
