import { describe, expect, it } from 'vitest';
import { formatByline, initialsFromName } from '../../src/domain/byline.js';
import { formatImageCredit } from '../../src/domain/image-credit.js';

describe('newsroom byline', () => {
  it('joins initials with slashes and puts agencies in parentheses', () => {
    expect(formatByline({ initials: ['es', 'wmd'], agencies: ['AFP', 'dpa'] })).toBe('es/wmd (AFP, dpa)');
  });
  it('handles authors only, agencies only and nothing', () => {
    expect(formatByline({ initials: ['jbk'], agencies: [] })).toBe('jbk');
    expect(formatByline({ initials: [], agencies: ['Reuters'] })).toBe('(Reuters)');
    expect(formatByline({ initials: [], agencies: [] })).toBe('');
  });
  it('derives initials from names', () => {
    expect(initialsFromName('Wiebke Marie Dörr')).toBe('wmd');
    expect(initialsFromName('Jean-Baptiste Koné')).toBe('jbk');
  });
  it('formats image credits as Name/agency/distributor', () => {
    expect(formatImageCredit({ name: 'Lena Ortiz', agency: 'AFP', distributor: 'Getty Images' })).toBe('Lena Ortiz/AFP/Getty Images');
    expect(formatImageCredit({ name: 'Lena Ortiz', agency: null, distributor: ' ' })).toBe('Lena Ortiz');
  });
});
