/**
 * The reader site's footer, share links and page 2s over the seeded demo
 * newsroom, through the real server on every store: each edition's footer
 * shows its own links and the other editions' home pages in their languages;
 * admins change the links with PUT /api/admin/editions/:code/footer (editors
 * and reporters are refused) and a cached page shows the change on the next
 * request; articles carry script-free share links; every section has a page 2.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE } from '../../src/site/models/listing-page-model.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const footerOf = (html: string) => html.match(/<footer class="site-footer">[\s\S]*?<\/footer>/)?.[0] ?? '';
const decode = (s: string) => s.replace(/&amp;/g, '&');

for (const kind of testStoreKinds) {
  describe(`edition footer, share links and page 2s on ${kind.name}`, () => {
    let running: RunningApp;
    let admin: AdminClient;
    let editor: AdminClient;
    let reporter: AdminClient;

    beforeAll(async () => {
      running = await startTestApp(kind);
      [admin, editor, reporter] = [await signInAs(running, 'admin'), await signInAs(running, 'editor'), await signInAs(running, 'reporter')];
    });
    afterAll(async () => running?.stop());

    it('shows each edition its own footer links and the other language sites, named in their own language', async () => {
      const expected = { en: ['Imprint', 'Privacy', 'Contact'], de: ['Impressum', 'Datenschutz', 'Kontakt'], ar: ['بيانات الناشر', 'سياسة الخصوصية', 'اتصل بنا'] };
      for (const [code, labels] of Object.entries(expected)) {
        const footer = footerOf(await (await running.get(`/${code}/`)).text());
        expect(allMatches(footer, /<li><a href="[^"]+">([^<]+)<\/a><\/li>/), code).toEqual(labels);
        const sites = allMatches(footer, /<a (href="\/[a-z]+\/" lang="[a-z]+" dir="[a-z]+" hreflang="[a-z]+")>/);
        const others = { en: ['de', 'ar'], de: ['en', 'ar'], ar: ['en', 'de'] }[code]!;
        expect(sites, code).toEqual(others.map((o) => `href="/${o}/" lang="${o}" dir="${o === 'ar' ? 'rtl' : 'ltr'}" hreflang="${o}"`));
      }
      const api = await admin.request('GET', '/api/admin/editions/de/footer');
      expect(((await api.json()) as { links: { label: string }[] }).links.map((l) => l.label)).toEqual(expected.de);
    });

    it('lets only admins change the links, and a cached page shows the change on the next request', async () => {
      await running.get('/en/');
      expect((await running.get('/en/')).headers.get('x-cache')).toBe('HIT');
      const links = [
        { kind: 'imprint', label: 'Legal notice', href: 'https://publisher.example/legal' },
        { kind: 'contact', label: 'Write to us', href: 'mailto:letters@publisher.example' },
      ];
      for (const person of [editor, reporter]) expect((await person.request('PUT', '/api/admin/editions/en/footer', { links })).status).toBe(403);
      expect((await admin.request('PUT', '/api/admin/editions/en/footer', { links: [{ ...links[0], href: 'javascript:alert(1)' }] })).status).toBe(422);
      expect((await admin.request('PUT', '/api/admin/editions/en/footer', { links: [{ ...links[0], kind: 'tracking' }] })).status).toBe(422);
      expect((await admin.request('PUT', '/api/admin/editions/zz/footer', { links })).status).toBe(404);
      expect(footerOf(await (await running.get('/en/')).text())).toContain('>Imprint<');
      const saved = await admin.request('PUT', '/api/admin/editions/en/footer', { links });
      expect(saved.status).toBe(200);
      expect(await saved.json()).toEqual({ editionCode: 'en', links });
      // The site reloads its directory on `curation.changed`, then purges: on PostgreSQL that can take a moment.
      const footer = await vi.waitFor(async () => {
        const html = footerOf(await (await running.get('/en/')).text());
        expect(html).toContain('<a href="https://publisher.example/legal">Legal notice</a>');
        return html;
      }, { timeout: 10_000, interval: 50 });
      expect(footer).toContain('<a href="mailto:letters@publisher.example">Write to us</a>');
      expect(footer).not.toContain('>Imprint<');
      // Other editions keep theirs.
      expect(footerOf(await (await running.get('/de/')).text())).toContain('>Impressum<');
    });

    it('gives articles share links: e-mail with subject and address, and plain links to the networks, labelled in the edition language', async () => {
      const home = await (await running.get('/de/')).text();
      const path = allMatches(home, /href="(\/de\/[^"/]+\/a-\d+)"/)[0]!;
      const html = await (await running.get(path)).text();
      const section = html.match(/<section class="share-links"[\s\S]*?<\/section>/)?.[0] ?? '';
      // The short link, which redirects to the article: an Arabic headline's canonical URL, percent-encoded
      // twice over in five links, cost about 6 KB per page (issue 12's page-weight budget).
      const url = decode(html.match(/<p class="short-link__url"><a href="([^"]+)"/)?.[1] ?? '');
      expect(url.startsWith(`${running.app.config.publicUrl}/p/`), url).toBe(true);
      expect((await running.get(new URL(url).pathname)).headers.get('location')).toContain(path);
      const headline = decode(html.match(/<h1[^>]*>([^<]+)<\/h1>/)?.[1] ?? '');
      expect(section).toContain('<h2 class="share-links__heading" id="share-links-heading">Artikel teilen</h2>');
      const hrefs = allMatches(section, /href="([^"]+)"/).map(decode);
      // Letters may stay unencoded (IRI, src/site/paths.ts linkHref); spaces and delimiters may not.
      expect(hrefs[0]).toMatch(/^mailto:\?subject=[^\s&]+&body=[^\s&]+$/);
      const mail = new URLSearchParams(hrefs[0]!.slice('mailto:?'.length));
      expect([mail.get('subject'), mail.get('body')]).toEqual([headline, url]);
      expect(hrefs.slice(1).map((h) => new URL(h).hostname)).toEqual(['x.com', 'www.facebook.com', 'www.linkedin.com', 'wa.me', 't.me']);
      for (const href of hrefs.slice(1)) expect(decodeURIComponent(href)).toContain(url);
      expect(allMatches(section, /<a [^>]*target="_blank"[^>]*>/).every((a) => a.includes('rel="noopener"'))).toBe(true);
      expect(allMatches(section, /aria-label="([^"]+)"/)).toEqual([
        'Per E-Mail teilen', ...['X', 'Facebook', 'LinkedIn', 'WhatsApp', 'Telegram'].map((n) => `Auf ${n} teilen (öffnet ein neues Fenster)`),
      ]);
      // No third-party widget: the only script a page may load is Herald's own (live coverage pages).
      expect(allMatches(html, /<script[^>]+src="([^"]+)"/).filter((src) => !src.startsWith('/assets/'))).toEqual([]);
    });

    it('has a page 2 with stories in every section of every edition', async () => {
      for (const edition of await running.app.store.listEditions()) {
        for (const section of await running.app.store.listSections(edition.code)) {
          const response = await running.get(`/${edition.code}/${section.path}/?page=2`);
          expect(response.status, `${edition.code}/${section.path}`).toBe(200);
          const teasers = allMatches(await response.text(), /<article class="teaser-card/).length;
          expect(teasers, `${edition.code}/${section.path}`).toBeGreaterThan(0);
          expect(teasers).toBeLessThanOrEqual(PAGE_SIZE);
        }
      }
    });
  });
}
