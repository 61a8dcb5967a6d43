import { describe, expect, it } from 'vitest';
import { utf8Body } from '../../src/http/utf8-body.js';

describe('utf8Body', () => {
  const samples: Array<[string, string]> = [
    ['empty', ''],
    ['ASCII', '<p class="x">Hello, world</p>'],
    ['Latin-1', 'Café Zürich – naïve'],
    ['Arabic and a dash', '<a lang="ar" dir="rtl">العربية</a> – Herald'],
    ['astral characters', 'A flag 🇩🇪 and a face 😀 in text'],
    ['a lone surrogate', 'broken \ud800 pair and \udc00 too'],
  ];
  it.each(samples)('gives the same bytes as Buffer.from for %s', (_label, text) => {
    expect(utf8Body(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('gives the whole text when its bytes outgrow the scratch buffer though its characters do not', () => {
    // 200,000 three-byte characters: 600,000 bytes from a text shorter than the 512 KiB scratch.
    const text = '–'.repeat(200_000);
    const body = utf8Body(text);
    expect(body.length).toBe(600_000);
    expect(body.equals(Buffer.from(text, 'utf8'))).toBe(true);
  });

  it('gives the whole text right at the scratch buffer\'s edge', () => {
    for (const length of [512 * 1024 - 8, 512 * 1024 - 5, 512 * 1024 - 4, 512 * 1024 - 3, 512 * 1024, 512 * 1024 + 1]) {
      const ascii = 'a'.repeat(length);
      expect(utf8Body(ascii).length).toBe(length);
      const twoByte = 'é'.repeat(Math.floor(length / 2));
      expect(utf8Body(twoByte).equals(Buffer.from(twoByte, 'utf8'))).toBe(true);
    }
  });

  it('never cuts a four-byte character at the scratch buffer\'s edge', () => {
    for (const prefix of ['', 'a', 'aa', 'aaa']) {
      for (const count of [131_070, 131_071, 131_072]) {
        const text = prefix + '😀'.repeat(count);
        expect(utf8Body(text).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }
    }
  });

  it('returns bytes of its own, which a later call does not overwrite', () => {
    const first = utf8Body('first page');
    utf8Body('second page, longer than the first');
    expect(first.toString('utf8')).toBe('first page');
  });
});
