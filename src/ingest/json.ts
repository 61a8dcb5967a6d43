/**
 * JSON.parse with a human-readable error: the position V8 reports is turned
 * into a line and column.
 */
import { lineColumnAt } from './xml.js';
import { WireRejection } from './wire-rejection.js';

/**
 * An escaped NUL (`\u0000`, not preceded by an escaping backslash) becomes U+FFFD, as `&#0;` does in XML:
 * the stores refuse NUL in text (src/storage/store-input-guard.ts), and one stray character must not refuse a story.
 */
const ESCAPED_NUL = /(?<!\\)((?:\\\\)*)\\u0000/gi;

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.includes('\\u0000') ? text.replace(ESCAPED_NUL, '$1\\ufffd') : text) as unknown;
  } catch (cause) {
    const message = (cause instanceof Error ? cause.message : String(cause)).replace(/, ".*" is not valid JSON$/s, '');
    const position = /position (\d+)/.exec(message)?.[1];
    if (position === undefined) throw new WireRejection('malformed', `Not valid JSON: ${message}.`, { cause });
    const { line, column } = lineColumnAt(text, Number(position));
    const detail = message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
    throw new WireRejection('malformed', `Not valid JSON: ${detail} (line ${line}, column ${column}).`, { cause, line, column });
  }
}
