/**
 * Localised date labels per edition, through Intl: month names, digits
 * (Arabic-Indic for an `arab` edition) and the edition's time zone, named
 * ("07:17 CET", "07:17 MEZ", "GMT+2" in Arabic) so a reader abroad knows whose
 * clock it is. `dateStyle`/`timeStyle` cannot be combined with `timeZoneName`,
 * hence the explicit fields.
 */
import type { Edition } from '../domain/edition.js';

export { formatNumber } from './views/format-number.js';

type DateEdition = Pick<Edition, 'locale' | 'timeZone' | 'numberingSystem'>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(edition: DateEdition): Intl.DateTimeFormat {
  const key = `${edition.locale}|${edition.timeZone}|${edition.numberingSystem}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(edition.locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone: edition.timeZone,
      numberingSystem: edition.numberingSystem,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "30 November 2026 at 07:17 CET", "30. November 2026 um 07:17 MEZ", "٣٠ نوفمبر ٢٠٢٦ في ٠٨:١٧ ص غرينتش+٢". */
export function formatDateLabel(edition: DateEdition, iso: string): string {
  return formatterFor(edition).format(new Date(iso));
}
