/**
 * Normalising the values agencies disagree on: timestamps, publication status,
 * and whether a version is a correction.
 *
 * Correction rule (documented in README.md): a version is a correction when
 *  - a signal says so: `sig:correction` (IPTC), any `<scheme>:correction`/`:corrected`
 *    (e.g. AP `apsig:correction`), Reuters `edStat:C`; or
 *  - an editorial note says so in words (correction, corrects, corrected,
 *    Korrektur, korrigiert, Berichtigung, rectificatif, corrige …).
 * `sig:update` is NOT a correction: IPTC defines it as new information on a
 * developing story, and treating every update as a correction would flood the
 * corrections log.
 */
import type { WirePubStatus } from '../domain/wire-item.js';

/** ISO 8601 UTC for the date formats wires use, or null when unparseable. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > 64) return null;
  const normalised = normaliseIsoLike(text) ?? (RFC_822.test(text) ? text : undefined);
  if (normalised === undefined) return null;
  const time = Date.parse(normalised);
  if (!Number.isFinite(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year >= 1900 && year <= 9999 ? date.toISOString() : null;
}

const RFC_822 =
  /^(?:[A-Za-z]{3},?\s+)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Za-z]{1,5}|[+-]\d{4})?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** ISO-like and compact (`20140829T134951+0000`) forms → strict ISO; zone-less means UTC. */
function normaliseIsoLike(text: string): string | undefined {
  const compact = COMPACT.exec(text);
  if (compact) {
    const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = compact;
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${normaliseZone(zone)}`;
  }
  const iso = ISO_LIKE.exec(text);
  if (!iso) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone] = iso;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${normaliseZone(zone)}`;
}

function normaliseZone(zone: string | undefined): string {
  if (!zone || zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.replace(':', '');
  const hh = digits.slice(1, 3);
  const mm = digits.slice(3, 5) || '00';
  return `${digits[0]}${hh}:${mm}`;
}

/** `stat:usable`, `usable`, `Usable`, `canceled`/`cancelled`/`killed`, `withheld` → the domain value. */
export function toPubStatus(value: unknown): WirePubStatus | null {
  if (typeof value !== 'string') return null;
  const local = value.trim().toLowerCase().replace(/^[a-z0-9-]*:/, '');
  if (local === 'usable' || local === 'published') return 'usable';
  if (local === 'canceled' || local === 'cancelled' || local === 'killed' || local === 'kill') return 'canceled';
  if (local === 'withheld' || local === 'embargoed') return 'withheld';
  return null;
}

export function isCorrectionSignal(qcode: unknown): boolean {
  if (typeof qcode !== 'string') return false;
  const code = qcode.trim().toLowerCase();
  if (code === 'edstat:c') return true;
  const local = code.includes(':') ? code.slice(code.lastIndexOf(':') + 1) : code;
  return local === 'correction' || local === 'corrected' || local === 'corr';
}

const CORRECTION_WORDS =
  /(?:^|[^\p{L}])(?:correction|corrections|corrects|corrected|correcting|korrektur|korrigiert|korrigierte|berichtigung|berichtigt|rectificatif|rectification|rectifie|corrige|corrigé|corregido|corrección|rettifica|rettificato)(?![\p{L}])/iu;

export function mentionsCorrection(note: unknown): boolean {
  return typeof note === 'string' && CORRECTION_WORDS.test(note);
}
