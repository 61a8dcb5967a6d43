/**
 * The closing byline in newsroom form: author initials joined by `/`, agency
 * codes in parentheses, e.g. `es/wmd (AFP, dpa)`.
 */
export interface BylineParts {
  initials: readonly string[];
  agencies: readonly string[];
}

export function formatByline({ initials, agencies }: BylineParts): string {
  const people = initials.map((i) => i.trim()).filter(Boolean).join('/');
  const credit = agencies.map((a) => a.trim()).filter(Boolean).join(', ');
  if (people && credit) return `${people} (${credit})`;
  if (credit) return `(${credit})`;
  return people;
}

/** Initials from a display name, lower-case: "Wiebke Marie Dörr" → "wmd". */
export function initialsFromName(name: string): string {
  return name
    .trim()
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((part) => Array.from(part)[0] ?? '')
    .join('')
    .toLocaleLowerCase();
}
