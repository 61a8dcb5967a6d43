/**
 * Video and audio embeds need a player, and the site ships no JavaScript, so
 * the page shows a labelled placeholder in the embed's place; the text says
 * what the media is, so nothing is silently missing.
 */
import { formatMessage } from '../i18n/messages.js';
import type { Messages } from '../i18n/messages.js';

interface EmbedPlaceholderProps {
  kind: 'video' | 'audio';
  title: string;
  messages: Messages;
}

export function EmbedPlaceholder({ kind, title, messages }: EmbedPlaceholderProps) {
  const template = kind === 'video' ? messages.videoPlaceholder : messages.audioPlaceholder;
  return (
    <figure class={`embed embed--${kind}`}>
      <div class="embed__frame" aria-hidden="true" />
      <figcaption class="embed__label">{formatMessage(template, { title })}</figcaption>
    </figure>
  );
}
