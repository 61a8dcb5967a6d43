/**
 * The article body: each render block becomes its element. Subheadings are
 * `<h2>` because the headline is the page's only `<h1>`; their ids let
 * readers link to a passage.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { RenderBlock } from '../view-models.js';
import { VideoPlayer } from './video-player.js';
import { EmbedPlaceholder } from './embed-placeholder.js';
import { ImageFigure } from './image-figure.js';
import { QuoteBlock } from './quote-block.js';
import { RelatedAside } from './related-aside.js';
import { RichText } from './rich-text.js';

function Block({ block, messages, index }: { block: RenderBlock; messages: Messages; index: number }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <RichText spans={block.spans} />
        </p>
      );
    case 'subheading':
      return <h2 id={block.id}>{block.text}</h2>;
    case 'image':
      return <ImageFigure image={block.image} messages={messages} variant="body" />;
    case 'related':
      return <RelatedAside teaser={block.teaser} messages={messages} labelId={`read-also-${index}`} />;
    case 'quote':
      return <QuoteBlock text={block.text} attribution={block.attribution} messages={messages} />;
    case 'list': {
      const items = block.items.map((spans, itemIndex) => (
        <li key={itemIndex}>
          <RichText spans={spans} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'embed':
      return <EmbedPlaceholder kind={block.kind} title={block.title} url={block.url} messages={messages} />;
    case 'video':
      return (
        <figure class="figure figure--body figure--video">
          <VideoPlayer player={block.player} />
          <figcaption class="figure__caption">{block.player.title}</figcaption>
        </figure>
      );
    case 'audio':
      // The browser's own player, fetched only on play so an article with several episodes stays light.
      return (
        <figure class="figure figure--body figure--audio">
          <audio controls preload="none" aria-labelledby={`audio-embed-${index}`} class="figure__audio">
            <source src={block.player.src} type={block.player.mime} />
            <a href={block.player.src}>{block.player.title}</a>
          </audio>
          <figcaption class="figure__caption" id={`audio-embed-${index}`}>
            <a href={block.player.href}>{block.player.title}</a>
          </figcaption>
        </figure>
      );
  }
}

export function BodyBlocks({ blocks, messages }: { blocks: RenderBlock[]; messages: Messages }) {
  return (
    <div class="article__body">
      {blocks.map((block, index) => (
        <Block key={index} block={block} messages={messages} index={index} />
      ))}
    </div>
  );
}
