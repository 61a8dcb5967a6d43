/** Slug (editable until first publication), embargo and translation group. */
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import { fromLocalInput, toLocalInput } from '../lib/time.js';
import { slugEditable, type DraftFields } from './article-fields.js';

export function PublishingFields({ article, fields, update }: { article: AdminArticle | null; fields: DraftFields; update: (patch: Partial<DraftFields>) => void }) {
  const editable = slugEditable(article);
  return (
    <fieldset className="panel">
      <legend>Address and timing</legend>
      <div className="field">
        <label htmlFor="article-slug">Slug (address)</label>
        {editable ? (
          <input id="article-slug" data-testid="slug-input" value={fields.slug} maxLength={80} placeholder={article?.slug || 'made from the headline'}
            aria-describedby="slug-hint" onChange={(e) => update({ slug: e.target.value })} />
        ) : (
          <input id="article-slug" data-testid="slug-input" value={article?.slug ?? fields.slug} readOnly aria-describedby="slug-hint" />
        )}
        <p id="slug-hint" className="hint">
          {editable ? 'Can be changed until the article is first published.' : 'Fixed since first publication, so links keep working.'}
        </p>
      </div>
      <div className="field">
        <label htmlFor="article-embargo">Embargo until (your local time)</label>
        <input id="article-embargo" type="datetime-local" value={toLocalInput(fields.embargoUntil)}
          onChange={(e) => update({ embargoUntil: fromLocalInput(e.target.value) })} />
      </div>
      <div className="field">
        <label htmlFor="article-translation">Translation group</label>
        <input id="article-translation" value={fields.translationGroup ?? ''} maxLength={64} aria-describedby="translation-hint"
          onChange={(e) => update({ translationGroup: e.target.value || null })} />
        <p id="translation-hint" className="hint">The same value on each language version links them.</p>
      </div>
    </fieldset>
  );
}
