/** The headline with its live length hint (ideal ≤ 70 characters, a warning past 90). */
import { headlineHint } from './headline-hint.js';

export function HeadlineField({ value, onChange, dir, lang }: { value: string; onChange: (value: string) => void; dir: 'ltr' | 'rtl'; lang: string }) {
  const hint = headlineHint(value);
  return (
    <div className="field">
      <label htmlFor="article-headline">Headline</label>
      <textarea id="article-headline" data-testid="headline-input" dir={dir} lang={lang} className="input--headline" rows={2} required maxLength={300}
        value={value} aria-describedby="headline-hint" aria-invalid={hint.level === 'too-long' ? true : undefined}
        onChange={(e) => onChange(e.target.value.replace(/\n/g, ' '))} />
      <p id="headline-hint" className={`hint hint--${hint.level}`} data-testid="headline-hint" aria-live="polite">
        {hint.message}
      </p>
    </div>
  );
}
