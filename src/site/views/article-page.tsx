/**
 * The article page: breadcrumb, header, lead image, body, byline, short link,
 * topics and translations, inside the site layout. Entry point for the
 * article route; the model is fully resolved, nothing is fetched here.
 */
import type { ArticlePageModel } from '../view-models.js';
import { ArticleHeader } from './article-header.js';
import { ArticleNotices } from './article-notices.js';
import { BodyBlocks } from './body-blocks.js';
import { Breadcrumb } from './breadcrumb.js';
import { Byline } from './byline.js';
import { ImageFigure } from './image-figure.js';
import { Layout } from './layout.js';
import { renderDocument } from './render-document.js';
import { ShortLink } from './short-link.js';
import { TopicList } from './topic-list.js';
import { TranslationList } from './translation-list.js';

function ArticleHead({ model }: { model: ArticlePageModel }) {
  return (
    <>
      <meta property="og:type" content="article" />
      <meta property="article:published_time" content={model.publishedAt} />
      {model.updatedAt && <meta property="article:modified_time" content={model.updatedAt} />}
    </>
  );
}

export function ArticlePage({ model }: { model: ArticlePageModel }) {
  const { chrome } = model;
  const { messages } = chrome;
  return (
    <Layout chrome={chrome} head={<ArticleHead model={model} />} mainClass="page--article" noIndex={model.preview}>
      {model.preview && <p class="preview-banner" role="status">{messages.previewBanner}</p>}
      <article class="article">
        <Breadcrumb items={model.breadcrumb} messages={messages} currentHref={chrome.canonicalPath} />
        <ArticleHeader model={model} />
        <ArticleNotices notices={model.notices} messages={messages} />
        {model.leadImage && <ImageFigure image={model.leadImage} messages={messages} variant="lead" />}
        <BodyBlocks blocks={model.body} messages={messages} />
        <footer class="article__footer">
          <Byline byline={model.byline} authorNames={model.authorNames} messages={messages} />
          <ShortLink url={model.shortUrl} messages={messages} />
          <TopicList topics={model.topics} messages={messages} />
          <TranslationList translations={model.translations} messages={messages} />
        </footer>
      </article>
    </Layout>
  );
}

export function renderArticlePage(model: ArticlePageModel): string {
  return renderDocument(<ArticlePage model={model} />);
}
