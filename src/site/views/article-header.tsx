/** The top of an article: kicker, the page's one `<h1>`, dates and the teaser paragraph. */
import { h } from '../html-jsx.js';
import type { ArticlePageModel } from '../view-models.js';
import { PublicationDates } from './publication-dates.js';

export function ArticleHeader({ model }: { model: ArticlePageModel }) {
  const { messages } = model.chrome;
  return (
    <header class="article__header">
      {model.kicker && <p class="kicker">{model.kicker}</p>}
      <h1 class="article__headline">{model.headline}</h1>
      <PublicationDates
        publishedAt={model.publishedAt}
        publishedLabel={model.publishedLabel}
        updatedAt={model.updatedAt}
        updatedLabel={model.updatedLabel}
        messages={messages}
      />
      {model.teaser && <p class="teaser">{model.teaser}</p>}
    </header>
  );
}
