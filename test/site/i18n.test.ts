import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/site/i18n/messages.js';
import { messages as english } from '../../src/site/i18n/messages/en.js';
import { getMessages, supportedLanguages } from '../../src/site/i18n/registry.js';

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('site messages', () => {
  it('supports English, German and Arabic', () => {
    expect(supportedLanguages()).toEqual(expect.arrayContaining(['en', 'de', 'ar']));
  });

  for (const lang of supportedLanguages()) {
    describe(lang, () => {
      const messages = getMessages(lang) as unknown as Record<string, unknown>;

      it('has every key of the English file as a non-empty string', () => {
        for (const key of Object.keys(english)) {
          const value = messages[key];
          expect(typeof value, `${lang}.${key}`).toBe('string');
          expect((value as string).trim(), `${lang}.${key}`).not.toBe('');
        }
      });

      it('has no keys the English file lacks', () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      });

      it('uses the same {placeholders} as English', () => {
        for (const [key, template] of Object.entries(english)) {
          expect(placeholders(messages[key] as string), `${lang}.${key}`).toEqual(placeholders(template));
        }
      });
    });
  }

  it('keeps German and Arabic translated, not copied from English', () => {
    const de = getMessages('de');
    const ar = getMessages('ar');
    expect(de.skipToContent).toBe('Zum Inhalt springen');
    expect(ar.skipToContent).toBe('انتقل إلى المحتوى');
    expect(ar.notFoundTitle).toMatch(/\p{Script=Arabic}/u);
  });

  it('falls back from a regional tag to its language', () => {
    expect(getMessages('de-AT')).toBe(getMessages('de'));
    expect(getMessages('EN')).toBe(getMessages('en'));
  });

  it('throws a clear error for a language without messages', () => {
    expect(() => getMessages('xx')).toThrowError(/No interface messages for language "xx".*en, de, ar/);
  });

  it('fills placeholders with formatMessage', () => {
    expect(formatMessage(english.pageOf, { page: 2, pages: 5 })).toBe('Page 2 of 5');
  });
});
