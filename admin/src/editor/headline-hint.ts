/** The live length hint under the headline: ideal up to 70 characters, a warning past 90. */
export const HEADLINE_IDEAL = 70;
export const HEADLINE_WARN = 90;

export interface HeadlineHint {
  level: 'ok' | 'long' | 'too-long';
  length: number;
  message: string;
}

export function headlineHint(headline: string): HeadlineHint {
  const length = Array.from(headline.trim()).length;
  if (length > HEADLINE_WARN)
    return { level: 'too-long', length, message: `${length} characters — too long: over ${HEADLINE_WARN} gets cut off in lists and search results.` };
  if (length > HEADLINE_IDEAL)
    return { level: 'long', length, message: `${length} characters — a bit long; ${HEADLINE_IDEAL} or fewer is ideal.` };
  return { level: 'ok', length, message: `${length} of ${HEADLINE_IDEAL} characters (ideal length).` };
}
