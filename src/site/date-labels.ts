/**
 * Localised date labels per edition, through Intl: month names, digits
 * (Arabic-Indic for an `arab` edition) and the edition's time zone, named
 * ("07:17 CET", "07:17 MEZ", "GMT+2" in Arabic) so a reader abroad knows whose
 * clock it is. `dateStyle`/`timeStyle` cannot be combined with `timeZoneName`,
 * hence the explicit fields.
 */
import { boundedMemo, type BoundedMemo } from '../cache/bounded-memo.js';
import type { Edition } from '../domain/edition.js';

export { formatNumber } from './views/format-number.js';

type DateEdition = Pick<Edition, 'locale' | 'timeZone' | 'numberingSystem'>;

/** A formatter per locale, zone and digits, with the labels it made: teasers repeat the same few thousand times. */
interface LabelFormatter {
  /** Makes a label from an ISO date, once per formatter (not a new closure per label asked for). */
  format: (iso: string) => string;
  labels: BoundedMemo<string>;
}

const formatters = new Map<string, LabelFormatter>();
/** Labels kept per formatter; `Intl.DateTimeFormat#format` costs several microseconds a call. */
const MAX_LABELS = 20_000;

function formatterFor(edition: DateEdition): LabelFormatter {
  const key = `${edition.locale}|${edition.timeZone}|${edition.numberingSystem}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const intl = new Intl.DateTimeFormat(edition.locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
      timeZone: edition.timeZone,
      numberingSystem: edition.numberingSystem,
    });
    formatter = {
      format: (iso) => intl.format(new Date(iso)),
      // The zone's rules are fixed for the process, so a label never goes stale; the bound only caps memory.
      labels: boundedMemo(MAX_LABELS),
    };
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "30 November 2026 at 07:17 CET", "30. November 2026 um 07:17 MEZ", "٣٠ نوفمبر ٢٠٢٦ في ٠٨:١٧ ص غرينتش+٢". */
export function formatDateLabel(edition: DateEdition, iso: string): string {
  const { format, labels } = formatterFor(edition);
  return labels.get(iso, format);
}
