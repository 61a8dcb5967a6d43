/** Localised date labels per edition, through Intl (month names, digits and time zone included). */
import type { Edition } from '../domain/edition.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(edition: Edition): Intl.DateTimeFormat {
  const key = `${edition.locale}|${edition.timeZone}|${edition.numberingSystem}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(edition.locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: edition.timeZone,
      numberingSystem: edition.numberingSystem,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDateLabel(edition: Edition, iso: string): string {
  return formatterFor(edition).format(new Date(iso));
}

export function formatNumber(edition: Edition, value: number): string {
  return new Intl.NumberFormat(edition.locale, { numberingSystem: edition.numberingSystem }).format(value);
}
