/** The rules that turn agency copy into an article's kicker, teaser, byline and warnings. */
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../src/domain/blocks.js';
import { bylineNames, explainPictureProblem, kickerFromSlugline, splitTeaser } from '../../src/domain/wire-adoption.js';

const p = (text: string): BodyBlock => ({ type: 'paragraph', spans: [{ text }] });

describe('kickerFromSlugline', () => {
  it('writes sluglines in sentence case, keeping acronyms and names the headline spells the same way', () => {
    expect(kickerFromSlugline('POLITICS-EU-SUMMIT', 'EU leaders agree on a budget at the summit')).toBe('Politics EU summit');
    expect(kickerFromSlugline('POLITICS-EU-SUMMIT')).toBe('Politics eu summit');
    expect(kickerFromSlugline('US-Finance-Fed', 'Fed holds rates steady')).toBe('US finance Fed');
    expect(kickerFromSlugline('US-Finance-Fed')).toBe('US finance fed');
    expect(kickerFromSlugline('britain_weather__ferry', 'Ferry cancelled')).toBe('Britain weather ferry');
    expect(kickerFromSlugline('Turkey Islamic State', 'Turkey arrests Islamic State suspects')).toBe('Turkey Islamic State');
  });

  it('is empty without a slugline and short with a long one', () => {
    expect(kickerFromSlugline(null)).toBe('');
    expect(kickerFromSlugline('  ')).toBe('');
    expect(kickerFromSlugline('france-politics-government-reshuffle-after-the-vote-of-no-confidence').length).toBeLessThanOrEqual(40);
  });
});

describe('splitTeaser', () => {
  it('moves a short first paragraph into the teaser so the body does not repeat it', () => {
    const body = [{ type: 'subheading' as const, text: 'Sub' }, p('  '), p('The ferry was cancelled.'), p('Repairs take a week.')];
    expect(splitTeaser(body)).toEqual({ teaser: 'The ferry was cancelled.', body: [{ type: 'subheading', text: 'Sub' }, p('  '), p('Repairs take a week.')] });
  });

  it('leaves the body whole and the teaser empty for a single paragraph or a lead too long to be a teaser', () => {
    const single = [p('Only one paragraph.')];
    expect(splitTeaser(single)).toEqual({ teaser: '', body: single });
    const long = [p('word '.repeat(80)), p('Second.')];
    expect(splitTeaser(long)).toEqual({ teaser: '', body: long });
    expect(splitTeaser([])).toEqual({ teaser: '', body: [] });
  });
});

describe('bylineNames', () => {
  it('keeps the reporters and drops the agency and the "By"', () => {
    expect(bylineNames('By Jane Doe and Max Muster/AFP', 'AFP')).toEqual(['Jane Doe', 'Max Muster']);
    expect(bylineNames('Von Anna Beispiel, dpa', 'dpa')).toEqual(['Anna Beispiel']);
    expect(bylineNames('Karim Haddad (AFP)', 'AFP')).toEqual(['Karim Haddad']);
    expect(bylineNames('AFP', 'AFP')).toEqual([]);
    expect(bylineNames(null, 'AFP')).toEqual([]);
  });
});

describe('explainPictureProblem', () => {
  const href = 'https://pix.agency.example/a.jpg';
  const cases: [string, RegExp][] = [
    ['it could not be downloaded (getaddrinfo ENOTFOUND pix.agency.example)', /picture server \(pix\.agency\.example\) could not be found on the network\. Check the address/],
    ['getaddrinfo EAI_AGAIN pix.agency.example', /could not be found on the network/],
    ['the download timed out', /took too long to answer\. Try adopting again later/],
    ['the server answered 503', /had an error \(HTTP 503\)\. This is on the agency's side/],
    ['the server answered 404', /no longer has it \(HTTP 404\)/],
    ['the server answered 403', /refused access \(HTTP 403\)/],
    ['it is larger than the limit of 15728640 bytes', /larger than the 15 MB the media library accepts/],
    ['it is not a JPEG, PNG or WebP image', /not a JPEG, PNG or WebP picture/],
    ['the host pix.agency.example is not in HERALD_WIRE_PICTURE_HOSTS', /not on the list of picture hosts this newsroom trusts/],
    ['the host intranet is an internal address (10.0.0.1); list it in HERALD_WIRE_PICTURE_HOSTS to allow it', /private network/],
  ];
  it.each(cases)('%s', (technical, expected) => {
    const sentence = explainPictureProblem(2, href, technical);
    expect(sentence).toMatch(/^Picture 2 was not imported: /);
    expect(sentence).toMatch(expected);
    expect(sentence).not.toMatch(/ENOTFOUND|EAI_AGAIN|getaddrinfo/);
    expect(sentence).toMatch(/media library\.$/);
  });
});
