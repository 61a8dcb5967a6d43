/** The one URL rule for article bodies: hostile forms browsers would still follow are refused. */
import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/domain/safe-url.js';

const hostile = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'file:///etc/passwd',
  '//evil.example/',
  '///evil.example/',
  '/\\evil.example/',
  '/\\/evil.example/',
  '\\\\evil.example',
  '\\/evil.example',
  ' /x',
  '/x ',
  '/\t/evil.example',
  '/\n/evil.example',
  '\u00a0/x',
  'https://exa mple.org/',
  'https://example.org\\@evil.example/',
  'http:evil.example',
  'http:/evil.example',
  'https://',
  'evil.example',
  '#top',
  '',
  `https://example.org/${'a'.repeat(2000)}`,
];

describe('isSafeUrl', () => {
  it.each(hostile)('refuses %j as a link and as an embed', (url) => {
    expect(isSafeUrl(url, 'link')).toBe(false);
    expect(isSafeUrl(url, 'embed')).toBe(false);
  });

  it.each(['https://example.org/', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/path', 'https://example.org/%5Cx'])(
    'accepts the absolute http(s) URL %s for links and embeds',
    (url) => {
      expect(isSafeUrl(url, 'link')).toBe(true);
      expect(isSafeUrl(url, 'embed')).toBe(true);
    },
  );

  it.each(['/en/world/', '/', '/en/story/a-12?x=1#p2', '/%2F%2Fevil', 'mailto:desk@herald.example'])(
    'accepts %s as a link, not as an embed',
    (url) => {
      expect(isSafeUrl(url, 'link')).toBe(true);
      expect(isSafeUrl(url, 'embed')).toBe(false);
    },
  );
});
