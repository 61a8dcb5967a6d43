/**
 * `/` picks the edition from Accept-Language: q-values honoured, `de-AT` → de,
 * anything unknown → the default edition; `Vary: Accept-Language`, never a
 * shared-cacheable or page-cached answer; absurd headers are read only so far.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_LANGUAGE_LIMITS, chooseEdition, parseAcceptLanguage } from '../../src/site/accept-language.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const editions = [{ code: 'en', lang: 'en' }, { code: 'de', lang: 'de' }, { code: 'ar', lang: 'ar' }];

describe('Accept-Language parsing', () => {
  it('orders ranges by q, keeps ties in order and drops q=0 and junk', () => {
    expect(parseAcceptLanguage('fr;q=0.5, de-AT, ar;q=0.9, en;q=0, x y, ;q=1, it;q=2')).toEqual([
      { range: 'de-at', q: 1 }, { range: 'ar', q: 0.9 }, { range: 'fr', q: 0.5 },
    ]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });

  it('chooses by q-value, full tag or primary language, else the default', () => {
    expect(chooseEdition('de-AT,de;q=0.9,en;q=0.8', editions, 'en')).toBe('de');
    expect(chooseEdition('fr-FR, ar-EG;q=0.7, de;q=0.6', editions, 'en')).toBe('ar');
    expect(chooseEdition('en;q=0.2, ar;q=0.8', editions, 'en')).toBe('ar');
    expect(chooseEdition('fr, it', editions, 'en')).toBe('en');
    expect(chooseEdition('*', editions, 'en')).toBe('en');
    expect(chooseEdition('de;q=0, ar;q=0', editions, 'en')).toBe('en');
  });

  it('reads at most a bounded number of entries and characters', () => {
    const many = `${Array.from({ length: 100 }, () => 'fr').join(',')},de`;
    expect(parseAcceptLanguage(many).length).toBe(ACCEPT_LANGUAGE_LIMITS.maxEntries);
    expect(chooseEdition(many, editions, 'en')).toBe('en');
    expect(chooseEdition(`${'a'.repeat(ACCEPT_LANGUAGE_LIMITS.maxLength)},de`, editions, 'en')).toBe('en');
    expect(chooseEdition('x'.repeat(100_000), editions, 'en')).toBe('en');
  });
});

for (const kind of testStoreKinds) {
  describe(`/ by Accept-Language on ${kind.name}`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind);
    });
    afterAll(async () => running?.stop());

    const root = (acceptLanguage?: string, path = '/') =>
      running.get(path, acceptLanguage === undefined ? {} : { headers: { 'accept-language': acceptLanguage } });

    it('redirects to the edition the header asks for, with Vary and no shared caching', async () => {
      for (const [header, location] of [['de-AT,de;q=0.9', '/de/'], ['ar-SA', '/ar/'], ['fr;q=1, en;q=0.5', '/en/'], ['fr', '/en/']]) {
        const response = await root(header);
        expect(response.status, header).toBe(302);
        expect(response.headers.get('location'), header).toBe(location);
        expect(response.headers.get('vary')).toMatch(/accept-language/i);
        expect(response.headers.get('cache-control')).toMatch(/private/);
      }
    });

    it('never answers one reader with another reader\'s choice (no page cache for /)', async () => {
      expect((await root('ar')).headers.get('location')).toBe('/ar/');
      const again = await root('de');
      expect(again.headers.get('location')).toBe('/de/');
      expect(again.headers.get('x-cache')).toBe('BYPASS');
      // `//` and `/?x` are the same page as `/`: they choose too.
      expect((await root('de', '/?utm=1')).headers.get('location')).toBe('/de/');
      expect((await root('ar', '//')).headers.get('location')).toBe('/ar/');
    });
  });
}
