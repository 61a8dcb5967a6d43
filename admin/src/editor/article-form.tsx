/**
 * The article's fields: the text column (kicker, headline, teaser, body),
 * whose inputs and editing area take the edition's language and direction
 * (`dir`/`lang`) while labels and hints stay in the interface's, and the side
 * column (placement, byline, lead image, address and timing).
 */
import type { AdminArticle, ReferenceData, SessionUser } from '../../../src/api/admin/contract.js';
import { BodyEditor } from '../body/body-editor.js';
import type { DraftFields } from './article-fields.js';
import { HeadlineField } from './headline-field.js';
import { LeadImageField } from './lead-image-field.js';
import { PeopleFields } from './people-fields.js';
import { PlacementFields } from './placement-fields.js';
import { PublishingFields } from './publishing-fields.js';

export function ArticleForm({ reference, user, article, fields, update, bodyKey, flagProblems }: {
  reference: ReferenceData;
  user: SessionUser;
  article: AdminArticle | null;
  fields: DraftFields;
  update: (patch: Partial<DraftFields>) => void;
  bodyKey: number;
  flagProblems: boolean;
}) {
  const edition = reference.editions.find((e) => e.code === fields.editionCode);
  const dir = edition?.dir ?? 'ltr';
  const lang = edition?.lang ?? 'en';
  return (
    <div className="article-form">
      <div className="article-form__text" data-testid="article-text" data-dir={dir}>
        <div className="field">
          <label htmlFor="article-kicker">Kicker</label>
          <input id="article-kicker" data-testid="kicker-input" dir={dir} lang={lang} value={fields.kicker} maxLength={120} onChange={(e) => update({ kicker: e.target.value })} />
        </div>
        <HeadlineField value={fields.headline} dir={dir} lang={lang} onChange={(headline) => update({ headline })} />
        <div className="field">
          <label htmlFor="article-teaser">Teaser</label>
          <textarea id="article-teaser" data-testid="teaser-input" dir={dir} lang={lang} rows={3} maxLength={1000} value={fields.teaser}
            onChange={(e) => update({ teaser: e.target.value })} />
        </div>
        <div className="field">
          <span className="label" id="body-label">Body</span>
          <BodyEditor initialBlocks={fields.body} resetKey={bodyKey} dir={dir} lang={lang} flagProblems={flagProblems}
            labelledBy="body-label" onChange={(body) => update({ body })} />
        </div>
      </div>
      <div className="article-form__side">
        <PlacementFields reference={reference} user={user} fields={fields} update={update} />
        <PeopleFields reference={reference} fields={fields} update={update} />
        <LeadImageField imageId={fields.leadImageId} onChange={(leadImageId) => update({ leadImageId })}
          caption={fields.leadImageCaption} alt={fields.leadImageAlt} onTextsChange={update} />
        <PublishingFields article={article} fields={fields} update={update} />
      </div>
    </div>
  );
}
