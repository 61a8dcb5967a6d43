/**
 * An embed without a playable media item (a placeholder from before media
 * items, or an agency's media reference): the page shows a labelled
 * placeholder in its place, linked to the media when the block has its
 * address, so nothing is silently missing. Embeds naming a video render the
 * player instead (src/site/views/video-player.tsx).
 */
import { h } from '../html-jsx.js';
import { formatMessage } from '../i18n/messages.js';
import type { Messages } from '../i18n/messages.js';

interface EmbedPlaceholderProps {
  kind: 'video' | 'audio';
  title: string;
  /** Where the media is, when known (agency references, older placeholders): the label links there. */
  url?: string | undefined;
  messages: Messages;
}

export function EmbedPlaceholder({ kind, title, url, messages }: EmbedPlaceholderProps) {
  const template = kind === 'video' ? messages.videoPlaceholder : messages.audioPlaceholder;
  const label = formatMessage(template, { title });
  return (
    <figure class={`embed embed--${kind}`}>
      <div class="embed__frame" aria-hidden="true" />
      <figcaption class="embed__label">{url ? <a href={url}>{label}</a> : label}</figcaption>
    </figure>
  );
}
