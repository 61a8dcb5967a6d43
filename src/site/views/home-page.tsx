/**
 * The edition home: the top story as a large teaser beside the latest
 * headlines, then one block per section. The page's `<h1>` is the site title,
 * visually hidden because the header already shows it.
 */
import { h } from '../html-jsx.js';
import { formatMessage } from '../i18n/messages.js';
import type { Messages } from '../i18n/messages.js';
import type { HomePageModel, LinkModel, TeaserModel } from '../view-models.js';
import { Layout } from './layout.js';
import { renderDocument } from './render-document.js';
import { gridCardSizes, TOP_STORY_IMAGE_SIZES } from '../models/image-model.js';
import { TeaserCard } from './teaser-card.js';


/** The top story and, under it, the leads editors pinned (in their order). */
function TopStory({ teaser, leads, messages }: { teaser: TeaserModel; leads: TeaserModel[]; messages: Messages }) {
  return (
    <section class="top-story" aria-labelledby="top-story-heading">
      <h2 class="visually-hidden" id="top-story-heading">
        {messages.topStory}
      </h2>
      <TeaserCard teaser={teaser} headingLevel={3} variant="large" imageSizes={TOP_STORY_IMAGE_SIZES} imageLoading="eager" />
      {leads.length > 0 && (
        <ul class="top-story__leads">
          {leads.map((lead) => (
            <li key={lead.id}>
              <TeaserCard teaser={lead} headingLevel={3} variant="compact" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A numbered list of compact teasers under a heading: "Latest", and the edition's "Most read" of the last 24 hours. */
function CompactTeaserList({ name, heading, teasers }: { name: 'latest' | 'most-read'; heading: string; teasers: TeaserModel[] }) {
  return (
    <section class={name} aria-labelledby={`${name}-heading`}>
      <h2 class="block-heading" id={`${name}-heading`}>
        {heading}
      </h2>
      <ol class={`${name}__list`}>
        {teasers.map((teaser) => (
          <li key={teaser.id}>
            <TeaserCard teaser={teaser} headingLevel={3} variant="compact" />
          </li>
        ))}
      </ol>
    </section>
  );
}

interface SectionBlockProps {
  section: LinkModel;
  teasers: TeaserModel[];
  messages: Messages;
  headingId: string;
}

function SectionBlock({ section, teasers, messages, headingId }: SectionBlockProps) {
  return (
    <section class="section-block" aria-labelledby={headingId}>
      <h2 class="block-heading" id={headingId}>
        <a href={section.href}>{section.label}</a>
      </h2>
      <div class="card-grid">
        {teasers.map((teaser) => (
          <TeaserCard key={teaser.id} teaser={teaser} headingLevel={3} imageSizes={gridCardSizes(teasers.length)} />
        ))}
      </div>
      <p class="more-link">
        <a href={section.href}>{formatMessage(messages.allArticlesIn, { section: section.label })}</a>
      </p>
    </section>
  );
}

export function HomePage({ model }: { model: HomePageModel }) {
  const { chrome, topStory, latest, sections } = model;
  const { messages } = chrome;
  const isEmpty = !topStory && latest.length === 0 && sections.every((block) => block.teasers.length === 0);
  return (
    <Layout chrome={chrome} isHome mainClass="page--home">
      <h1 class="visually-hidden">{chrome.edition.siteTitle}</h1>
      {isEmpty && <p class="empty-note">{messages.noArticles}</p>}
      {(topStory || latest.length > 0) && (
        <div class="home-lead">
          {topStory && <TopStory teaser={topStory} leads={model.leads ?? []} messages={messages} />}
          {latest.length > 0 && <CompactTeaserList name="latest" heading={messages.latest} teasers={latest} />}
        </div>
      )}
      {model.mostRead && model.mostRead.length > 0 && <CompactTeaserList name="most-read" heading={messages.mostRead} teasers={model.mostRead} />}
      {sections
        .filter((block) => block.teasers.length > 0)
        .map((block, index) => (
          <SectionBlock
            key={block.section.href}
            section={block.section}
            teasers={block.teasers}
            messages={messages}
            headingId={`section-block-${index}`}
          />
        ))}
    </Layout>
  );
}

export function renderHomePage(model: HomePageModel): string {
  return renderDocument(<HomePage model={model} />);
}
