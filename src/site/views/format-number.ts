/**
 * Numbers shown in the interface (page counts) in the edition's locale and
 * numbering system, e.g. Arabic-Indic digits for an edition set to `arab`.
 * Formatters are cached because building one is far slower than using it.
 */
import type { Edition } from '../../domain/edition.js';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(edition: Pick<Edition, 'locale' | 'numberingSystem'>, value: number): string {
  const key = `${edition.locale}|${edition.numberingSystem}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(edition.locale, { numberingSystem: edition.numberingSystem });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
