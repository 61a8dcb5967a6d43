/**
 * The lead image's caption and alt text as this article uses them. Left empty,
 * the page shows the media library's text; the hint under an empty field says
 * so and shows that text, because it may be in another language than the
 * article (a German article must not show an English caption).
 */
interface LeadImageTextsProps {
  caption: string | null;
  alt: string | null;
  /** The media library's text for this image (the default). */
  libraryCaption: string;
  libraryAlt: string;
  onChange: (change: { leadImageCaption?: string | null; leadImageAlt?: string | null }) => void;
}

function Inherited({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="muted small" data-testid={id}>
      {text ? `From the media library: ${text}` : 'The media library has no text for this image either.'}
    </p>
  );
}

export function LeadImageTexts({ caption, alt, libraryCaption, libraryAlt, onChange }: LeadImageTextsProps) {
  return (
    <div className="lead-image__texts">
      <label>
        Caption in this article
        <textarea rows={2} value={caption ?? ''} data-testid="lead-image-caption" aria-describedby={caption ? undefined : 'lead-caption-inherited'}
          onChange={(e) => onChange({ leadImageCaption: e.currentTarget.value })} />
      </label>
      {!caption && <Inherited id="lead-caption-inherited" text={libraryCaption} />}
      <label>
        Alt text in this article
        <input type="text" value={alt ?? ''} data-testid="lead-image-alt" aria-describedby={alt ? undefined : 'lead-alt-inherited'}
          onChange={(e) => onChange({ leadImageAlt: e.currentTarget.value })} />
      </label>
      {!alt && <Inherited id="lead-alt-inherited" text={libraryAlt} />}
    </div>
  );
}
