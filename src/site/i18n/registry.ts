/**
 * The message files of every language the site speaks, built once at import.
 * Editions pick theirs by `edition.lang`; a regional tag such as `de-AT`
 * falls back to its language (`de`) so a new regional edition needs no copy.
 */
import type { Messages } from './messages.js';
import { messages as ar } from './messages/ar.js';
import { messages as de } from './messages/de.js';
import { messages as en } from './messages/en.js';

const MESSAGES_BY_LANGUAGE: ReadonlyMap<string, Messages> = new Map([
  ['en', en],
  ['de', de],
  ['ar', ar],
]);

/** Language codes that have a message file, e.g. `['en', 'de', 'ar']`. */
export function supportedLanguages(): string[] {
  return [...MESSAGES_BY_LANGUAGE.keys()];
}

/** The interface strings for a BCP 47 language tag; throws when the language has no message file. */
export function getMessages(lang: string): Messages {
  const tag = lang.trim().toLowerCase();
  const found = MESSAGES_BY_LANGUAGE.get(tag) ?? MESSAGES_BY_LANGUAGE.get(tag.split('-')[0] ?? '');
  if (!found) {
    throw new Error(
      `No interface messages for language "${lang}". Supported: ${supportedLanguages().join(', ')}. ` +
        'Add a file in src/site/i18n/messages/ and register it in src/site/i18n/registry.ts.',
    );
  }
  return found;
}
